package org.rpgkiosk.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Roster;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;

/**
 * A clearly fake roster and a year of monthly sessions, shaped like the evaluation's first year:
 * groups per level (5 externally facilitated, the social workers' groups run by lead
 * practitioners), 10 to 12 members each, a few leavers and joiners half way, and attendance
 * around two thirds with the reasons the evaluation heard (workload above all).
 *
 * @param roster  the roster on {@link #START}
 * @param later   the roster from {@link #CHANGE} on
 */
public record DemoRoster(Roster roster, Roster later, List<DemoSession> sessions) {

    public static final LocalDate START = LocalDate.of(2023, 9, 4);
    public static final LocalDate CHANGE = LocalDate.of(2024, 3, 1);
    public static final int MONTHS = 12;

    public record DemoSession(String group, LocalDate heldOn, FacilitatorKind kind, String facilitatorName,
                              int minutes, List<DemoMark> marks) {}

    public record DemoMark(String name, Mark mark, Reason reason, String note) {}

    private record Level(String level, String groupName, int groups, FacilitatorKind kind, String[] roles,
                         double attendance) {}

    private static final List<Level> LEVELS = List.of(
            new Level("senior managers", "Senior managers", 1, FacilitatorKind.EXTERNAL, new String[] {"senior_manager"}, 0.66),
            new Level("team/pod managers", "Pod managers", 2, FacilitatorKind.EXTERNAL, new String[] {"team_manager"}, 0.62),
            new Level("lead practitioners", "Lead practitioners", 2, FacilitatorKind.EXTERNAL,
                    new String[] {"lead_practitioner"}, 0.78),
            new Level("social workers", "Social workers", 7, FacilitatorKind.INTERNAL,
                    new String[] {"social_worker", "social_worker", "social_worker", "senior_social_worker",
                        "senior_social_worker", "other"}, 0.72));

    private static final String[] OTHER_NOTES = {"court hearing", "home visit ran over", "child protection conference",
        "duty cover", "clashed with a team meeting", "strategy meeting", "car broke down"};

    public static DemoRoster generate(SplittableRandom rnd) {
        return new Generator(rnd).run();
    }

    private static final class Generator {
        private final SplittableRandom rnd;
        private int nextPerson = 1;
        private final List<RosterGroup> first = new ArrayList<>();
        private final List<RosterGroup> second = new ArrayList<>();
        private final List<String> facilitators = new ArrayList<>();
        private final Map<String, Double> propensity = new HashMap<>();

        Generator(SplittableRandom rnd) {
            this.rnd = rnd;
        }

        DemoRoster run() {
            int external = 0;
            for (Level level : LEVELS) {
                for (int g = 1; g <= level.groups(); g++) {
                    String name = level.groups() == 1 ? level.groupName() : level.groupName() + " " + g;
                    List<RosterMember> members = new ArrayList<>();
                    int size = 10 + rnd.nextInt(3);
                    for (int i = 0; i < size; i++) members.add(person(level));
                    RosterGroup group = new RosterGroup(name, level.level(), level.kind(), Roster.defaultMinutes(level.level()),
                            members);
                    first.add(group);
                    second.add(changed(group, level));
                    facilitators.add(level.kind() == FacilitatorKind.EXTERNAL ? "Demo Facilitator " + (++external) : null);
                }
            }
            assignLeadPractitioners();
            List<DemoSession> sessions = new ArrayList<>();
            for (int g = 0; g < first.size(); g++) {
                for (int month = 0; month < MONTHS; month++) sessions.add(session(g, month));
            }
            return new DemoRoster(new Roster(first), new Roster(second), sessions);
        }

        private RosterMember person(Level level) {
            String name = String.format("Demo Person %03d", nextPerson++);
            String role = level.roles()[rnd.nextInt(level.roles().length)];
            boolean partTime = rnd.nextDouble() < 0.18;
            double p = level.attendance() + (rnd.nextDouble() - 0.5) * 0.2 - (partTime ? 0.15 : 0)
                    - (role.equals("senior_social_worker") ? 0.08 : 0);
            propensity.put(name, p);
            return new RosterMember(name, role, partTime);
        }

        /** Half the groups lose a member at {@link #CHANGE}, half gain one. */
        private RosterGroup changed(RosterGroup g, Level level) {
            List<RosterMember> members = new ArrayList<>(g.members());
            if (rnd.nextBoolean()) members.remove(rnd.nextInt(members.size()));
            if (rnd.nextBoolean()) members.add(person(level));
            return new RosterGroup(g.name(), g.level(), g.facilitatorKind(), g.usualMinutes(), members);
        }

        /** Internal groups are facilitated by a lead practitioner from the lead practitioners' groups. */
        private void assignLeadPractitioners() {
            List<String> leads = first.stream().filter(g -> g.level().equals("lead practitioners"))
                    .flatMap(g -> g.members().stream()).map(RosterMember::name).toList();
            for (int g = 0; g < first.size(); g++) {
                if (facilitators.get(g) == null) facilitators.set(g, leads.get((g * 3) % leads.size()));
            }
        }

        private DemoSession session(int g, int month) {
            RosterGroup group = first.get(g);
            LocalDate monthStart = START.withDayOfMonth(1).plusMonths(month);
            LocalDate day = monthStart.with(TemporalAdjusters.firstInMonth(DayOfWeek.of(2 + g % 3))).plusWeeks(g / 3 % 3);
            List<RosterMember> members = (day.isBefore(CHANGE) ? first : second).get(g).members();
            boolean holiday = day.getMonth() == Month.AUGUST || day.getMonth() == Month.DECEMBER;
            List<DemoMark> marks = new ArrayList<>();
            for (RosterMember m : members) marks.add(mark(m.name(), propensity.get(m.name()) - (holiday ? 0.12 : 0)));
            int minutes = group.usualMinutes() == Roster.DEFAULT_MINUTES && rnd.nextDouble() < 0.1 ? 60 : group.usualMinutes();
            return new DemoSession(group.name(), day, group.facilitatorKind(), facilitators.get(g), minutes, marks);
        }

        private DemoMark mark(String name, double p) {
            if (rnd.nextDouble() < p) return new DemoMark(name, Mark.PRESENT, null, null);
            boolean apologies = rnd.nextDouble() < 0.6;
            // Weights: workload, emotional load, leave or sickness, training, other.
            double[] weights = apologies ? new double[] {35, 5, 30, 20, 10} : new double[] {50, 15, 15, 5, 15};
            Reason reason = Reason.values()[pick(weights)];
            String note = reason == Reason.OTHER ? OTHER_NOTES[rnd.nextInt(OTHER_NOTES.length)] : null;
            return new DemoMark(name, apologies ? Mark.APOLOGIES : Mark.ABSENT, reason, note);
        }

        private int pick(double[] weights) {
            return Weighted.pick(rnd, weights);
        }
    }
}
