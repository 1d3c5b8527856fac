package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.export.ExportOptions;
import org.rpgkiosk.export.ExportOptions.Profile;
import org.rpgkiosk.export.ExportSummary;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.TakeExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", header = "Write the anonymised data into a new folder.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Write the anonymised data for evaluators into a new folder: answers.csv,",
                "responses.csv, open_text.csv (research profile only), attendance.csv,",
                "codebook.csv, import.sps, import.R, manifest.txt and, with --xlsx, export.xlsx.",
                "Pseudonyms are keyed, open answers scrubbed of identifiers; only released",
                "responses, roles pooled, dates and versions coarsened so no cell of fewer than",
                "K people is shown (see manifest.txt)."})
public final class ExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "a new or empty folder to create (an existing non-empty one is refused)")
    Path out;

    @Option(names = "--wave", paramLabel = "CODE", split = ",", arity = "1..*",
            description = "export only these waves (--wave y1 y3, --wave y1,y3 or --wave y1 --wave y3; default: every wave)")
    List<String> waves = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "research|public", defaultValue = "research",
            description = "research (default): with scrubbed open answers; public: no open answers, cells of 10 or more")
    String profile;

    @Option(names = "--excel", description = "start each CSV with a byte-order mark and keep text from becoming formulas")
    boolean excel;

    @Option(names = "--xlsx", description = "also export.xlsx: every file as a sheet with typed cells (007 stays text, "
            + "no cell is ever a formula), with the codebook and manifest")
    boolean xlsx;

    @Option(names = "--min-cell", paramLabel = "K",
            description = "k: no cell of fewer than K people (default 5, at least 3; public: default and floor 10)")
    Integer minCell;

    @Option(names = "--dates", paramLabel = "day|week|month",
            description = "the finest dates of submission to give (default: research week, public month); "
                    + "coarsened where a date and role would single out fewer than K")
    String dates;

    @Option(names = "--include-incomplete",
            description = "research only: also the abandoned responses of closed waves (when at least K), counted apart")
    boolean includeIncomplete;

    @Override
    public Integer call() {
        ExportOptions options = new ExportOptions(out, waves, Profile.parse(profile), excel, minCell,
                dates == null ? null : Dates.parse(dates), includeIncomplete, xlsx);
        try (Store store = Commands.root(spec).openExistingStore()) {
            ExportSummary summary = TakeExport.run(store, options, "cli");
            PrintWriter o = spec.commandLine().getOut();
            o.printf("Exported to %s (%s profile, smallest cell %d):%n", summary.folder(), options.profile().code(),
                    summary.minCellSize());
            summary.rows().entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> o.printf("  %-16s %d rows%n", e.getKey(), e.getValue()));
            if (options.withOpenText()) {
                long total = summary.replacements().values().stream().mapToLong(Long::longValue).sum();
                o.printf("Open answers: %d identifier(s) replaced. See manifest.txt for what was done.%n", total);
            }
        }
        return 0;
    }
}
