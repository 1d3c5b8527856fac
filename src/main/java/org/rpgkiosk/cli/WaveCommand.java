package org.rpgkiosk.cli;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.questionnaire.Placeholders;
import org.rpgkiosk.scrub.Labels;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WaveRepository.Wave;
import org.rpgkiosk.tasks.CloseWave;
import org.rpgkiosk.tasks.OpenWave;
import org.rpgkiosk.tasks.WaveRefused;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "wave", header = "Open, close and list survey waves.", mixinStandardHelpOptions = true,
        description = {"Open and close survey waves and watch their returns. One wave is open at a",
                "time."},
        subcommands = {WaveCommand.Open.class, WaveCommand.Close.class, WaveCommand.ListWaves.class,
            WaveCommand.Invited.class})
public final class WaveCommand {

    @Command(name = "open", header = "Open a wave for the kiosk to collect into.", mixinStandardHelpOptions = true,
            description = {"Open a wave for the kiosk to collect into (or reopen a closed one)."})
    static final class Open implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "CODE", description = "a short code, e.g. y1 or y3 (letters, digits, _ . -)")
        String code;

        @Option(names = "--label", paramLabel = "TEXT", description = "what evaluators call it, e.g. \"+1 year\" (needed for a new wave; a reopened one keeps its own)")
        String label;

        @Option(names = "--invited", paramLabel = "N", description = "how many staff were invited, for the response rate (needed for a new wave; a reopened one keeps its own)")
        Integer invited;

        @Option(names = "--questionnaire", paramLabel = "NAME",
                description = "which questionnaire (needed only when more than one is loaded)")
        String questionnaire;

        @Option(names = "--accept-placeholders",
                description = "open it although the questionnaire still has statements marked (placeholder)")
        boolean acceptPlaceholders;

        @Override
        public Integer call() {
            // Checked before the store opens: a refusal of what was typed leaves no data directory behind.
            try {
                OpenWave.Request request = new OpenWave.Request(code, label, invited, questionnaire, acceptPlaceholders);
                OpenWave.checked(request);
                try (Store store = Commands.root(spec).openStore()) {
                    OpenWave.Opened opened = OpenWave.run(store, request, "cli", LocalDate.now());
                    Wave w = opened.wave();
                    spec.commandLine().getOut().printf("Wave %s (%s) is open on questionnaire %s, %d invited.%n",
                            w.code(), w.label(), w.questionnaire(), w.invited());
                }
            } catch (WaveRefused e) {
                throw new UserError(inOptions(e));
            }
            return 0;
        }
    }

    /** A wave refusal in this command line's words: its options named. */
    static String inOptions(WaveRefused e) {
        String said = e.getMessage();
        return switch (e.problem()) {
            case BAD_CODE, UNKNOWN_QUESTIONNAIRE -> said;
            case NO_LABEL -> "--label is empty: give the wave a label, e.g. --label \"+1 year\"";
            case LABEL_TOO_LONG -> said.replaceFirst("^the label", "--label");
            case NEGATIVE_INVITED -> "--invited cannot be negative";
            case NEEDS_LABEL_AND_INVITED -> "a new wave needs --label and --invited";
            case NO_QUESTIONNAIRE -> "load a questionnaire first: ./run.sh questionnaire load db/questionnaires/rpg-outcomes.txt";
            case SEVERAL_QUESTIONNAIRES -> said.replace("say which one the wave uses", "say which with --questionnaire NAME");
            case PLACEHOLDERS -> said + ": write their wording in the file and load it again, or open the wave"
                    + " with --accept-placeholders";
            case ANOTHER_OPEN -> said + " (./run.sh wave close " + e.wave() + ")";
            case NO_SUCH_WAVE -> said + " (see ./run.sh wave list)";
        };
    }

    @Command(name = "close", header = "Close a wave: the kiosk stops collecting.", mixinStandardHelpOptions = true, description = "Close a wave: the kiosk stops collecting.")
    static final class Close implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "CODE") String code;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openExistingStore()) {
                Wave w;
                try {
                    w = CloseWave.run(store, code, "cli", LocalDate.now());
                } catch (WaveRefused e) {
                    throw new UserError(inOptions(e));
                }
                spec.commandLine().getOut().printf("Wave %s is closed: %d submitted of %d invited.%n",
                        w.code(), w.submitted(), w.invited());
            }
            return 0;
        }
    }

    @Command(name = "invited", header = "Correct how many staff a wave invited.", mixinStandardHelpOptions = true, description = "Correct how many staff a wave invited.")
    static final class Invited implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CODE") String code;

        @Parameters(index = "1", paramLabel = "N") int invited;

        @Override
        public Integer call() {
            if (invited < 0) throw new UserError("the number invited cannot be negative");
            try (Store store = Commands.root(spec).openExistingStore()) {
                if (store.waves().find(code).isEmpty()) {
                    throw new UserError(inOptions(new WaveRefused(WaveRefused.Problem.NO_SUCH_WAVE,
                            "there is no wave '" + code + "'", code)));
                }
                Wave w = store.waves().setInvited(code, invited);
                store.audit().record("cli", "wave.invited", w.code() + " " + invited);
                spec.commandLine().getOut().printf("Wave %s: %d invited.%n", w.code(), w.invited());
            }
            return 0;
        }
    }

    /**
     * What to type for a first wave, as it will be taken: the questionnaire is loaded first, and
     * the placeholders a loaded one still marks are accepted out loud.
     */
    static String firstWave(Store store) {
        List<String> names = store.questionnaires().names();
        if (names.isEmpty()) {
            return "No waves yet, and no questionnaire loaded. Load one first:\n"
                    + "  ./run.sh questionnaire load db/questionnaires/rpg-outcomes.txt";
        }
        boolean placeholders = names.stream().flatMap(n -> store.questionnaires().idOf(n).stream())
                .flatMap(id -> store.questionnaires().latest(id).stream())
                .anyMatch(v -> Placeholders.question(v.questionnaire()).isPresent());
        return "No waves yet. Open one with:\n  ./run.sh wave open y1 --label \"+1 year\" --invited 210"
                + (names.size() > 1 ? " --questionnaire " + names.get(0) : "")
                + (placeholders ? " --accept-placeholders\n(its questionnaire still marks placeholder statements:"
                        + " ./run.sh questionnaire show names them)" : "");
    }

    @Command(name = "list", header = "List the waves with their returns.", mixinStandardHelpOptions = true,
            description = "List the waves with their returns and response rates.")
    static final class ListWaves implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openExistingStore()) {
                List<Wave> waves = store.waves().list();
                if (waves.isEmpty()) {
                    spec.commandLine().getOut().println(firstWave(store));
                    return 0;
                }
                TextTable table = new TextTable("CODE", "LABEL", "STATUS", "INVITED", "SUBMITTED", "RATE",
                        "IN PROGRESS", "ABANDONED", "OPENED", "CLOSED", "QUESTIONNAIRE");
                Labels labels = store.labels();   // as every report shows it: this list is on a shared screen too
                for (Wave w : waves) {
                    table.row(w.code(), labels.text(w.label()), w.open() ? "open" : "closed", w.invited(), w.submitted(),
                            w.responseRate().map(r -> String.format("%.0f%%", 100 * r)).orElse("-"),
                            w.inProgress(), w.abandoned(), w.openedOn(), w.closedOn(), w.questionnaire());
                }
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }
    }

}
