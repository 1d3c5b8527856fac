package org.rpgkiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.attendance.Person.Kind;
import org.rpgkiosk.attendance.RegisterEvent.AddPerson;
import org.rpgkiosk.attendance.RegisterEvent.MarkRestPresent;
import org.rpgkiosk.attendance.RegisterEvent.Remove;
import org.rpgkiosk.attendance.RegisterEvent.Save;
import org.rpgkiosk.attendance.RegisterEvent.Saved;
import org.rpgkiosk.attendance.RegisterEvent.SetFacilitator;
import org.rpgkiosk.attendance.RegisterEvent.SetMark;
import org.rpgkiosk.attendance.RegisterEvent.SetMinutes;
import org.rpgkiosk.attendance.RegisterEvent.SetReason;
import org.rpgkiosk.attendance.RegisterFlow.Effect.SaveRegister;
import org.rpgkiosk.attendance.RegisterFlow.Transition;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

class RegisterFlowTest {
    static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    static final Group POD = new Group(7, "Pod A", "social workers", FacilitatorKind.INTERNAL, 75);
    static final List<Role> ROLES = List.of(new Role("social_worker", "Social worker"), new Role("other", "Other role"));

    final Register fresh = Register.fresh(POD, DAY, List.of(
            new Person(1, "Alex Demo", "social_worker", false, Kind.MEMBER),
            new Person(2, "Bo Demo", "social_worker", true, Kind.MEMBER),
            new Person(3, "Cy Demo", "other", false, Kind.MEMBER)), ROLES);

    /** Applies events in turn, failing on any refusal, as a facilitator's keys would. */
    private static Register apply(Register r, RegisterEvent... events) {
        for (RegisterEvent e : events) {
            Transition t = RegisterFlow.update(r, e);
            assertEquals(List.of(), t.problems(), "refused: " + e);
            r = t.register();
        }
        return r;
    }

    private static List<String> refusal(Register r, RegisterEvent e) {
        Transition t = RegisterFlow.update(r, e);
        assertTrue(t.refused());
        assertSame(r, t.register(), "a refused event leaves the state as it was");
        assertEquals(List.of(), t.effects());
        return t.problems();
    }

    @Test
    void aFreshRegisterTakesTheGroupsUsualSettingsWithEveryoneUnmarked() {
        assertEquals(FacilitatorKind.INTERNAL, fresh.facilitatorKind());
        assertEquals(75, fresh.minutes());
        assertNull(fresh.sessionId());
        assertFalse(fresh.isCorrection());
        assertFalse(fresh.changed());
        assertEquals(3, fresh.unmarked());
        assertEquals(List.of("write the facilitator's name", "mark Alex Demo: present, apologies or absent",
                "mark Bo Demo: present, apologies or absent", "mark Cy Demo: present, apologies or absent"), fresh.problems());
    }

    @Test
    void aCompleteRegisterIsSavedAsOneEffectAndSavedFeedsBackItsId() {
        Register r = apply(fresh,
                new SetFacilitator(FacilitatorKind.EXTERNAL, "  Dr  Demo "),
                new SetMinutes(90),
                new SetMark(1, Mark.APOLOGIES), new SetReason(1, Reason.WORKLOAD, null),
                new SetMark(2, Mark.ABSENT), new SetReason(2, Reason.OTHER, " court   hearing "),
                new MarkRestPresent());
        assertTrue(r.changed());
        assertEquals("Dr Demo", r.facilitatorName());
        assertEquals(List.of(Mark.PRESENT, Mark.APOLOGIES, Mark.ABSENT), r.entries().stream().map(Entry::mark).toList());
        assertEquals("court hearing", r.entries().get(2).note());
        assertEquals(1, r.count(Mark.PRESENT));
        assertEquals(List.of(), r.problems());

        Transition save = RegisterFlow.update(r, new Save());
        assertFalse(save.refused());
        assertEquals(List.of(new SaveRegister(r)), save.effects());

        Register saved = apply(r, new Saved(41));
        assertEquals(41, saved.sessionId());
        assertTrue(saved.isCorrection());
        assertFalse(saved.changed());
    }

    @Test
    void savingAnIncompleteRegisterListsWhatIsMissing() {
        Register r = apply(fresh, new SetFacilitator(FacilitatorKind.INTERNAL, "Lead Demo"),
                new SetMark(0, Mark.PRESENT), new SetMark(1, Mark.ABSENT));
        Transition t = RegisterFlow.update(r, new Save());
        assertEquals(List.of("give a reason for Bo Demo (absent)", "mark Cy Demo: present, apologies or absent"), t.problems());
        assertEquals(List.of(), t.effects());
    }

    @Test
    void aReasonGoesWithApologiesOrAbsenceOnlyAndMarkingPresentClearsIt() {
        assertEquals(List.of("mark Alex Demo as apologies or absent before giving a reason"),
                refusal(fresh, new SetReason(0, Reason.TRAINING, null)));
        Register r = apply(fresh, new SetMark(0, Mark.PRESENT));
        assertEquals(List.of("mark Alex Demo as apologies or absent before giving a reason"),
                refusal(r, new SetReason(0, Reason.TRAINING, null)));

        r = apply(fresh, new SetMark(0, Mark.APOLOGIES), new SetReason(0, Reason.LEAVE_SICKNESS, null),
                new SetMark(0, Mark.ABSENT));
        assertEquals(Reason.LEAVE_SICKNESS, r.entries().get(0).reason(), "apologies to absent keeps the reason");
        r = apply(r, new SetMark(0, Mark.PRESENT));
        assertNull(r.entries().get(0).reason());
        assertNull(r.entries().get(0).note());
        r = apply(r, new SetMark(0, null));
        assertFalse(r.entries().get(0).marked());
    }

