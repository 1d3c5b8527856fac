package org.rpgkiosk.store;

import java.time.LocalDate;
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
import org.jooq.impl.DSL;
import org.rpgkiosk.UserError;
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
            Map<String, Integer> memberIds = new HashMap<>();
            for (RosterGroup g : roster.groups()) {
                for (RosterMember m : g.members()) memberIds.computeIfAbsent(m.name(), n -> member(m));
            }
            Set<String> listed = new HashSet<>();
            for (RosterGroup g : roster.groups()) {
                listed.add(g.name());
                int groupId = group(g);
                Set<Integer> wanted = new HashSet<>();
                g.members().forEach(m -> wanted.add(memberIds.get(m.name())));
                memberships(groupId, wanted);
            }
            List<String> notListed = t.select(RP_GROUP.NAME).from(RP_GROUP).orderBy(RP_GROUP.NAME).fetch(RP_GROUP.NAME)
                    .stream().filter(n -> !listed.contains(n)).toList();
            return new ImportResult(roster.groups().size(), groupsAdded, groupsChanged, memberIds.size(),
                    membersAdded, membersChanged, started, ended, backdated, notListed);
        }

        private int group(RosterGroup g) {
            RpGroupRecord r = t.selectFrom(RP_GROUP).where(RP_GROUP.NAME.eq(g.name())).fetchOne();
            if (r != null && r.getLevel().equals(g.level()) && r.getFacilitatorKind().equals(g.facilitatorKind().code())
                    && r.getUsualMinutes() == g.usualMinutes()) {
                return r.getId();
            }
            if (r == null) {
                r = t.newRecord(RP_GROUP);
                r.setName(g.name());
                groupsAdded++;
            } else {
                groupsChanged++;
            }
            r.setLevel(g.level());
            r.setFacilitatorKind(g.facilitatorKind().code());
            r.setUsualMinutes(g.usualMinutes());
            r.store();
            return r.getId();
        }

        private int member(RosterMember m) {
            MemberRecord r = findMember(t, m.name()).orElse(null);
            if (r != null && r.getRoleCode().equals(m.roleCode()) && r.getPartTime() == m.partTime()) {
                return r.getId();
            }
            if (r == null) {
                r = t.newRecord(MEMBER);
                r.setName(m.name());
                membersAdded++;
            } else {
                membersChanged++;
            }
            r.setRoleCode(m.roleCode());
            r.setPartTime(m.partTime());
            r.store();
            return r.getId();
        }

        private void memberships(int groupId, Set<Integer> wanted) {
            Map<Integer, Integer> open = new LinkedHashMap<>();
            t.select(MEMBERSHIP.ID, MEMBERSHIP.MEMBER_ID).from(MEMBERSHIP)
                    .where(MEMBERSHIP.GROUP_ID.eq(groupId), MEMBERSHIP.IS_VISITOR.isFalse(), MEMBERSHIP.ENDED_ON.isNull())
                    .forEach(r -> open.putIfAbsent(r.value2(), r.value1()));
            for (int memberId : wanted) {
                if (open.containsKey(memberId)) {
                    // The file says they belong, as of the import's day: a membership held since later
                    // begins then (a first import given --from, so last week's register lists them).
                    backdated += t.update(MEMBERSHIP).set(MEMBERSHIP.STARTED_ON, today)
                            .where(MEMBERSHIP.ID.eq(open.get(memberId)), MEMBERSHIP.STARTED_ON.gt(today)).execute();
                    continue;
                }
                t.insertInto(MEMBERSHIP).set(MEMBERSHIP.GROUP_ID, groupId).set(MEMBERSHIP.MEMBER_ID, memberId)
                        .set(MEMBERSHIP.STARTED_ON, today).set(MEMBERSHIP.IS_VISITOR, false).execute();
                started++;
            }
            for (var e : open.entrySet()) {
                if (wanted.contains(e.getKey())) continue;
                // Never before it began: a day given that is earlier than the membership's start ends it empty.
                t.update(MEMBERSHIP).set(MEMBERSHIP.ENDED_ON, DSL.greatest(DSL.val(today), MEMBERSHIP.STARTED_ON))
                        .where(MEMBERSHIP.ID.eq(e.getValue())).execute();
                ended++;
            }
        }
    }

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
            throw new UserError("there is no group '" + groupName + "' (see ./run.sh group list)");
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
