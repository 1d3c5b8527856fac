package org.rpgkiosk.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.report.CsvReport;
import org.rpgkiosk.report.HtmlReport;
import org.rpgkiosk.report.Report;
import org.rpgkiosk.report.TextReport;
import org.rpgkiosk.store.Partials;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "report", header = "Print or write the outcome report.", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"The outcome report: findings first; per statement and wave n, mean, SD, 95%% CI,",
                "%% agreeing and the answers' distribution; the change between two waves",
                "(Mann-Whitney U, exact p for small waves or heavy ties, Welch's t, effect",
                "sizes, marked where Holm-adjusted p < 0.05); block scales, Cronbach's alpha;",
                "response rates; attendance per group and month, role and facilitator kind;",
                "absence reasons. Only released responses count (an open wave's in steps of K),",
                "no figure rests on fewer than K answers, and roles are pooled the same way in",
                "every table and export. Differences are --wave minus --compare."})
public final class ReportCommand implements Callable<Integer> {
    enum Format { text, csv, html }

    @Spec CommandSpec spec;

    @Option(names = "--wave", paramLabel = "A",
            description = "report on this wave (default: every wave; the latest is compared)")
    String wave;

    @Option(names = "--compare", paramLabel = "B",
            description = "compare with this wave (default: the wave before A, when there is one)")
    String compare;

    @Option(names = "--by", paramLabel = "role", description = "break every figure down by job role")
    String by;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (tables and charts, 80 columns), csv, or html (one self-contained page); default ${DEFAULT-VALUE}")
    Format format;

    @Option(names = "--out", paramLabel = "FILE",
            description = "write to FILE instead of standard output; with --format csv a DIRECTORY, one TABLE.csv per table")
    Path out;

    @Option(names = "--table", paramLabel = "TABLE", defaultValue = CsvReport.STATEMENTS,
            description = "with --format csv to standard output, which table (default ${DEFAULT-VALUE}; also comparisons, "
                    + "distributions, respondents_by_role, response_rates, attendance_by_group_month, attendance_by_role, attendance_by_facilitator_kind, absence_reasons)")
    String table;

    @Option(names = "--min-cell", paramLabel = "K",
            description = "k: no figure rests on fewer than K answers, and roles under K in any wave are pooled into "
                    + "'other' (default " + Threshold.REPORT_DEFAULT + ", at least " + Threshold.RESEARCH_FLOOR + ")")
    Integer minCell;

    @Override
    public Integer call() {
        if (by != null && !by.equals("role")) throw new UserError("--by takes 'role' (the only breakdown there is)");
        if (!CsvReport.NAMES.contains(table)) {
            throw new UserError("no table '" + table + "'; --table takes one of " + String.join(", ", CsvReport.NAMES));
        }
        Threshold threshold = Threshold.of(Threshold.Use.REPORT, minCell);
        try (Store store = Commands.root(spec).openExistingStore()) {
            // Released, read, built and written in one transaction: a refusal or an output that
            // cannot be written releases nothing (issue 35).
            store.reports().readReleasing(threshold, data -> {
                Report report = Report.build(data, new Report.Options(Optional.ofNullable(wave),
                        Optional.ofNullable(compare), by != null, threshold.k()));
                switch (format) {
                    case text -> emit(TextReport.render(report));
                    case html -> emit(HtmlReport.render(report));
                    case csv -> writeCsv(report);
                }
                return report;
            });
        }
        return 0;
    }

    private void writeCsv(Report report) {
        if (out == null) {
            emit(CsvReport.table(report, table).toCsv());
            return;
        }
        boolean made = !Files.exists(out);
        Path dir = OutputFile.directory(out);
        List<Path> written = new ArrayList<>();
        try {
            for (CsvReport.Table t : CsvReport.tables(report)) {
                Path file = dir.resolve(t.name() + ".csv");
                OutputFile.write(file, t.toCsv());
                written.add(file);
            }
        } catch (RuntimeException e) {
            // All the tables or none: a folder with half of them would pass for the report.
            written.forEach(Partials::deleteTree);
            if (made) Partials.deleteTree(dir);
            throw e;
        }
        spec.commandLine().getOut().println("Wrote " + CsvReport.NAMES.size() + " tables to " + dir + ".");
    }

    private void emit(String text) {
        if (out == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        } else {
            OutputFile.write(out, text);
        }
    }
}
