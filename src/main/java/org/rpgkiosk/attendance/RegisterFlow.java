package org.rpgkiosk.attendance;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.attendance.RegisterEvent.AddPerson;
import org.rpgkiosk.attendance.RegisterEvent.MarkRestPresent;
import org.rpgkiosk.attendance.RegisterEvent.Remove;
import org.rpgkiosk.attendance.RegisterEvent.Save;
import org.rpgkiosk.attendance.RegisterEvent.Saved;
import org.rpgkiosk.attendance.RegisterEvent.SetFacilitator;
import org.rpgkiosk.attendance.RegisterEvent.SetMark;
import org.rpgkiosk.attendance.RegisterEvent.SetMinutes;
import org.rpgkiosk.attendance.RegisterEvent.SetReason;

/**
 * The register's rules as one pure function: a state and an event in, the next state out, with
 * what the shell must do (save) and what was refused, worded for the facilitator. A refused event
 * leaves the state as it was. No terminal, no database: the screen is a thin skin over this.
 */
public final class RegisterFlow {
    private RegisterFlow() {}

    /** Work for the shell: only saving, in one transaction, then feeding back {@link Saved}. */
    public sealed interface Effect {
        record SaveRegister(Register register) implements Effect {}
    }

    public record Transition(Register register, List<String> problems, List<Effect> effects) {
        public Transition {
            problems = List.copyOf(problems);
            effects = List.copyOf(effects);
        }

        public boolean refused() {
            return !problems.isEmpty();
        }
    }

    public static Transition update(Register r, RegisterEvent event) {
        // Java 17 has no pattern switch yet; the sealed interface keeps this list short and known.
        if (event instanceof SetFacilitator e) return setFacilitator(r, e);
        if (event instanceof SetMinutes e) {
            return e.minutes() < 1 || e.minutes() > Register.MAX_MINUTES
                    ? refuse(r, "a session lasts 1 to " + Register.MAX_MINUTES + " minutes")
                    : next(r.withMinutes(e.minutes()));
        }
        if (event instanceof SetMark e) return setMark(r, e);
        if (event instanceof SetReason e) return setReason(r, e);
        if (event instanceof MarkRestPresent) {
            return next(r.withEntries(r.entries().stream()
                    .map(x -> x.marked() ? x : new Entry(x.person(), Mark.PRESENT, null, null)).toList()));
        }
        if (event instanceof AddPerson e) return add(r, e);
        if (event instanceof Remove e) return remove(r, e.index());
        if (event instanceof Save) {
            return r.problems().isEmpty()
                    ? new Transition(r, List.of(), List.of(new Effect.SaveRegister(r)))
                    : new Transition(r, r.problems(), List.of());
        }
        if (event instanceof Saved e) return next(r.savedAs(e.sessionId()));
        throw new IllegalArgumentException("unknown event " + event);
    }

    private static Transition setFacilitator(Register r, SetFacilitator e) {
        String name = Person.tidy(e.name());
        if (e.kind() == null) return refuse(r, "say whether the facilitator is external or internal");
        if (name.isEmpty()) return refuse(r, "write the facilitator's name");
        if (name.length() > Register.MAX_NAME) return refuse(r, "the facilitator's name is too long");
        return next(r.withFacilitator(e.kind(), name));
    }

    private static Transition setMark(Register r, SetMark e) {
        if (!validIndex(r, e.index())) return refuse(r, "no one at line " + (e.index() + 1));
        Entry old = r.entries().get(e.index());
        Entry marked = e.mark() == Mark.PRESENT || e.mark() == null
                ? new Entry(old.person(), e.mark(), null, null)
                : new Entry(old.person(), e.mark(), old.reason(), old.note());
        return next(r.withEntry(e.index(), marked));
    }

    private static Transition setReason(Register r, SetReason e) {
        if (!validIndex(r, e.index())) return refuse(r, "no one at line " + (e.index() + 1));
        Entry old = r.entries().get(e.index());
        if (old.mark() == null || old.mark() == Mark.PRESENT) {
            return refuse(r, "mark " + old.person().name() + " as apologies or absent before giving a reason");
        }
        String note = Person.tidy(e.note());
        if (e.reason() == Reason.OTHER && note.isEmpty()) return refuse(r, "write a few words for 'other'");
        if (e.reason() != Reason.OTHER && !note.isEmpty()) {
            return refuse(r, "a note goes with 'other' only; choose 'other' to write one");
        }
        if (note.length() > Register.MAX_NOTE) {
            return refuse(r, "keep the note to " + Register.MAX_NOTE + " characters (it has " + note.length() + ")");
        }
        return next(r.withEntry(e.index(), new Entry(old.person(), old.mark(), e.reason(), note.isEmpty() ? null : note)));
    }

    private static Transition add(Register r, AddPerson e) {
        String name = Person.tidy(e.name());
        if (e.kind() == null || e.kind() == Person.Kind.MEMBER) {
            throw new IllegalArgumentException("only a visitor or a new member is added on the spot");
        }
        if (name.isEmpty()) return refuse(r, "write the name of the person to add");
        if (name.length() > Register.MAX_NAME) return refuse(r, "that name is too long");
        if (r.entries().stream().anyMatch(x -> x.person().name().equalsIgnoreCase(name))) {
            return refuse(r, name + " is already on the register");
        }
        if (!r.knowsRole(e.roleCode())) return refuse(r, "choose a job role for " + name);
        List<Entry> entries = new ArrayList<>(r.entries());
        entries.add(Entry.unmarked(new Person(null, name, e.roleCode(), e.partTime(), e.kind())));
        return next(r.withEntries(entries));
    }

    private static Transition remove(Register r, int index) {
        if (!validIndex(r, index)) return refuse(r, "no one at line " + (index + 1));
        Person p = r.entries().get(index).person();
        if (p.kind() == Person.Kind.MEMBER) {
            return refuse(r, p.name() + " is on the group's list: mark them instead (the roster import changes the list)");
        }
        List<Entry> entries = new ArrayList<>(r.entries());
        entries.remove(index);
        return next(r.withEntries(entries));
    }

    private static boolean validIndex(Register r, int index) {
        return index >= 0 && index < r.entries().size();
    }

    private static Transition next(Register r) {
        return new Transition(r, List.of(), List.of());
    }

    private static Transition refuse(Register r, String why) {
        return new Transition(r, List.of(why), List.of());
    }
}
