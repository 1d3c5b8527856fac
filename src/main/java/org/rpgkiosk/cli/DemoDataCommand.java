package org.rpgkiosk.cli;

import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.demo.DemoData;
import org.rpgkiosk.demo.DemoSurvey;
import org.rpgkiosk.store.DemoDataWriter;
import org.rpgkiosk.store.DemoDataWriter.Held;
import org.rpgkiosk.store.DemoDataWriter.Summary;
import org.rpgkiosk.store.StoredQuestionnaire;

import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WholeReplacement;
import org.rpgkiosk.tasks.DefaultQuestionnaire;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "demo-data", header = "Fill a database with clearly fake data.", mixinStandardHelpOptions = true,
        description = {"Fill a database with realistic, clearly fake data: a roster of 12 groups, a",
                "year of monthly sessions, two survey waves (y1 \"+1 year\" closed, y3 \"+3",
                "years\" open) and N responses. The same seed gives the same data. It loads the",
                "default questionnaire if none is loaded. It refuses a database that already",
                "holds responses, waves or groups unless --force, which replaces them",
                "(questionnaires, PINs and the audit log are kept)."})
public final class DemoDataCommand implements Callable<Integer> {
    static final int MAX_RESPONSES = 10_000_000;

    @Spec CommandSpec spec;

    @Option(names = "--responses", paramLabel = "N",
            description = "how many survey responses (default ${DEFAULT-VALUE}, about the evaluation's two waves)")
    int responses = DemoSurvey.EVALUATION_RESPONSES;

    @Option(names = "--seed", paramLabel = "S", description = "the random seed (default ${DEFAULT-VALUE})")
    long seed = 1;

    @Option(names = "--force", description = "replace the roster, sessions, waves and responses already held")
    boolean force;

    @Override
    public Integer call() {
        if (responses < 0 || responses > MAX_RESPONSES) {
            throw new UserError("--responses must be from 0 to " + MAX_RESPONSES);
        }
        long began = System.nanoTime();
        RootCommand main = Commands.root(spec);
        boolean replace;
        try (Store store = main.openStore()) {
            Held held = store.demoData().held();
            refuseUnlessForced(held);
            // Replacing what an embedded file holds is done on a copy renamed into place, so a
            // kill part way leaves the old data whole (issue 35); otherwise it is written in place.
            replace = !held.empty() && store.url().isH2File();
            if (!replace) return store.alone(() -> fill(store, held, began));
        }
        return WholeReplacement.run(main.databaseUrl(), next -> next.alone(() -> fill(next, next.demoData().held(), began)));
    }

    private void refuseUnlessForced(Held held) {
        if (!held.empty() && !force) {
            throw new UserError(String.format("this database already holds %d submitted responses (%d in all), "
                    + "%d waves and %d groups; demo-data would replace them. Use a fresh --data-dir, "
                    + "or add --force to replace them", held.submitted(), held.responses(), held.waves(), held.groups()));
        }
    }

    private int fill(Store store, Held held, long began) {
        DemoDataWriter writer = store.demoData();
        DefaultQuestionnaire.loadIfNone(store, "cli", "demo-data");
        StoredQuestionnaire q = writer.questionnaire();
        DemoData data = DemoData.generate(seed, responses, q.questionnaire());
        Summary s = writer.write(data, q);
        store.audit().record("cli", "demo-data", "seed " + seed + ", " + responses + " responses"
                + (held.empty() ? "" : ", replacing " + held.responses() + " responses and " + held.groups() + " groups"));
        var out = spec.commandLine().getOut();
        out.printf("Demo data (seed %d) on questionnaire %s version %d:%n", seed, q.questionnaire().name(), q.versionNo());
        out.printf("  roster:     %d groups, %d members%n", s.groups(), s.members());
        out.printf("  attendance: %d sessions, %d marks, %d present (%.0f%%)%n", s.sessions(), s.marks(), s.present(),
                s.marks() == 0 ? 0.0 : 100.0 * s.present() / s.marks());
        out.printf("  survey:     %d waves (%d and %d invited), %d responses "
                        + "(%d submitted, %d in progress, %d abandoned), %d answers%n",
                s.waves(), data.survey().invited(DemoSurvey.Y1), data.survey().invited(DemoSurvey.Y3),
                s.submitted() + s.inProgress() + s.abandoned(), s.submitted(), s.inProgress(),
                s.abandoned(), s.answers());
        out.printf("  took %.1f s%n", (System.nanoTime() - began) / 1e9);
        return 0;
    }
}
