package org.rpgkiosk.attendance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

/**
 * The register of one session of one group, as the facilitator fills it in: immutable state
 * for {@link RegisterFlow#update}. {@code sessionId} is set when the session is already
 * recorded, so saving it again is a correction of that session, never a second one.
 * {@code roles} are the job roles a person added on the spot may have.
 */
public record Register(Group group, LocalDate date, Integer sessionId, FacilitatorKind facilitatorKind,
                       String facilitatorName, int minutes, List<Entry> entries, List<Role> roles,
                       boolean changed) {

    public static final int MAX_NAME = 200;
    public static final int MAX_NOTE = 200;
    public static final int MAX_MINUTES = 8 * 60;

    public Register {
        entries = List.copyOf(entries);
        roles = List.copyOf(roles);
    }

    /** A session not yet recorded: every member unmarked, the group's usual facilitator kind and length. */
    public static Register fresh(Group group, LocalDate date, List<Person> members, List<Role> roles) {
        return new Register(group, date, null, group.facilitatorKind(), null, group.usualMinutes(),
                members.stream().map(Entry::unmarked).toList(), roles, false);
    }

    /** A register may be opened for today or a past day, not for a session still to come. */
    public static Optional<String> dateProblem(LocalDate date, LocalDate today) {
        return date.isAfter(today) ? Optional.of("the session's date " + date + " is still to come") : Optional.empty();
    }

    public boolean isCorrection() {
        return sessionId != null;
    }

    /** Everything that stops a save, in the order a facilitator would fix it; empty when it may be saved. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (facilitatorName == null) problems.add("write the facilitator's name");
        if (entries.isEmpty()) problems.add("add the people who came (N or V): the register has nobody on it");
        entries.forEach(e -> e.problem().ifPresent(problems::add));
        return problems;
    }

    public long count(Mark mark) {
        return entries.stream().filter(e -> e.mark() == mark).count();
    }

    public long unmarked() {
        return entries.stream().filter(e -> !e.marked()).count();
    }

    public boolean knowsRole(String code) {
        return roles.stream().anyMatch(r -> r.code().equals(code));
    }

    Register withEntries(List<Entry> newEntries) {
        return new Register(group, date, sessionId, facilitatorKind, facilitatorName, minutes, newEntries, roles, true);
    }

    Register withEntry(int index, Entry entry) {
        List<Entry> copy = new ArrayList<>(entries);
        copy.set(index, entry);
        return withEntries(copy);
    }

    Register withFacilitator(FacilitatorKind kind, String name) {
        return new Register(group, date, sessionId, kind, name, minutes, entries, roles, true);
    }

    Register withMinutes(int newMinutes) {
        return new Register(group, date, sessionId, facilitatorKind, facilitatorName, newMinutes, entries, roles, true);
    }

    Register savedAs(int id) {
        return new Register(group, date, id, facilitatorKind, facilitatorName, minutes, entries, roles, false);
    }
}
