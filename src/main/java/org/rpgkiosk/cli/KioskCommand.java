package org.rpgkiosk.cli;

import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.IOException;
import java.util.UUID;
import java.util.concurrent.Callable;

import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.survey.SurveyState.Timing;
import org.rpgkiosk.tasks.DefaultQuestionnaire;
import org.rpgkiosk.tui.KioskApp;
import org.rpgkiosk.tui.PreviewApp;
import org.rpgkiosk.tui.StartingScreen;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "kiosk", header = "Run the participant kiosk on this terminal.", mixinStandardHelpOptions = true,
        description = {"Run the participant kiosk on this terminal (the default when no command is",
                "given). F12 (or Ctrl-C) opens the staff entrance; only the evaluator can close",
                "the kiosk. On an empty database it loads the default questionnaire and asks for",
                "the evaluator PIN and a first wave."})
public final class KioskCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--idle-seconds", paramLabel = "S", description = "untouched time before \"Still there?\" (default 90)")
    long idleSeconds = 90;

    @Option(names = "--countdown-seconds", paramLabel = "S",
            description = "how long \"Still there?\" counts down before the screen is wiped (default 30)")
    long countdownSeconds = 30;

    @Option(names = "--preview", description = "walk the questionnaire as a participant sees it, marked PREVIEW, "
            + "storing nothing (the open wave's questionnaire, else the latest loaded, else the default); F12 ends it")
    boolean preview;

    @Override
    public Integer call() throws IOException {
        return runKiosk(Commands.root(spec));
    }

    /** Durations a kiosk can be used with: a clear within 5 s or after a day is no kiosk (issue 35). */
    static final long LONGEST_IDLE = 24 * 60 * 60;
    static final long LONGEST_COUNTDOWN = 60 * 60;

    public int runKiosk(RootCommand main) {
        if (idleSeconds < 5 || idleSeconds > LONGEST_IDLE) {
            throw new UserError("--idle-seconds takes 5 to " + LONGEST_IDLE + " (24 hours), not " + idleSeconds);
        }
        if (countdownSeconds < 1 || countdownSeconds > LONGEST_COUNTDOWN) {
            throw new UserError("--countdown-seconds takes 1 to " + LONGEST_COUNTDOWN + " (an hour), not " + countdownSeconds);
        }
        if (System.console() == null) {
            throw new UserError("the kiosk needs a terminal to draw on, and this was started without one "
                    + "(piped, or under a scheduler); run ./run.sh in a terminal window");
        }
        // A plain start (./run.sh) has the starting frame up already: RootCommand.main drew it first.
        KioskTerminal early = main.takeEarlyTerminal();
        try (KioskTerminal kiosk = early != null ? early : KioskTerminal.open()) {
            if (early == null) StartingScreen.draw(kiosk.screen());
            // Closing it (stopping the screen) comes before the root command prints a fault such as "in use", on the normal screen.
            openThenRun(kiosk.screen(), main);
        } catch (IOException e) {
            throw new UserError("the terminal failed: " + e.getMessage(), e);
        }
        return 0;
    }

    /**
     * Opens the database behind the starting frame, already drawn: a person sees the welcome's
     * frame at once instead of a blank terminal while H2 opens and migrates (a second or more).
     */
    private void openThenRun(TerminalScreen screen, RootCommand main) throws IOException {
        if (preview) {
            Questionnaire q;
            try (Store store = main.openStore()) {
                q = previewed(store);
            }
            if (!StartingScreen.discardKeys(screen)) return;
            // No store while it runs: nothing typed in a preview can be written anywhere.
            new PreviewApp(screen, q, new Timing(idleSeconds * 1000, countdownSeconds * 1000, 5_000),
                    System::currentTimeMillis).run();
            return;
        }
        try (Store store = main.openStoreReadWhole()) {   // not one answer into a damaged file
            loadDefaultQuestionnaireIfNone(store);
            if (!StartingScreen.discardKeys(screen)) return;   // the terminal went away meanwhile
            Timing timing = new Timing(idleSeconds * 1000, countdownSeconds * 1000, 5_000);
            new KioskApp(screen, store, timing, System::currentTimeMillis, UUID::randomUUID, new PinHasher(),
                    main.dataDir().resolve("backups")).run();
        }
    }

    /** What a participant would answer now: the open wave's questionnaire, else the latest loaded, else the default. */
    static Questionnaire previewed(Store store) {
        return current(store).map(StoredQuestionnaire::questionnaire)
                .orElseGet(DefaultQuestionnaire::read);
    }

    /** The open wave's questionnaire, else the current version of the first loaded; empty when none is. */
    static java.util.Optional<StoredQuestionnaire> current(Store store) {
        return store.waves().openWave().flatMap(w -> store.questionnaires().latest(w.questionnaireId()))
                .or(() -> store.questionnaires().names().stream().findFirst()
                        .flatMap(n -> store.questionnaires().idOf(n)).flatMap(id -> store.questionnaires().latest(id)));
    }

    static void loadDefaultQuestionnaireIfNone(Store store) {
        DefaultQuestionnaire.loadIfNone(store, "kiosk", "first run");
    }
}
