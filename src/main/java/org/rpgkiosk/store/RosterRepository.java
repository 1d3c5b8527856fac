package org.rpgkiosk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.attendance.Roster;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.store.generated.tables.records.MemberRecord;
import org.rpgkiosk.store.generated.tables.records.RpGroupRecord;
import static org.rpgkiosk.store.generated.Tables.JOB_ROLE;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

/**
 * The roster: groups, their members and memberships over time. An import makes each listed
 * group's open memberships match its list: a leaver's membership is ended (never deleted, so
 * past registers stay true), a returner gets a new one. A name is one person across groups.
 * Memberships run from {@code started_on} up to, not including, {@code ended_on}.
 */
public final class RosterRepository {
    private final DSLContext dsl;

    RosterRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** @param backdated memberships already held whose start moved back to the import's day (--from) */
    public record ImportResult(int groups, int groupsAdded, int groupsChanged, int members, int membersAdded,
                               int membersChanged, int started, int ended, int backdated, List<String> groupsNotListed) {
        public boolean changedNothing() {
            return groupsAdded + groupsChanged + membersAdded + membersChanged + started + ended + backdated == 0;
        }
    }

    /** One membership as {@code roster list} shows it. */
    public record RosterLine(String group, String name, String roleCode, boolean partTime, LocalDate since,
                             LocalDate until, boolean visitor) {}

    /** The job roles of the most recently loaded questionnaire version; empty when none is loaded. */
    public List<Role> roles() {
        Integer latest = dsl.select(DSL.max(QUESTIONNAIRE_VERSION.ID)).from(QUESTIONNAIRE_VERSION).fetchOne(0, Integer.class);
        if (latest == null) return List.of();
        return dsl.selectFrom(JOB_ROLE).where(JOB_ROLE.VERSION_ID.eq(latest)).orderBy(JOB_ROLE.POSITION)
                .fetch(r -> new Role(r.getCode(), r.getLabel()));
    }

    /**
     * Imports a whole file in one transaction; {@code today} is when leavers leave and joiners join
     * (the day given with --from, or today), and memberships held since later begin then.
     */
    public ImportResult importRoster(Roster roster, LocalDate today) {
        return dsl.transactionResult(tx -> new Import(tx.dsl(), today).run(roster));
    }

    /**
     * One import, set-based: the members, groups and open memberships held are read once each,
     * the differences worked out in memory, and written as batches. (Row by row, a lookup of each
     * name without an index on it made 10 000 rows take 72-88 s, and an unchanged file 55 s.)
     */
    private static final class Import {
        private final DSLContext t;
        private final LocalDate today;
        private int groupsAdded;
        private int groupsChanged;
        private int membersAdded;
        private int membersChanged;
        private int started;
        private int ended;
        private int backdated;

        Import(DSLContext t, LocalDate today) {
            this.t = t;
            this.today = today;
        }

        ImportResult run(Roster roster) {
            Map<String, Integer> memberIds = members(roster);
            Map<String, Integer> groupIds = groups(roster);
            memberships(roster, groupIds, memberIds);
            Set<String> listed = new HashSet<>();
            roster.groups().forEach(g -> listed.add(g.name()));
            List<String> notListed = t.select(RP_GROUP.NAME).from(RP_GROUP).orderBy(RP_GROUP.NAME).fetch(RP_GROUP.NAME)
                    .stream().filter(n -> !listed.contains(n)).toList();
            return new ImportResult(roster.groups().size(), groupsAdded, groupsChanged, memberIds.size(),
                    membersAdded, membersChanged, started, ended, backdated, notListed);
        }

        /** Every listed person's member id: the oldest member of that name, updated, or a new one. */
        private Map<String, Integer> members(Roster roster) {
            Map<String, MemberRecord> held = heldMembers();
            Map<String, RosterMember> wanted = new LinkedHashMap<>();
            roster.groups().forEach(g -> g.members().forEach(m -> wanted.putIfAbsent(m.name(), m)));
            List<Query> writes = new ArrayList<>();
            List<Object[]> added = new ArrayList<>();
            for (RosterMember m : wanted.values()) {
                MemberRecord r = held.get(m.name());
                if (r == null) {
                    added.add(new Object[] {m.name(), m.roleCode(), m.partTime()});
                    membersAdded++;
                } else if (!r.getRoleCode().equals(m.roleCode()) || r.getPartTime() != m.partTime()) {
                    writes.add(t.update(MEMBER).set(MEMBER.ROLE_CODE, m.roleCode()).set(MEMBER.PART_TIME, m.partTime())
                            .where(MEMBER.ID.eq(r.getId())));
                    membersChanged++;
                }
            }
            batch(writes);
            bound(t.insertInto(MEMBER, MEMBER.NAME, MEMBER.ROLE_CODE, MEMBER.PART_TIME).values((String) null, null, null), added);
            if (membersAdded > 0) held = heldMembers();   // the new ones' ids
            Map<String, Integer> ids = new HashMap<>();
            for (String name : wanted.keySet()) ids.put(name, held.get(name).getId());
            return ids;
        }

