package org.rpgkiosk.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.rpgkiosk.Main;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.QuestionnaireRepository.LoadResult;
import org.rpgkiosk.store.QuestionnaireRepository.VersionSummary;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "questionnaire", mixinStandardHelpOptions = true,
        description = "Load a questionnaire file and list the versions held.",
        subcommands = {QuestionnaireCommand.Load.class, QuestionnaireCommand.ListVersions.class})
public final class QuestionnaireCommand {

    @Command(name = "load", mixinStandardHelpOptions = true,
            description = {"Check a questionnaire file and store it. A changed file becomes a new version;",
                "responses already given keep theirs. A file with mistakes is refused, naming each line."})
    static final class Load implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "FILE", description = "the questionnaire file, e.g. db/questionnaires/rpg-outcomes.txt")
        Path file;

        @Override
        public Integer call() {
            Questionnaire q = QuestionnaireReader.read(file);
            Main main = Commands.root(spec);
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

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the questionnaires and their versions.")
    static final class ListVersions implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            try (Store store = Commands.root(spec).openStore()) {
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
