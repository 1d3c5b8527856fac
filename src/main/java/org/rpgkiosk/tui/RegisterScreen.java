package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.attendance.Day;
import org.rpgkiosk.attendance.Entry;
import org.rpgkiosk.attendance.FacilitatorKind;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Person;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.attendance.RegisterEvent;
import org.rpgkiosk.attendance.RegisterFlow;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.store.RosterRepository;
import org.rpgkiosk.store.Store;

/**
 * The facilitator's register of one session: choose the group, the date, the facilitator and
 * length, then mark everyone. The rules live in {@link RegisterFlow}; this screen only keeps
 * which step and line is highlighted, turns keys into register events and draws. Names are
 * shown here and nowhere else in the kiosk.
 */
final class RegisterScreen implements StaffScreen {
    private static final Logger LOG = Logger.getLogger(RegisterScreen.class.getName());

    private enum Step { GROUP, DATE, DETAILS, CHECKLIST, REASON, NOTE, ADD, DONE }

    private final Store store;
    private final String actor;
    private final RegisterDrafts drafts;
    private final List<Group> groups;
    private Step step = Step.GROUP;
    private int cursor;
    private Group group;
    private Register register;
    private Form form;
    private Person.Kind adding;
    private boolean leaving;
    private int reasonLine;
    private static final int NONE = -1;
    /** The register as it was before the mark whose reason is being asked for; Esc returns to it. */
    private Register beforeMark;
    private String message;

    RegisterScreen(Store store, String actor, RegisterDrafts drafts) {
        this.store = store;
        this.actor = actor;
        this.drafts = drafts;
        this.groups = store.attendance().groups();
    }

    /** The register as it stands, when it holds changes not yet saved. */
    Optional<Register> unsaved() {
        return register != null && register.changed() ? Optional.of(register) : Optional.empty();
    }

    @Override
    public boolean key(KeyStroke k) {
        message = null;
        return switch (step) {
            case GROUP -> chooseGroup(k);
            case DATE -> date(k);
            case DETAILS -> details(k);
            case CHECKLIST -> checklist(k);
            case REASON -> reason(k);
            case NOTE -> note(k);
            case ADD -> add(k);
            case DONE -> false;
        };
    }

