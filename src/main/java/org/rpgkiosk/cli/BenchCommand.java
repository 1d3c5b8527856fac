package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.bench.Bench;
import org.rpgkiosk.bench.Figure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", header = "Measure speed against floors timed in the same run.", mixinStandardHelpOptions = true,
        description = {"Measure start-up, keystroke to frame, export, report and demo-data insert, each",
                "as a median over several runs and as a ratio against a floor measured in the",
                "same run (the machine may be shared and noisy: the ratio is the figure to",
                "read). Works on fresh databases in a scratch directory; your data is not",
                "touched. See BENCHMARKS.md."})
public final class BenchCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--answers", paramLabel = "N", description = "answers in the demo data (default ${DEFAULT-VALUE})")
    long answers = 250_000;

    @Option(names = "--runs", paramLabel = "R", description = "runs of each figure (default ${DEFAULT-VALUE})")
    int runs = 3;

    @Option(names = "--quick", description = "a smoke test: 20 000 answers, 1 run, no cold start")
    boolean quick;

    @Option(names = "--no-cold-start", description = "skip the cold-start figures (they need 'script' from util-linux)")
    boolean noColdStart;

    @Option(names = "--only", split = ",", paramLabel = "FIGURE",
            description = "measure only these figures, e.g. --only report (${COMPLETION-CANDIDATES}; default all)")
    Set<Bench.Part> only;

    @Option(names = "--scratch", paramLabel = "DIR", description = "where the scratch databases go (default: a temporary directory)")
    Path scratch;

    @Override
    public Integer call() throws Exception {
        if (quick) {
            answers = Math.min(answers, 20_000);
            runs = 1;
            noColdStart = true;
        }
        Set<Bench.Part> parts = only == null ? EnumSet.allOf(Bench.Part.class) : EnumSet.copyOf(only);
        if (noColdStart) parts.remove(Bench.Part.cold_start);
        if (parts.isEmpty()) throw new UserError("nothing to measure: --only names no figure but cold_start and --no-cold-start skips it");
        if (answers < 1 || runs < 1) throw new UserError("--answers and --runs must be at least 1");
        PrintWriter out = spec.commandLine().getOut();
        Path dir = scratch != null ? Files.createDirectories(scratch).resolve("bench-" + ProcessHandle.current().pid())
                : Files.createTempDirectory("rpg-bench-");
        try {
            List<Figure> figures = new Bench(new Bench.Options(answers, runs, quick ? 1 : 20, parts, dir), out).run();
            out.println();
            out.printf("%d run(s); max heap %d MiB; %d processors%n", runs, Runtime.getRuntime().maxMemory() >> 20,
                    Runtime.getRuntime().availableProcessors());
            table(figures).print(out);
        } finally {
            deleteQuietly(dir);
        }
        return 0;
    }

    static TextTable table(List<Figure> figures) {
        TextTable t = new TextTable("figure", "median", "floor", "floor median", "ratio", "target", "peak MiB", "note");
        for (Figure f : figures) {
            boolean absolute = f.floorSeconds().isEmpty();
            t.row(f.name(), millis(f.median()), absolute ? "-" : f.floorName(), absolute ? "-" : millis(f.floorMedian()),
                    absolute ? "-" : String.format("%.2fx", f.ratio()),
                    Double.isNaN(f.target()) ? "-" : absolute ? millis(f.target()) : String.format("<= %.1fx", f.target()),
                    String.valueOf(f.peakBytes() >> 20), f.note());
        }
        return t;
    }

    private static String millis(double seconds) {
        return seconds >= 1 ? String.format("%.2f s", seconds) : String.format("%.2f ms", seconds * 1e3);
    }

    private static void deleteQuietly(Path dir) {
        try {
            Bench.delete(dir);
        } catch (RuntimeException e) {
            // a scratch directory left in the temporary directory is harmless
        }
    }
}
