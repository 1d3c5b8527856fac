package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.backup.Sealed;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WaveRepository;
import org.rpgkiosk.store.WaveRepository.Wave;
import org.rpgkiosk.tasks.CloseWave;
import org.rpgkiosk.tasks.OpenWave;
import org.rpgkiosk.tasks.SetPin;
import org.rpgkiosk.tasks.TakeBackup;
import org.rpgkiosk.tasks.WaveRefused;

/**
 * Everything behind the staff key: the PIN entrance ({@link PinEntrance}), the evaluator's and
 * facilitator's menus, wave opening and closing, and the first-run set-up; the register, report
 * and export are {@link StaffScreen}s of their own. Participants never reach it without a PIN,
 * and it shows no participant's answers.
 */
final class StaffDesk {
    enum Outcome { STAY, LEAVE, QUIT }

    private enum Step { PIN, MENU, OPEN_WAVE, CLOSE_WAVE, SET_PIN, BACKUP, CONFIRM_QUIT, SETUP_PIN, SETUP_WAVE, SCREEN }

    private final Store store;
    private final PinHasher hasher;
    private final Path backupDir;
    private final PinEntrance entrance;
    private final RegisterDrafts drafts = new RegisterDrafts();
    private Step step;
    private StaffRole role;
    private Form form;
    private String message;
    /** Whether a participant is part way through a response at this kiosk, as the staff screens opened. */
    private boolean someoneMidway;
    /** Per question of the open-wave form (reopen, placeholders), the values it was last asked about. */
    private final Map<String, String> asked = new HashMap<>();
    private StaffScreen screen;

    StaffDesk(Store store, PinHasher hasher, Path backupDir) {
        this.store = store;
        this.hasher = hasher;
        this.backupDir = backupDir;
        this.entrance = new PinEntrance(store);
    }

    /** First run: true when set-up screens are needed before participants can start. */
    boolean needsSetup() {
        return store.pins().hash(StaffRole.EVALUATOR).isEmpty() || store.waves().list().isEmpty();
    }

    void beginSetup() {
        role = StaffRole.EVALUATOR;
        if (store.pins().hash(StaffRole.EVALUATOR).isEmpty()) {
            step = Step.SETUP_PIN;
            form = pinForm("Set-up 1 of 2: choose the evaluator PIN").mustFinish();
        } else {
            beginOpenWave(Step.SETUP_WAVE, "Set-up 2 of 2: open the first survey wave");
        }
    }

    /**
     * The staff screens timed out: an unsaved register is kept as a draft for the same group and
     * date (see {@link RegisterDrafts}); whoever comes next must give the PIN again.
     */
    void walkedAway() {
        if (step == Step.SCREEN && screen instanceof RegisterScreen r) r.unsaved().ifPresent(drafts::keep);
        screen = null;
        enter(false);
    }

    /** Slow work the screen on show asked for, to be done once its "working" frame is drawn. */
    boolean workWaiting() {
        return step == Step.PIN ? entrance.checking() : step == Step.SCREEN && screen.workWaiting();
    }

    /** The slow work waiting: a submitted PIN checked (admitted to the menu, or refused on the entrance), or the screen's. */
    void work(long now) {
        if (step == Step.PIN) {
            entered(entrance.check(now));
        } else {
            screen.work();
        }
    }

    /** @param midway a participant is part way through a response here (closing the kiosk would end it) */
    void enter(boolean midway) {
        someoneMidway = midway;
        step = Step.PIN;
        role = null;
        message = null;
        entrance.reset();
    }

    Outcome key(KeyStroke k, long now) {
        message = null;
        return switch (step) {
            case PIN -> pin(k, now);
            case MENU -> menu(k);
            case OPEN_WAVE, SETUP_WAVE -> openWave(k);
            case CLOSE_WAVE -> closeWave(k);
            case SET_PIN, SETUP_PIN -> setPin(k);
            case BACKUP -> backUp(k);
            case CONFIRM_QUIT -> confirmQuit(k);
            case SCREEN -> screen.key(k) ? Outcome.STAY : backToMenu();
        };
    }

    private Outcome pin(KeyStroke k, long now) {
        return entered(entrance.key(k, now));
    }

