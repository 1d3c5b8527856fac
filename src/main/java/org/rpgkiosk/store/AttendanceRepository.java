package org.rpgkiosk.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.impl.DSL;
import org.rpgkiosk.attendance.Entry;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Person;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.store.generated.tables.records.GroupSessionRecord;
import org.rpgkiosk.store.generated.tables.records.MemberRecord;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

/**
 * Groups and their session registers. A group meets at most once a day (UNIQUE(group_id,
 * held_on)), so the same group and date always reopen the one session: saving it again replaces
 * its marks and is audit-logged as a correction. Names are read here only for the register.
 */
public final class AttendanceRepository {
    public static final String CORRECTION = "attendance.correct";

    private final DSLContext dsl;

    AttendanceRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A group with what {@code group list} shows beside it. */
    public record GroupSummary(Group group, int members, int sessions, LocalDate lastSession) {}

    public List<Group> groups() {
        return dsl.selectFrom(RP_GROUP).orderBy(RP_GROUP.NAME).fetch(r -> new Group(r.getId(), r.getName(), r.getLevel(),
                FacilitatorKind.fromCode(r.getFacilitatorKind()).orElseThrow(), r.getUsualMinutes()));
    }

    public Optional<Group> group(String name) {
        return groups().stream().filter(g -> g.name().equals(name)).findFirst();
    }

    public List<GroupSummary> summaries(LocalDate day) {
        var members = dsl.select(MEMBERSHIP.GROUP_ID, DSL.count()).from(MEMBERSHIP).where(RosterRepository.memberOn(day))
                .groupBy(MEMBERSHIP.GROUP_ID).fetchMap(MEMBERSHIP.GROUP_ID, DSL.count());
        Map<Integer, Record3<Integer, Integer, LocalDate>> sessions = dsl
                .select(GROUP_SESSION.GROUP_ID, DSL.count(), DSL.max(GROUP_SESSION.HELD_ON))
                .from(GROUP_SESSION).groupBy(GROUP_SESSION.GROUP_ID).fetchMap(GROUP_SESSION.GROUP_ID);
        return groups().stream().map(g -> {
            var s = sessions.get(g.id());
            return new GroupSummary(g, members.getOrDefault(g.id(), 0), s == null ? 0 : s.value2(),
                    s == null ? null : s.value3());
        }).toList();
    }

    /** The group's list on a day, by name. */
    public List<Person> members(int groupId, LocalDate day) {
        return dsl.select(MEMBER.ID, MEMBER.NAME, MEMBER.ROLE_CODE, MEMBER.PART_TIME).from(MEMBERSHIP)
                .join(MEMBER).on(MEMBER.ID.eq(MEMBERSHIP.MEMBER_ID))
                .where(MEMBERSHIP.GROUP_ID.eq(groupId), RosterRepository.memberOn(day))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .fetch(r -> new Person(r.value1(), r.value2(), r.value3(), r.value4(), Person.Kind.MEMBER));
    }

    /** The register for a group and date: the recorded session to correct, or a fresh one. */
    public Register open(Group group, LocalDate date) {
        return recorded(group, date).orElseGet(() ->
                Register.fresh(group, date, members(group.id(), date), new RosterRepository(dsl).roles()));
    }

    /**
     * The session already recorded for a group and date, filled in as saved. Members of the list
     * on that day who have no mark yet (added to the roster since) come last, unmarked.
     */
    public Optional<Register> recorded(Group group, LocalDate date) {
        GroupSessionRecord s = session(dsl, group.id(), date);
        if (s == null) return Optional.empty();
        List<Person> members = members(group.id(), date);
        Set<Integer> memberIds = new HashSet<>();
        members.forEach(p -> memberIds.add(p.memberId()));
        List<Entry> entries = new ArrayList<>();
        Set<Integer> marked = new HashSet<>();
        dsl.select(MEMBER.ID, MEMBER.NAME, MEMBER.ROLE_CODE, MEMBER.PART_TIME, ATTENDANCE.STATUS, ATTENDANCE.REASON,
                        ATTENDANCE.REASON_NOTE)
                .from(ATTENDANCE).join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .where(ATTENDANCE.SESSION_ID.eq(s.getId()))
                .orderBy(MEMBER.NAME, MEMBER.ID)
                .forEach(r -> {
                    Person.Kind kind = memberIds.contains(r.value1()) ? Person.Kind.MEMBER : Person.Kind.VISITOR;
                    marked.add(r.value1());
                    entries.add(new Entry(new Person(r.value1(), r.value2(), r.value3(), r.value4(), kind),
                            Mark.fromCode(r.value5()).orElseThrow(),
                            r.value6() == null ? null : Reason.fromCode(r.value6()).orElseThrow(), r.value7()));
                });
        entries.sort(Comparator.comparing(e -> e.person().kind() == Person.Kind.VISITOR));
        members.stream().filter(p -> !marked.contains(p.memberId())).map(Entry::unmarked).forEach(entries::add);
        return Optional.of(new Register(group, date, s.getId(), FacilitatorKind.fromCode(s.getFacilitatorKind()).orElseThrow(),
                s.getFacilitatorName(), s.getMinutes(), entries, new RosterRepository(dsl).roles(), false));
    }