        /** The member of each name (the oldest, should there be two), as {@link #findMember} picks it. */
        private Map<String, MemberRecord> heldMembers() {
            Map<String, MemberRecord> held = new HashMap<>();
            t.selectFrom(MEMBER).orderBy(MEMBER.ID).forEach(r -> held.putIfAbsent(r.getName(), r));
            return held;
        }

        private Map<String, Integer> groups(Roster roster) {
            Map<String, RpGroupRecord> held = new HashMap<>();
            t.selectFrom(RP_GROUP).forEach(r -> held.put(r.getName(), r));
            List<Query> writes = new ArrayList<>();
            for (RosterGroup g : roster.groups()) {
                RpGroupRecord r = held.get(g.name());
                if (r == null) {
                    writes.add(t.insertInto(RP_GROUP, RP_GROUP.NAME, RP_GROUP.LEVEL, RP_GROUP.FACILITATOR_KIND,
                            RP_GROUP.USUAL_MINUTES).values(g.name(), g.level(), g.facilitatorKind().code(), g.usualMinutes()));
                    groupsAdded++;
                } else if (!r.getLevel().equals(g.level()) || !r.getFacilitatorKind().equals(g.facilitatorKind().code())
                        || r.getUsualMinutes() != g.usualMinutes()) {
                    writes.add(t.update(RP_GROUP).set(RP_GROUP.LEVEL, g.level())
                            .set(RP_GROUP.FACILITATOR_KIND, g.facilitatorKind().code())
                            .set(RP_GROUP.USUAL_MINUTES, g.usualMinutes()).where(RP_GROUP.ID.eq(r.getId())));
                    groupsChanged++;
                }
            }
            batch(writes);
            Map<String, Integer> ids = new HashMap<>();
            t.select(RP_GROUP.ID, RP_GROUP.NAME).from(RP_GROUP).forEach(r -> ids.put(r.value2(), r.value1()));
            return ids;
        }

        /** Each listed group's open memberships made to match its list, as of {@code today}. */
        private void memberships(Roster roster, Map<String, Integer> groupIds, Map<String, Integer> memberIds) {
            Set<Integer> listedGroups = new HashSet<>();
            roster.groups().forEach(g -> listedGroups.add(groupIds.get(g.name())));
            Map<Integer, Map<Integer, Integer>> openIds = new HashMap<>();
            Map<Integer, LocalDate> startOf = new HashMap<>();
            t.select(MEMBERSHIP.GROUP_ID, MEMBERSHIP.MEMBER_ID, MEMBERSHIP.ID, MEMBERSHIP.STARTED_ON).from(MEMBERSHIP)
                    .where(MEMBERSHIP.IS_VISITOR.isFalse(), MEMBERSHIP.ENDED_ON.isNull()).orderBy(MEMBERSHIP.ID)
                    .forEach(r -> {
                        if (!listedGroups.contains(r.value1())) return;
                        openIds.computeIfAbsent(r.value1(), g -> new LinkedHashMap<>()).putIfAbsent(r.value2(), r.value3());
                        startOf.put(r.value3(), r.value4());
                    });
            List<Query> writes = new ArrayList<>();
            List<Object[]> joined = new ArrayList<>();
            for (RosterGroup g : roster.groups()) {
                int groupId = groupIds.get(g.name());
                Map<Integer, Integer> held = openIds.getOrDefault(groupId, Map.of());
                Set<Integer> wanted = new HashSet<>();
                for (RosterMember m : g.members()) {
                    int memberId = memberIds.get(m.name());
                    if (!wanted.add(memberId)) continue;
                    Integer membership = held.get(memberId);
                    if (membership != null) {
                        // The file says they belong, as of the import's day: a membership held since later
                        // begins then (a first import given --from, so last week's register lists them).
                        if (startOf.get(membership).isAfter(today)) {
                            writes.add(t.update(MEMBERSHIP).set(MEMBERSHIP.STARTED_ON, today)
                                    .where(MEMBERSHIP.ID.eq(membership)));
                            backdated++;
                        }
                        continue;
                    }
                    joined.add(new Object[] {groupId, memberId, today, false});
                    started++;
                }
                for (var e : held.entrySet()) {
                    if (wanted.contains(e.getKey())) continue;
                    // Never before it began: a day given that is earlier than the membership's start ends it empty.
                    writes.add(t.update(MEMBERSHIP).set(MEMBERSHIP.ENDED_ON, DSL.greatest(DSL.val(today), MEMBERSHIP.STARTED_ON))
                            .where(MEMBERSHIP.ID.eq(e.getValue())));
                    ended++;
                }
            }
            batch(writes);
            bound(t.insertInto(MEMBERSHIP, MEMBERSHIP.GROUP_ID, MEMBERSHIP.MEMBER_ID, MEMBERSHIP.STARTED_ON,
                    MEMBERSHIP.IS_VISITOR).values((Integer) null, null, null, null), joined);
        }