    private Outcome entered(PinEntrance.Result result) {
        return switch (result) {
            case CANCELLED -> Outcome.LEAVE;
            case TYPING -> Outcome.STAY;
            case ADMITTED -> {
                role = entrance.admitted();
                Outcome menu = backToMenu();
                if (entrance.sharedPin()) {
                    // A facilitator could open these screens with it: say so until it is changed.
                    message = "The facilitator PIN is the same as yours: set a new one now (3).";
                }
                yield menu;
            }
        };
    }

    private Outcome menu(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape) return Outcome.LEAVE;
        if (k.getKeyType() != KeyType.Character) return Outcome.STAY;
        char c = k.getCharacter();
        if (role == StaffRole.EVALUATOR) {
            switch (c) {
                case '1' -> open(new ReportScreen(store));
                case '2' -> {
                    if (store.waves().openWave().isPresent()) {
                        step = Step.CLOSE_WAVE;
                    } else {
                        beginOpenWave(Step.OPEN_WAVE, "Open a survey wave");
                    }
                }
                case '3' -> {
                    step = Step.SET_PIN;
                    form = pinForm("Set the facilitator PIN");
                }
                case '4' -> {
                    step = Step.BACKUP;
                    form = new Form("Back up the database", new Form.Field("Passphrase", true, 200),
                            new Form.Field("The same again", true, 200));
                }
                case '5' -> open(new RegisterScreen(store, role.code(), drafts));
                case '6' -> open(new ExportScreen(store, backupDir.resolveSibling("exports")));
                case '9' -> step = Step.CONFIRM_QUIT;
                default -> { }
            }
        } else if (c == '1') {
            open(new RegisterScreen(store, role.code(), drafts));
        }
        return Outcome.STAY;
    }

    private void open(StaffScreen s) {
        screen = s;
        step = Step.SCREEN;
    }

    /** True while the first-run set-up is on screen: it has no one to hand back to, so it never times out. */
    boolean inSetup() {
        return step == Step.SETUP_PIN || step == Step.SETUP_WAVE;
    }

    /** The passphrase twice, as a new PIN is: a backup sealed with a mistyped one cannot be opened. */
    private Outcome backUp(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) return backToMenu();
        if (r != Form.Result.SUBMITTED) return Outcome.STAY;
        char[] passphrase = form.value(0).toCharArray();
        Optional<String> weak = Sealed.weakness(passphrase);
        if (weak.isPresent() || !form.value(0).equals(form.value(1))) {
            form.retry(weak.map(w -> "Not backed up: " + w + ".").orElse("Not backed up: the two passphrases differ."));
            return Outcome.STAY;
        }
        try {
            Path file = TakeBackup.fileIn(backupDir, LocalDateTime.now());
            TakeBackup.run(store, file, passphrase, "kiosk");
            message = "Backed up to " + file + ". Keep the passphrase apart from the file: without it, it cannot be read.";
        } catch (UserError e) {
            message = e.getMessage();
        }
        return backToMenu();
    }

    private void beginOpenWave(Step which, String title) {
        step = which;
        asked.clear();           // each open-wave form asks its questions afresh
        form = new Form(title, new Form.Field("Code (e.g. y1)", false, 40),
                new Form.Field("Label (e.g. +1 year)", false, WaveRepository.MAX_LABEL), Form.Field.digits("Staff invited", false, 6));
    }

    private Outcome openWave(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) return step == Step.SETUP_WAVE ? Outcome.LEAVE : backToMenu();
        if (r != Form.Result.SUBMITTED) return Outcome.STAY;
        if (form.refuse(waveFormProblems())) return Outcome.STAY;
        try {
            int invited = Integer.parseInt(form.value(2));
            int questionnaireId = OpenWave.questionnaire(store, null);
            Optional<Wave> closed = store.waves().find(form.value(0)).filter(w -> !w.open());
            if (closed.isPresent() && askedToReopen(closed.get(), invited)) return Outcome.STAY;
            if (askedAboutPlaceholders(questionnaireId, invited)) return Outcome.STAY;
            // Asked and answered above: the placeholders are accepted by the Enter that reached here.
            Wave w = OpenWave.run(store, new OpenWave.Request(form.value(0), form.value(1), invited, null, true),
                    "kiosk", LocalDate.now()).wave();
            if (step == Step.SETUP_WAVE) return Outcome.LEAVE;
            message = "Wave " + w.code() + (closed.isPresent() ? " is open again" : " is open")
                    + ": the kiosk now collects into it.";
            return backToMenu();
        } catch (WaveRefused e) {
            form.retry(inForm(e));
            return Outcome.STAY;
        } catch (UserError e) {
            form.retry(e.getMessage());
            return Outcome.STAY;
        }
    }

    /** A wave refusal in the form's words: the kiosk has no command line to name. */
    private static String inForm(WaveRefused e) {
        return switch (e.problem()) {
            case SEVERAL_QUESTIONNAIRES -> Character.toUpperCase(e.getMessage().charAt(0))
                    + e.getMessage().substring(1).replace("; say which one the wave uses",
                            ": open this wave from the command line, naming one (wave open CODE --questionnaire NAME)");
            case NO_QUESTIONNAIRE -> "No questionnaire is loaded.";
            default -> e.getMessage();
        };
    }

    /** Statements still marked (placeholder): named, and the wave opened on the next Enter with the same values. */
    private boolean askedAboutPlaceholders(int questionnaireId, int invited) {
        Optional<String> question = OpenWave.placeholders(store, questionnaireId);
        if (question.isEmpty()) return false;
        String q = question.get();
        return askFirst("placeholders", invited, Character.toUpperCase(q.charAt(0)) + q.substring(1)
                + ". Enter opens the wave anyway; Esc leaves it closed, to edit the file and load it first.");
    }

    /**
     * A closed wave of this code is reopened, and the label and count typed replace its own: said
     * first, done on the next Enter with the same values (reopening silently overwrote them).
     */
    private boolean askedToReopen(Wave closed, int invited) {
        boolean same = closed.label().equals(form.value(1)) && closed.invited() == invited;
        return askFirst("reopen", invited, "Wave " + closed.code() + " exists, closed " + closed.closedOn()
                + ". Enter reopens it" + (same ? "." : ", its label '" + closed.label() + "' and " + closed.invited()
                + " invited replaced by what is typed here; or change them first."));
    }

    /**
     * Asks {@code question} on the form unless it was last asked about these same values, which
     * the next Enter answers yes to; true when it asked (the form waits for that Enter).
     */
    private boolean askFirst(String topic, int invited, String question) {
        String values = form.value(0) + "\u0000" + form.value(1) + "\u0000" + invited;
        if (values.equals(asked.get(topic))) return false;
        asked.put(topic, values);
        form.ask(question);
        return true;
    }

    /** Every field of the open-wave form checked at once: each problem beside its field. */
    private Map<Integer, String> waveFormProblems() {
        Map<Integer, String> wrong = new TreeMap<>();
        if (!form.value(0).matches(OpenWave.CODE_PATTERN)) {
            wrong.put(0, "letters, digits, _ . or - (e.g. y1)");
        }
        if (form.value(1).isEmpty()) wrong.put(1, "give it a label, e.g. +1 year");
        if (!form.value(2).matches("[0-9]{1,6}")) wrong.put(2, "a whole number, e.g. 210");
        return wrong;
    }

    private Outcome closeWave(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'y') {
            store.waves().openWave().ifPresent(w -> {
                CloseWave.run(store, w.code(), "kiosk", LocalDate.now());
                message = "Wave " + w.code() + " is closed.";
            });
        }
        return backToMenu();
    }

    private Form pinForm(String title) {
        return new Form(title, Form.Field.digits("New PIN (4-12 digits)", true, 12), Form.Field.digits("The same again", true, 12));
    }

    private Outcome setPin(KeyStroke k) {
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) return step == Step.SETUP_PIN ? Outcome.STAY : backToMenu();
        if (r != Form.Result.SUBMITTED) return Outcome.STAY;
        StaffRole target = step == Step.SETUP_PIN ? StaffRole.EVALUATOR : StaffRole.FACILITATOR;
        try {
            SetPin.run(store, target, form.value(0), form.value(1), hasher, "kiosk");
        } catch (SetPin.Refused e) {
            form.retry(switch (e.problem()) {
                case WEAK -> "Not set: " + e.getMessage() + ".";
                case DIFFER -> "Not set: the two PINs differ.";
                case SAME_AS_THE_OTHER -> "Not set: choose a PIN different from the " + target.other().code() + "'s.";
            });
            return Outcome.STAY;
        }
        if (step == Step.SETUP_PIN) {
            if (store.waves().list().isEmpty()) {
                beginOpenWave(Step.SETUP_WAVE, "Set-up 2 of 2: open the first survey wave");
                return Outcome.STAY;
            }
            return Outcome.LEAVE;
        }
        message = "The " + target.code() + " PIN is set.";
        return backToMenu();
    }

    private Outcome confirmQuit(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && Character.toLowerCase(k.getCharacter()) == 'y') {
            store.audit().record("kiosk", "kiosk.close", "evaluator");
            return Outcome.QUIT;
        }
        return backToMenu();
    }

    private Outcome backToMenu() {
        step = Step.MENU;
        return Outcome.STAY;
    }

    void render(Painter p) {
        switch (step) {
            case PIN -> entrance.render(p);
            case SETUP_PIN -> form.render(p, 3, setupIntro());
            case SETUP_WAVE -> form.render(p, 3, "Participants answer into the open wave. Give it a short code, "
                    + "a label, and the number of staff invited (for the response rate).");
            case OPEN_WAVE, SET_PIN -> form.render(p, 3, null);
            case BACKUP -> form.render(p, 3, "The backup is sealed with a passphrase of 10 or more characters. "
                    + "Keep it apart from the file (not on the same stick): without it the backup cannot be restored.");
            case MENU -> menuScreen(p);
            case SCREEN -> screen.render(p);
            case CLOSE_WAVE -> {
                p.titleBar("Close the open wave", "");
                Optional<Wave> open = store.waves().openWave();
                p.bold(3, "Close wave " + open.map(Wave::code).orElse("?") + "? The kiosk will stop collecting answers.");
                int inProgress = open.map(Wave::inProgress).orElse(0);
                p.paragraph(5, inProgress == 0 ? "No response is in progress."
                        : inProgress + (inProgress == 1 ? " response is" : " responses are") + " in progress: closing"
                        + " marks them abandoned (their answers stay in the export's files, not in the report's"
                        + " figures).", p.lastContentRow());
                p.line(9, "Y close it · any other key keeps it open");
                p.keysLine("Y close · any key cancel");
            }
            case CONFIRM_QUIT -> {
                p.titleBar("Close the kiosk", "");
                p.bold(3, "Close the kiosk program? Y closes it; any other key returns to the menu.");
                if (someoneMidway) {
                    p.paragraph(5, "Someone is part way through the survey at this kiosk: closing ends their response"
                            + " as abandoned (what they answered so far is kept, but not counted as a return).",
                            p.lastContentRow());
                }
                p.keysLine("Y close · any key cancel");
            }
        }
    }

    /** "New" only when it is: a database that holds waves (made on the command line, say) just lacks the PIN. */
    private String setupIntro() {
        int waves = store.waves().list().size();
        String choose = "Choose the PIN that evaluators will use to open waves, read returns and close the kiosk.";
        return waves == 0 ? "Welcome. This kiosk is new: the default RPG outcome questionnaire has been loaded. " + choose
                : "This database holds " + waves + (waves == 1 ? " wave" : " waves") + " but no evaluator PIN yet. " + choose;
    }

    private void menuScreen(Painter p) {
        p.titleBar("Staff menu", role == StaffRole.EVALUATOR ? "Evaluator" : "Facilitator");
        int row = 3;
        if (role == StaffRole.EVALUATOR) {
            String waveAction = store.waves().openWave().map(w -> "Close wave " + w.code()).orElse("Open a wave");
            for (String line : List.of("1  Returns and report", "2  " + waveAction, "3  Set the facilitator PIN",
                    "4  Back up the database now", "5  Record attendance", "6  Export anonymised data", "9  Close the kiosk")) {
                p.line(row++, line);
            }
        } else {
            p.line(row++, "1  Record attendance");
        }
        // A long message (a backup's path) is wrapped under the menu, not cut at 80 columns.
        if (message != null && org.rpgkiosk.text.Cells.width(message) > p.textWidth()) {
            p.paragraph(row + 1, message, p.lastContentRow());
        } else {
            p.notice(message);
        }
        p.helpLine("Number choose · Esc back to the survey");
    }
}