    private boolean chooseGroup(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape) return false;
        int picked = KeyMap.digit(k);
        if (k.getKeyType() == KeyType.Enter) picked = cursor;
        cursor = clamp(cursor + KeyMap.move(k, 10), groups.size());
        if (picked >= 0 && picked < groups.size()) {
            group = groups.get(picked);
            step = Step.DATE;
            form = new Form("Register of " + group.name(), new Form.Field("Date (YYYY-MM-DD)", false, 10))
                    .set(0, LocalDate.now().toString());
        }
        return true;
    }

    private boolean date(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) step = Step.GROUP;
        if (r != Form.Result.SUBMITTED) return true;
        Optional<LocalDate> typed = Day.parse(form.value(0));   // ISO, or day first as the UK writes it
        if (typed.isEmpty()) {
            form.refuse(0, Day.whyNot(form.value(0)));
            return true;
        }
        LocalDate date = typed.get();
        var problem = Register.dateProblem(date, LocalDate.now());
        if (problem.isPresent()) {
            form.retry("Not yet: " + problem.get() + ".");
            return true;
        }
        register = store.attendance().open(group, date);
        Optional<Register> draft = drafts.take(group.id(), date);
        if (draft.isPresent()) {
            register = draft.get();
            message = "The marks made here before the screen timed out were kept, not yet saved.";
        }
        step = Step.DETAILS;
        form = new Form(title(), new Form.Field("Facilitator (ext/int)", false, 8),
                new Form.Field("Facilitator's name", false, Register.MAX_NAME), Form.Field.digits("Length in minutes", false, 3))
                .set(0, register.facilitatorKind().code())
                .set(1, register.facilitatorName() == null ? "" : register.facilitatorName())
                .set(2, String.valueOf(register.minutes()));
        return true;
    }

    private boolean details(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) step = Step.GROUP;
        if (r != Form.Result.SUBMITTED) return true;
        String kindText = form.value(0).toLowerCase();
        FacilitatorKind kind = kindText.startsWith("e") ? FacilitatorKind.EXTERNAL
                : kindText.startsWith("i") ? FacilitatorKind.INTERNAL : null;
        int minutes = form.value(2).matches("\\d{1,3}") ? Integer.parseInt(form.value(2)) : 0;
        // Every field checked at once: the kind, then the name under a kind that is taken, then the length.
        Map<Integer, String> wrong = new TreeMap<>();
        if (kind == null) wrong.put(0, "ext or int");
        var named = RegisterFlow.update(register, new RegisterEvent.SetFacilitator(
                kind == null ? FacilitatorKind.INTERNAL : kind, form.value(1)));
        if (named.refused()) wrong.put(1, named.problems().get(0));
        var timed = RegisterFlow.update(named.register(), new RegisterEvent.SetMinutes(minutes));
        if (timed.refused()) wrong.put(2, timed.problems().get(0));
        if (form.refuse(wrong)) return true;
        register = timed.register();
        step = Step.CHECKLIST;
        cursor = 0;
        if (register.entries().isEmpty()) message = whyEmpty(register.date());
        return true;
    }

    private boolean checklist(KeyStroke k) {
        boolean wasLeaving = leaving;
        leaving = false;
        int size = register.entries().size();
        if (k.getKeyType() == KeyType.Escape) {
            if (!register.changed() || wasLeaving) return false;
            leaving = true;
            message = "Not saved yet: S saves; Esc again leaves without saving.";
            return true;
        }
        if (k.getKeyType() == KeyType.Enter && size > 0 && !marked(Mark.PRESENT) && register.entries().get(cursor).marked()) {
            toReason(null);
            return true;
        }
        if (KeyMap.isChar(k, 'n') || KeyMap.isChar(k, 'v')) {
            adding = KeyMap.isChar(k, 'n') ? Person.Kind.NEW_MEMBER : Person.Kind.VISITOR;
            step = Step.ADD;
            form = new Form(adding == Person.Kind.VISITOR ? "Add a visitor" : "Add a new member",
                    new Form.Field("Name", false, Register.MAX_NAME), new Form.Field("Job role (number)", false, 2),
                    new Form.Field("Part time (y/n)", false, 3)).set(2, "n");
            return true;
        }
        int move = KeyMap.move(k, 10);
        if (move != 0) {
            cursor = clamp(cursor + move, size);
            return true;
        }
        KeyMap.checklist(k, cursor).ifPresent(this::apply);
        return true;
    }

    private boolean marked(Mark mark) {
        return register.entries().get(cursor).mark() == mark;
    }

    private void apply(RegisterEvent event) {
        var t = RegisterFlow.update(register, event);
        if (t.refused()) {
            message = "Please " + t.problems().get(0)
                    + (t.problems().size() > 1 ? " (and " + (t.problems().size() - 1) + " more)" : "") + ".";
            return;
        }
        Register before = register;
        register = t.register();
        cursor = clamp(cursor, register.entries().size());
        for (RegisterFlow.Effect effect : t.effects()) {
            if (effect instanceof RegisterFlow.Effect.SaveRegister s) save(s.register());
        }
        if (event instanceof RegisterEvent.SetMark m && (m.mark() == Mark.APOLOGIES || m.mark() == Mark.ABSENT)) {
            toReason(before);
        }
    }

    private void save(Register toSave) {
        try {
            boolean correction = store.attendance().recorded(group, toSave.date()).isPresent();
            int id = store.attendance().save(toSave, actor);
            register = RegisterFlow.update(register, new RegisterEvent.Saved(id)).register();
            message = (correction ? "Corrected" : "Saved") + ": " + register.count(Mark.PRESENT) + " present, "
                    + register.count(Mark.APOLOGIES) + " apologies, " + register.count(Mark.ABSENT) + " absent.";
            step = Step.DONE;
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "could not save the register", e);
            message = "Not saved: " + e.getMessage();
        }
    }

    private boolean reason(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape) {
            // A new mark without its reason is not kept: the entry goes back to what it was, old reason and all.
            if (beforeMark != null) {
                register = beforeMark;
                message = "Not changed: " + register.entries().get(cursor).person().name()
                        + " keeps the mark and reason they had.";
            }
            beforeMark = null;
            step = Step.CHECKLIST;
            return true;
        }
        int moved = KeyMap.move(k, Reason.values().length);
        if (moved != 0) reasonLine = reasonLine < 0 ? (moved > 0 ? 0 : Reason.values().length - 1)
                : clamp(reasonLine + moved, Reason.values().length);
        int picked = KeyMap.digit(k);
        if (k.getKeyType() == KeyType.Enter) picked = reasonLine;
        if (k.getKeyType() == KeyType.Enter && reasonLine < 0) {
            message = "Press the number of the reason, or Up/Down first: none is chosen for you.";
        }
        if (picked < 0 || picked >= Reason.values().length) return true;
        Reason reason = Reason.values()[picked];
        if (reason == Reason.OTHER) {
            step = Step.NOTE;
            Entry e = register.entries().get(cursor);
            form = new Form("Other reason for " + e.person().name(), new Form.Field("A few words", false, Register.MAX_NOTE))
                    .set(0, e.note() == null ? "" : e.note());
            return true;
        }
        step = Step.CHECKLIST;
        beforeMark = null;
        apply(new RegisterEvent.SetReason(cursor, reason, null));
        return true;
    }

    /** @param undo the register before a new mark that needs this reason (null: changing the reason only) */
    private void toReason(Register undo) {
        beforeMark = undo;
        Reason r = register.entries().get(cursor).reason();
        reasonLine = r == null ? NONE : r.ordinal();   // a new mark's reason is chosen, never assumed
        step = Step.REASON;
    }

    private boolean note(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) step = Step.REASON;
        if (r != Form.Result.SUBMITTED) return true;
        var t = RegisterFlow.update(register, new RegisterEvent.SetReason(cursor, Reason.OTHER, form.value(0)));
        if (t.refused()) {
            form.retry("Please " + t.problems().get(0) + ".");
        } else {
            register = t.register();
            beforeMark = null;
            step = Step.CHECKLIST;
        }
        return true;
    }

    private boolean add(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) step = Step.CHECKLIST;
        if (r != Form.Result.SUBMITTED) return true;
        List<Role> roles = register.roles();
        String number = form.value(1);
        String role = number.matches("\\d{1,2}") && Integer.parseInt(number) >= 1 && Integer.parseInt(number) <= roles.size()
                ? roles.get(Integer.parseInt(number) - 1).code() : "";
        var t = RegisterFlow.update(register, new RegisterEvent.AddPerson(adding, form.value(0), role,
                form.value(2).toLowerCase().startsWith("y")));
        if (t.refused()) {
            form.retry("Please " + t.problems().get(0) + ".");
            return true;
        }
        register = t.register();
        cursor = register.entries().size() - 1;
        step = Step.CHECKLIST;
        if (adding == Person.Kind.NEW_MEMBER) alreadyListed(form.value(0));
        return true;
    }

    /** An empty list says why: nobody on the roster that day (the roster begins later), or nobody at all. */
    private String whyEmpty(LocalDate date) {
        Optional<LocalDate> first = store.roster().list(group.name(), date, true).stream()
                .filter(l -> !l.visitor()).map(RosterRepository.RosterLine::since).min(LocalDate::compareTo);
        // One line (the notice's): the README and roster import --help say how to begin it earlier (--from).
        return first.filter(d -> d.isAfter(date)).map(d -> "Nobody listed: " + group.name() + "'s roster begins "
                + d + "; add who came with N or V.")
                .orElse("Nobody listed: " + group.name() + " has no members yet; add who came with N or V.");
    }

    /** Said when a person added by name is already on this group's roster, from a later day. */
    private void alreadyListed(String name) {
        store.roster().list(group.name(), register.date(), true).stream()
                .filter(l -> !l.visitor() && l.name().equals(name) && l.until() == null && l.since().isAfter(register.date()))
                .findFirst().ifPresent(l -> message = name + " is a member from " + l.since()
                        + "; saving makes it from " + register.date() + ".");
    }

    private String title() {
        return "Register of " + group.name() + ", " + register.date() + (register.isCorrection() && step != Step.DONE ? " (correcting)" : "");
    }

    private static int clamp(int value, int size) {
        return Math.max(0, Math.min(value, size - 1));
    }

    @Override
    public void render(Painter p) {
        switch (step) {
            case GROUP -> RegisterView.groups(p, groups, cursor);
            case DATE -> form.render(p, 3, "The session's date: today unless you change it. A date already "
                    + "recorded opens that session for correction.");
            case DETAILS -> form.render(p, 3, register.isCorrection()
                    ? "This session is already recorded: what you save replaces it, and the correction is logged."
                    : "Who facilitated, and how long the session lasted.");
            case NOTE -> form.render(p, 3, null);
            case ADD -> {
                form.render(p, 3, null);
                RegisterView.roles(p, register.roles(), 10);
            }
            case CHECKLIST, DONE -> RegisterView.checklist(p, title(), register, cursor, step == Step.DONE);
            case REASON -> RegisterView.reasons(p, register.entries().get(cursor), reasonLine);
        }
        p.notice(message);
    }
}
