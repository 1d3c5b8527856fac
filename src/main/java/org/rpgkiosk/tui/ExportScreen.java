package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.export.ExportOptions;
import org.rpgkiosk.export.ExportSummary;
import org.rpgkiosk.export.Exporter;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.TakeExport;

/**
 * The evaluator's export: where to and which profile, then the same task ({@link TakeExport}) as the
 * command line. A refusal (an existing folder, a bad profile) is shown and the form stays, so
 * nothing half-done is left and the kiosk carries on.
 */
final class ExportScreen implements StaffScreen {
    private static final Logger LOG = Logger.getLogger(ExportScreen.class.getName());

    private final Store store;
    private final Form form;
    private List<String> done;
    /** Asked for and not yet run: the next frame says so, then {@link #work} runs it. */
    private ExportOptions waiting;

    ExportScreen(Store store, Path exportsDir) {
        this.store = store;
        String name = "export-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss"));
        this.form = new Form("Export anonymised data", new Form.Field("Output folder", false, 300),
                new Form.Field("Research or public", false, 8), new Form.Field("Excel workbook too", false, 3))
                .set(0, exportsDir.resolve(name).toString()).set(1, ExportOptions.Profile.RESEARCH.code()).set(2, "yes");
    }

    @Override
    public boolean key(KeyStroke k) {
        if (done != null) return false;
        Form.Result r = form.key(k);
        if (r == Form.Result.CANCELLED) return false;
        if (r == Form.Result.SUBMITTED) ask();
        return true;
    }

    private void ask() {
        Map<Integer, String> wrong = new java.util.TreeMap<>();
        try {
            Exporter.folderProblem(Path.of(form.value(0))).ifPresent(why -> wrong.put(0, "this folder" + why));
        } catch (java.nio.file.InvalidPathException e) {
            wrong.put(0, "not a folder name this computer takes");
        }
        try {
            ExportOptions.Profile.parse(form.value(1));
        } catch (UserError e) {
            wrong.put(1, "research or public");
        }
        try {
            yes(form.value(2));
        } catch (UserError e) {
            wrong.put(2, "yes or no");
        }
        if (form.refuse(wrong)) return;
        try {
            var options = new ExportOptions(Path.of(form.value(0)), List.of(), ExportOptions.Profile.parse(form.value(1)),
                    false, null);
            waiting = yes(form.value(2)) ? options.withWorkbook() : options;
        } catch (UserError e) {
            form.retry("Not exported: " + e.getMessage());
        }
    }

    @Override
    public boolean workWaiting() {
        return waiting != null;
    }

    @Override
    public void work() {
        var options = waiting;
        waiting = null;
        try {
            ExportSummary summary = TakeExport.run(store, options, "kiosk");
            done = describe(summary, options.profile());
        } catch (UserError e) {
            form.retry("Not exported: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "export failed", e);
            form.retry("Not exported: " + e.getMessage() + " (details in the log file)");
        }
    }

    private static boolean yes(String answer) {
        String a = answer.trim().toLowerCase(java.util.Locale.ROOT);
        if (a.equals("yes") || a.equals("y")) return true;
        if (a.equals("no") || a.equals("n")) return false;
        throw new UserError("answer yes or no for the Excel workbook");
    }

    private static List<String> describe(ExportSummary s, ExportOptions.Profile profile) {
        List<String> lines = new ArrayList<>();
        lines.add("Exported to " + s.folder());
        lines.add(profile.code() + " profile, smallest cell " + s.minCellSize() + ":");
        s.rows().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> lines.add(String.format("  %-16s %d rows", e.getKey(), e.getValue())));
        if (s.rows().getOrDefault("answers.csv", 0L) == 0) {
            // An empty file is not a fault: say why, so nobody goes looking for lost answers.
            lines.add("No answers in it: no wave has yet released " + s.minCellSize() + " or more submitted responses"
                    + " (a wave is released in steps of " + s.minCellSize() + ", and whole when it closes).");
        }
        if (Files.exists(s.folder().resolve("export.xlsx"))) {
            lines.add("  export.xlsx      the same, as sheets");
        }
        long replaced = s.replacements().values().stream().mapToLong(Long::longValue).sum();
        if (profile == ExportOptions.Profile.RESEARCH) {
            lines.add("Open answers: " + replaced + " identifier(s) replaced. See manifest.txt.");
        }
        return lines;
    }

    @Override
    public void render(Painter p) {
        if (waiting != null) {
            p.titleBar("Export anonymised data", "");
            p.bold(3, "Exporting to " + waiting.out() + "...");
            p.line(5, "A large survey takes up to a minute. The files appear only once they are all written.");
            p.keysLine("Please wait");
            return;
        }
        if (done == null) {
            form.render(p, 3, "Anonymised CSV files with a codebook and R/SPSS import scripts, and an Excel "
                    + "workbook of the same if you say yes. The research profile includes scrubbed open answers; "
                    + "the public profile leaves them out.");
            return;
        }
        p.titleBar("Export done", "");
        int row = 2;
        for (String line : done) {
            if (row > p.lastContentRow()) break;
            row = p.paragraph(row, line, p.lastContentRow());   // a long folder path wraps, never cut with "..."
        }
        p.keysLine("Any key back to the menu");
    }
}