    @Test
    void otherNeedsAFewWordsAndOnlyOtherTakesThem() {
        Register absent = apply(fresh, new SetMark(0, Mark.ABSENT));
        assertEquals(List.of("write a few words for 'other'"), refusal(absent, new SetReason(0, Reason.OTHER, "   ")));
        assertEquals(List.of("write a few words for 'other'"), refusal(absent, new SetReason(0, Reason.OTHER, null)));
        assertEquals(List.of("a note goes with 'other' only; choose 'other' to write one"),
                refusal(absent, new SetReason(0, Reason.WORKLOAD, "busy")));
        assertEquals(List.of("keep the note to 200 characters (it has 201)"),
                refusal(absent, new SetReason(0, Reason.OTHER, "x".repeat(201))));
        Register r = apply(absent, new SetReason(0, Reason.OTHER, "x".repeat(200)), new SetReason(0, Reason.EMOTIONAL_LOAD, ""));
        assertEquals(Reason.EMOTIONAL_LOAD, r.entries().get(0).reason());
        assertNull(r.entries().get(0).note(), "changing the reason from other drops its note");
    }

    @Test
    void visitorsAndNewMembersAreAddedOnTheSpotAndCanBeTakenOffAgain() {
        Register r = apply(fresh, new AddPerson(Kind.VISITOR, " Vi  Demo ", "other", false),
                new AddPerson(Kind.NEW_MEMBER, "Nu Demo", "social_worker", true));
        assertEquals(5, r.entries().size());
        assertEquals(new Person(null, "Vi Demo", "other", false, Kind.VISITOR), r.entries().get(3).person());
        assertEquals(new Person(null, "Nu Demo", "social_worker", true, Kind.NEW_MEMBER), r.entries().get(4).person());
        assertFalse(r.entries().get(3).marked(), "an added person is marked like anyone else");

        assertEquals(List.of("alex demo is already on the register"),
                refusal(r, new AddPerson(Kind.VISITOR, "alex demo", "other", false)));
        assertEquals(List.of("choose a job role for Zed"), refusal(r, new AddPerson(Kind.VISITOR, "Zed", "janitor", false)));
        assertEquals(List.of("write the name of the person to add"), refusal(r, new AddPerson(Kind.VISITOR, " ", "other", false)));
        assertEquals(List.of("that name is too long"), refusal(r, new AddPerson(Kind.VISITOR, "n".repeat(201), "other", false)));
        assertThrows(IllegalArgumentException.class,
                () -> RegisterFlow.update(fresh, new AddPerson(Kind.MEMBER, "Zed", "other", false)));

        assertEquals(List.of("Alex Demo is on the group's list: mark them instead (the roster import changes the list)"),
                refusal(r, new Remove(0)));
        Register removed = apply(r, new Remove(3));
        assertEquals(List.of("Alex Demo", "Bo Demo", "Cy Demo", "Nu Demo"),
                removed.entries().stream().map(e -> e.person().name()).toList());
    }

    @Test
    void badFacilitatorsLengthsAndLinesAreRefused() {
        assertEquals(List.of("write the facilitator's name"), refusal(fresh, new SetFacilitator(FacilitatorKind.EXTERNAL, "  ")));
        assertEquals(List.of("say whether the facilitator is external or internal"), refusal(fresh, new SetFacilitator(null, "Dr Demo")));
        assertEquals(List.of("the facilitator's name is too long"),
                refusal(fresh, new SetFacilitator(FacilitatorKind.EXTERNAL, "n".repeat(201))));
        assertEquals(List.of("a session lasts 1 to 480 minutes"), refusal(fresh, new SetMinutes(0)));
        assertEquals(List.of("a session lasts 1 to 480 minutes"), refusal(fresh, new SetMinutes(481)));
        assertEquals(List.of("no one at line 4"), refusal(fresh, new SetMark(3, Mark.PRESENT)));
        assertEquals(List.of("no one at line 0"), refusal(fresh, new SetReason(-1, Reason.OTHER, "x")));
        assertEquals(List.of("no one at line 9"), refusal(fresh, new Remove(8)));
    }

    @Test
    void anEmptyRegisterCannotBeSavedAndAFutureDateIsRefused() {
        Register empty = apply(Register.fresh(POD, DAY, List.of(), ROLES), new SetFacilitator(FacilitatorKind.INTERNAL, "Lead"));
        assertEquals(List.of("add the people who came (N or V): the register has nobody on it"), refusal(empty, new Save()));
        assertEquals("the session's date 2026-03-11 is still to come",
                Register.dateProblem(DAY.plusDays(1), DAY).orElseThrow());
        assertTrue(Register.dateProblem(DAY, DAY).isEmpty());
    }

    @Test
    void markRestPresentLeavesThoseAlreadyMarked() {
        Register r = apply(fresh, new SetMark(1, Mark.APOLOGIES), new MarkRestPresent());
        assertEquals(List.of(Mark.PRESENT, Mark.APOLOGIES, Mark.PRESENT), r.entries().stream().map(Entry::mark).toList());
    }
}
