package org.rpgkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.questionnaire.QuestionnaireText;
import org.rpgkiosk.store.QuestionnaireRepository.LoadResult;
import org.rpgkiosk.store.QuestionnaireRepository.VersionSummary;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.tasks.DefaultQuestionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", header = "Load, list and show questionnaires.", mixinStandardHelpOptions = true,
        description = {"Load a questionnaire file, list the versions held, show one as participants see",
                "it."},
        subcommands = {QuestionnaireCommand.Load.class, QuestionnaireCommand.ListVersions.class,
            QuestionnaireCommand.Show.class})
public final class QuestionnaireCommand {

    @Command(name = "load", header = "Check a questionnaire file and store it.", mixinStandardHelpOptions = true,
            description = {"Check a questionnaire file and store it. A changed file becomes a new version;",
                    "responses already given keep theirs. A file with mistakes is refused, naming",
                    "each line."})
    static final class Load implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the questionnaire file, e.g. db/questionnaires/rpg-outcomes.txt")
        Path file;

        @Override
        public Integer call() {
            Questionnaire q = QuestionnaireReader.read(file);
            RootCommand main = Commands.root(spec);
            try (Store store = main.openStore()) {
                LoadResult result = store.questionnaires().load(q, file.getFileName().toString());
                if (result.created()) {
                    store.audit().record("cli", "questionnaire.load", q.name() + " v" + result.versionNo());
                }
                spec.commandLine().getOut().printf("%s %s version %d: %d blocks, %d statements, %d open questions, %d roles%n",
                        result.created() ? "Loaded" : "Unchanged:", q.name(), result.versionNo(), q.blocks().size(),
                        q.agreementItems().size(), q.openItems().size(), q.roles().size());
            }
            return 0;
        }
    }

    @Command(name = "show", header = "Print a questionnaire as participants meet it.", mixinStandardHelpOptions = true,
            description = {"Print a questionnaire as participants will meet it: information and consent,",
                    "roles, each part's statements with the scale, the open questions. NAME is a",
                    "loaded questionnaire (its current version) or a file; default: the open wave's,",
                    "else the latest loaded, else the default file."})
    static final class Show implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "NAME", arity = "0..1", description = "a loaded questionnaire's name, or a file")
        String name;

        @Override
        public Integer call() {
            if (name != null && java.nio.file.Files.isRegularFile(Path.of(name))) {
                spec.commandLine().getOut().print(QuestionnaireText.render(QuestionnaireReader.read(Path.of(name)),
                        "file " + Path.of(name).getFileName()));
                return 0;
            }
            try (Store store = Commands.root(spec).openStore()) {
                StoredQuestionnaire q;
                if (name == null) {
                    q = KioskCommand.current(store).orElse(null);
                } else {
                    q = store.questionnaires().idOf(name).flatMap(id -> store.questionnaires().latest(id))
                            .orElseThrow(() -> new UserError("there is no questionnaire '" + name + "' (loaded: "
                                    + String.join(", ", store.questionnaires().names()) + "), nor a file of that name"));
                }
                spec.commandLine().getOut().print(q == null
                        ? QuestionnaireText.render(DefaultQuestionnaire.read(),
                                "the default file (none loaded yet)")
                        : QuestionnaireText.render(q.questionnaire(), "version " + q.versionNo()));
            }
            return 0;
        }
    }

    @Command(name = "list", header = "List the questionnaires and their versions.", mixinStandardHelpOptions = true, description = "List the questionnaires and their versions.")
    static final class ListVersions implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openExistingStore()) {
                var versions = store.questionnaires().list();
                if (versions.isEmpty()) {
                    spec.commandLine().getOut().println("No questionnaire loaded yet. Load the default with:");
                    spec.commandLine().getOut().println("  ./run.sh questionnaire load db/questionnaires/rpg-outcomes.txt");
                    return 0;
                }
                TextTable table = new TextTable("NAME", "VERSION", "BLOCKS", "STATEMENTS", "OPEN", "LOADED", "FILE", "TITLE");
                for (VersionSummary v : versions) {
                    table.row(v.name(), v.versionNo() + (v.latest() ? " (current)" : ""), v.blocks(), v.statements(),
                            v.openQuestions(), v.loadedAt().withNano(0).toString().replace('T', ' '), v.sourceFile(), v.title());
                }
                table.print(spec.commandLine().getOut());
            }
            return 0;
        }
    }
}