    /**
     * Saves a complete register in one transaction and returns the session's id. A session
     * already held for the group and date is corrected in place (its marks replaced, an audit
     * entry written), whether or not the register knew it. People added on the spot become
     * members (found by name if already known) with a membership from the session's date; a
     * visitor's membership is for that day only.
     */
    public int save(Register register, String actor) {
        if (!register.problems().isEmpty()) {
            throw new IllegalArgumentException("an incomplete register cannot be saved: " + register.problems());
        }
        return dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            int groupId = register.group().id();
            GroupSessionRecord s = session(t, groupId, register.date());
            if (s == null) {
                s = t.newRecord(GROUP_SESSION);
                s.setGroupId(groupId);
                s.setHeldOn(register.date());
            } else {
                t.deleteFrom(ATTENDANCE).where(ATTENDANCE.SESSION_ID.eq(s.getId())).execute();
                new AuditLog(t).record(actor, CORRECTION, "group " + groupId + ", session of " + register.date()
                        + ", " + register.entries().size() + " marks");
            }
            s.setFacilitatorKind(register.facilitatorKind().code());
            s.setFacilitatorName(register.facilitatorName());
            s.setMinutes(register.minutes());
            s.store();
            BatchBindStep marks = t.batch(t.insertInto(ATTENDANCE, ATTENDANCE.SESSION_ID, ATTENDANCE.MEMBER_ID,
                    ATTENDANCE.STATUS, ATTENDANCE.REASON, ATTENDANCE.REASON_NOTE).values((Integer) null, null, null, null, null));
            for (Entry e : register.entries()) {
                int memberId = e.person().memberId() != null ? e.person().memberId() : addedOnTheSpot(t, e.person(), register);
                marks.bind(s.getId(), memberId, e.mark().code(), e.reason() == null ? null : e.reason().code(), e.note());
            }
            marks.execute();
            return s.getId();
        });
    }

    private static GroupSessionRecord session(DSLContext t, int groupId, LocalDate date) {
        return t.selectFrom(GROUP_SESSION).where(GROUP_SESSION.GROUP_ID.eq(groupId), GROUP_SESSION.HELD_ON.eq(date)).fetchOne();
    }

    private static int addedOnTheSpot(DSLContext t, Person p, Register register) {
        MemberRecord m = RosterRepository.findMember(t, p.name()).orElseGet(() -> {
            MemberRecord r = t.newRecord(MEMBER);
            r.setName(p.name());
            r.setRoleCode(p.roleCode());
            r.setPartTime(p.partTime());
            r.store();
            return r;
        });
        int groupId = register.group().id();
        LocalDate date = register.date();
        var membership = MEMBERSHIP.GROUP_ID.eq(groupId).and(MEMBERSHIP.MEMBER_ID.eq(m.getId()));
        if (p.kind() == Person.Kind.VISITOR) {
            if (!t.fetchExists(MEMBERSHIP, membership, MEMBERSHIP.IS_VISITOR.isTrue(), MEMBERSHIP.STARTED_ON.eq(date))) {
                t.insertInto(MEMBERSHIP).set(MEMBERSHIP.GROUP_ID, groupId).set(MEMBERSHIP.MEMBER_ID, m.getId())
                        .set(MEMBERSHIP.STARTED_ON, date).set(MEMBERSHIP.ENDED_ON, date).set(MEMBERSHIP.IS_VISITOR, true)
                        .execute();
            }
        } else if (t.update(MEMBERSHIP).set(MEMBERSHIP.STARTED_ON, DSL.least(MEMBERSHIP.STARTED_ON, DSL.val(date)))
                .where(membership, MEMBERSHIP.IS_VISITOR.isFalse(), MEMBERSHIP.ENDED_ON.isNull()).execute() == 0) {
            t.insertInto(MEMBERSHIP).set(MEMBERSHIP.GROUP_ID, groupId).set(MEMBERSHIP.MEMBER_ID, m.getId())
                    .set(MEMBERSHIP.STARTED_ON, date).set(MEMBERSHIP.IS_VISITOR, false).execute();
        }
        return m.getId();
    }
}