        /** One prepared statement, its rows bound in JDBC batches of {@link #BATCH} (the many inserts). */
        private void bound(Query template, List<Object[]> rows) {
            for (int from = 0; from < rows.size(); from += BATCH) {
                var b = t.batch(template);
                for (Object[] row : rows.subList(from, Math.min(rows.size(), from + BATCH))) b = b.bind(row);
                b.execute();
            }
        }

        /** Statements sent as JDBC batches of a few hundred, inside the import's one transaction. */
        private void batch(List<Query> writes) {
            for (int from = 0; from < writes.size(); from += BATCH) {
                t.batch(writes.subList(from, Math.min(writes.size(), from + BATCH))).execute();
            }
        }
    }

    private static final int BATCH = 500;

    /** The member of that name, if the roster or a register has ever held one (the oldest, should there be two). */
    static Optional<MemberRecord> findMember(DSLContext t, String name) {
        return t.selectFrom(MEMBER).where(MEMBER.NAME.eq(name)).orderBy(MEMBER.ID).limit(1).fetchOptional();
    }

    /** A group's members on a day: not visitors, started on or before it, not yet ended on it. */
    static Condition memberOn(LocalDate day) {
        return memberOn(DSL.val(day));
    }

    static Condition memberOn(Field<LocalDate> day) {
        return MEMBERSHIP.IS_VISITOR.isFalse().and(MEMBERSHIP.STARTED_ON.le(day))
                .and(MEMBERSHIP.ENDED_ON.isNull().or(MEMBERSHIP.ENDED_ON.gt(day)));
    }

    /**
     * Memberships for {@code roster list}: the members of each group on {@code day}, or with
     * {@code all} every membership ever held, visitors included.
     */
    public List<RosterLine> list(String groupName, LocalDate day, boolean all) {
        if (groupName != null && !dsl.fetchExists(RP_GROUP, RP_GROUP.NAME.eq(groupName))) {
            throw new UserError("there is no group '" + groupName + "' (see ./run.sh group list --as-typed)");
        }
        Condition which = all ? DSL.noCondition() : memberOn(day);
        return dsl.select(RP_GROUP.NAME, MEMBER.NAME, MEMBER.ROLE_CODE, MEMBER.PART_TIME, MEMBERSHIP.STARTED_ON,
                        MEMBERSHIP.ENDED_ON, MEMBERSHIP.IS_VISITOR)
                .from(MEMBERSHIP).join(RP_GROUP).on(RP_GROUP.ID.eq(MEMBERSHIP.GROUP_ID))
                .join(MEMBER).on(MEMBER.ID.eq(MEMBERSHIP.MEMBER_ID))
                .where(which, groupName == null ? DSL.noCondition() : RP_GROUP.NAME.eq(groupName))
                .orderBy(RP_GROUP.NAME, MEMBERSHIP.IS_VISITOR, MEMBER.NAME, MEMBERSHIP.STARTED_ON)
                .fetch(r -> new RosterLine(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7()));
    }
}
