package org.rpgkiosk.attendance;

/**
 * What a facilitator can do to a register, one record per act; the screen turns keys into these
 * and {@link RegisterFlow#update} decides. Entries are addressed by their index on the register.
 */
public sealed interface RegisterEvent {

    record SetFacilitator(FacilitatorKind kind, String name) implements RegisterEvent {}

    record SetMinutes(int minutes) implements RegisterEvent {}

    /** Marking present clears any reason; a null mark takes the mark off again. */
    record SetMark(int index, Mark mark) implements RegisterEvent {}

    /** A reason for apologies or absence; {@code note} is for {@link Reason#OTHER} only. */
    record SetReason(int index, Reason reason, String note) implements RegisterEvent {}

    /** Everyone not yet marked came: the quick way through a full room. */
    record MarkRestPresent() implements RegisterEvent {}

    /** A visitor or a new member, added on the spot ({@code kind} is not {@link Person.Kind#MEMBER}). */
    record AddPerson(Person.Kind kind, String name, String roleCode, boolean partTime) implements RegisterEvent {}

    /** Takes a visitor or new member off the register again; members of the list stay. */
    record Remove(int index) implements RegisterEvent {}

    record Save() implements RegisterEvent {}

    /** Fed back by the shell once the save is committed. */
    record Saved(int sessionId) implements RegisterEvent {}
}
