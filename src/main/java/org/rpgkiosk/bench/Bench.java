package org.rpgkiosk.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.demo.DemoData;
import org.rpgkiosk.demo.DemoSurvey.DemoResponse;
import org.rpgkiosk.export.ExportOptions;
import org.rpgkiosk.export.ExportOptions.Profile;
import org.rpgkiosk.export.Exporter;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.report.Report;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.BenchFloors;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * The benchmark: every figure beside a floor timed in the same run, runs alternating between
 * the two so that a burst of load elsewhere on the machine falls on both. Works in a scratch
 * directory of its own on fresh H2 databases; the user's data is never touched.
 */
public final class Bench {
    /** The figures, in the order they are measured; lower case, as they are typed after --only. */
    public enum Part { insert, export, workbook, report, keystroke, roster, cold_start }

    /** Sizes and repetitions; {@code keyResponses} whole responses are typed per run. */
    public record Options(long answers, int runs, int keyResponses, Set<Part> parts, Path scratch) {}

    private final Options options;
    private final PrintWriter log;

    public Bench(Options options, PrintWriter log) {
        this.options = options;
        this.log = log;
    }

    public List<Figure> run() throws Exception {
        List<Figure> figures = new ArrayList<>();
        Path scratch = options.scratch();
        Store store = null;
        Set<Part> parts = options.parts();
        try {
            if (parts.contains(Part.insert)) {
                store = insert(scratch, figures);
            } else if (parts.contains(Part.export) || parts.contains(Part.workbook) || parts.contains(Part.report)
                    || parts.contains(Part.keystroke)) {
                store = demoData(scratch.resolve("demo"));
            }
            if (parts.contains(Part.export)) figures.add(export(store, scratch, false));
            if (parts.contains(Part.workbook)) figures.add(export(store, scratch, true));
            if (parts.contains(Part.report)) figures.add(report(store));
            if (parts.contains(Part.keystroke)) figures.addAll(keystrokes(store, scratch));
            if (parts.contains(Part.roster)) figures.add(roster(scratch));
            if (store != null) store.close();
            store = null;
            if (parts.contains(Part.cold_start)) {
                figures.addAll(coldStart(scratch));
            } else {
                log.println("cold start: skipped");
            }
        } finally {
            if (store != null) store.close();
        }
        return figures;
    }

    // demo-data insert ----------------------------------------------------------------------

    private Store insert(Path scratch, List<Figure> out) throws Exception {
        int responses = responsesFor(options.answers());
        PairedRuns runs = new PairedRuns();
        long answers = 0;
        Store kept = null;
        for (int run = 0; run < options.runs(); run++) {
            Path floorDir = scratch.resolve("insert-floor-" + run);
            double floor;
            try (Store s = Store.open(DatabaseUrl.defaultFor(floorDir))) {
                StoredQuestionnaire q = s.demoData().questionnaire();
                s.demoData().write(DemoData.generate(1, 0, q.questionnaire()), q);   // roster and waves only
                Iterator<DemoResponse> rows = DemoData.generate(1, responses, q.questionnaire()).survey().iterator();
                long[] n = {0};
                floor = runs.floor(() -> n[0] = new BenchFloors(s).rawInsert(rows, q));
                answers = n[0];
            }
            delete(floorDir);
            if (kept != null) {
                kept.close();
                delete(scratch.resolve("insert-" + (run - 1)));
            }
            Store s = Store.open(DatabaseUrl.defaultFor(scratch.resolve("insert-" + run)));
            kept = s;
            StoredQuestionnaire q = s.demoData().questionnaire();
            double ours = runs.ours(() -> s.demoData().write(DemoData.generate(1, responses, q.questionnaire()), q));
            log.printf("insert run %d: %.2f s (raw JDBC %.2f s)%n", run + 1, ours, floor);
            log.flush();
        }
        out.add(runs.figure(String.format("demo-data insert (%,d answers)", answers), "raw JDBC batch insert", 1.5,
                responses + " responses"));
        return kept;
    }

    // roster import ---------------------------------------------------------------------------

    /** Rows of the roster figure: an organisation's HR list (issue 32 measured 10 000 at 72-88 s). */
    static final int ROSTER_ROWS = 10_000;

    /**
     * {@code roster import} as the command does it after start-up, on a fresh database holding
     * the questionnaire: the CSV text parsed, then imported in one transaction; beside it, the
     * same rows written by hand-written JDBC batches. The note gives an unchanged file's re-import.
     */
    private Figure roster(Path scratch) throws Exception {
        List<String[]> rows = new ArrayList<>();
        StringBuilder csv = new StringBuilder(String.join(",", RosterParser.HEADER)).append('\n');
        for (int i = 0; i < ROSTER_ROWS; i++) {
            String[] r = {"Group " + (i / 25), "Member " + i, i % 7 == 0 ? "senior_social_worker" : "social_worker",
                    i % 5 == 0 ? "yes" : "no", "social workers", "internal"};
            rows.add(r);
            csv.append(String.join(",", r)).append('\n');
        }
        LocalDate day = LocalDate.now();
        PairedRuns runs = new PairedRuns();
        List<Double> again = new ArrayList<>();
        for (int run = 0; run < options.runs(); run++) {
            Path floorDir = scratch.resolve("roster-floor-" + run);
            try (Store s = Store.open(DatabaseUrl.defaultFor(floorDir))) {
                runs.floor(() -> new BenchFloors(s).rawRoster(rows, day));
            }
            delete(floorDir);
            Path dir = scratch.resolve("roster-" + run);
            try (Store s = Store.open(DatabaseUrl.defaultFor(dir))) {
                s.demoData().questionnaire();   // loads the default questionnaire: the roles
                Map<String, String> roles = new LinkedHashMap<>();
                s.roster().roles().forEach(r -> roles.put(r.code(), r.label()));
                String text = csv.toString();
                double ours = runs.ours(() -> s.roster().importRoster(RosterParser.parse("bench.csv", text, roles), day));
                double unchanged = PairedRuns.timed(() -> s.roster().importRoster(RosterParser.parse("bench.csv", text, roles), day),
                        null, null);
                again.add(unchanged);
                log.printf("roster run %d: %.2f s, unchanged again %.2f s%n", run + 1, ours, unchanged);
                log.flush();
            }
            delete(dir);
        }
        return runs.figure(String.format("roster import (%,d rows)", ROSTER_ROWS), "raw JDBC batch insert", 3.0,
                String.format("unchanged file again %.2f s", Figure.percentile(again, 50)));
    }

    /** The demo data the other figures read, written once and not timed (when insert is not measured). */
    private Store demoData(Path dir) {
        Store s = Store.open(DatabaseUrl.defaultFor(dir));
        StoredQuestionnaire q = s.demoData().questionnaire();
        s.demoData().write(DemoData.generate(1, responsesFor(options.answers()), q.questionnaire()), q);
        log.println("demo data written (not timed)");
        log.flush();
        return s;
    }

    /** How many demo responses give about this many answers (measured on a sample). */
    private static int responsesFor(long answers) {
        var q = QuestionnaireReader.readShipped();
        long sample = 0;
        Iterator<DemoResponse> it = DemoData.generate(1, 2000, q).survey().iterator();
        while (it.hasNext()) sample += it.next().answers().size();
        return (int) Math.max(1, Math.round(answers / (sample / 2000.0)));
    }

    // export ---------------------------------------------------------------------------------

    /** The workbook re-reads every CSV and writes it again as zipped XML; see BENCHMARKS.md. */
    private static final double WORKBOOK_TARGET = 4.0;

    /** @param workbook with export.xlsx (--xlsx): the same floor, for what the workbook adds */
    private Figure export(Store store, Path scratch, boolean workbook) throws Exception {
        PairedRuns runs = new PairedRuns();
        for (int run = 0; run < options.runs(); run++) {
            Path csv = scratch.resolve("csvwrite-" + run + ".csv");
            double floor = runs.floor(() -> new BenchFloors(store).csvWrite(csv));
            Files.deleteIfExists(csv);
            Path out = scratch.resolve("export-" + run);
            ExportOptions options = new ExportOptions(out, List.of(), Profile.RESEARCH, false, null);
            double ours = runs.ours(() -> Exporter.export(store, workbook ? options.withWorkbook() : options));
            long bytes = workbook ? Files.size(out.resolve("export.xlsx")) : 0;
            delete(out);
            log.printf("export%s run %d: %.2f s (CSVWRITE %.2f s)%s%n", workbook ? " --xlsx" : "", run + 1, ours, floor,
                    workbook ? String.format(", export.xlsx %.1f MB", bytes / 1e6) : "");
            log.flush();
        }
        return workbook ? runs.figure("export --xlsx (CSVs + workbook)", "H2 CSVWRITE of the answer rows",
                WORKBOOK_TARGET, "") : runs.figure("export", "H2 CSVWRITE of the answer rows", 1.0, "");
    }

    // report ---------------------------------------------------------------------------------

    private Figure report(Store store) throws Exception {
        PairedRuns runs = new PairedRuns();
        for (int run = 0; run < options.runs(); run++) {
            double floor = runs.floor(() -> new BenchFloors(store).plainGroupBy());
            double ours = runs.ours(() -> Report.build(store.reports().read(), Report.Options.defaults()));
            log.printf("report run %d: %.3f s (plain GROUP BY %.3f s)%n", run + 1, ours, floor);
            log.flush();
        }
        return runs.figure("report", "plain GROUP BY over answer", 1.5, "");
    }

    // keystroke -> frame ---------------------------------------------------------------------

    private List<Figure> keystrokes(Store store, Path scratch) throws Exception {
        PinHasher hasher = new PinHasher(1_000);
        store.pins().save(StaffRole.EVALUATOR, hasher.hash("24680"));
        store.pins().save(StaffRole.FACILITATOR, hasher.hash("13579"));
        Keystrokes.type(store, scratch.resolve("backups"), 2);   // warm-up, not counted
        long[] peak = {0};
        List<Keystrokes.Times> times = new ArrayList<>();
        PairedRuns.timed(() -> times.add(Keystrokes.type(store, scratch.resolve("backups"),
                options.keyResponses() * options.runs())), peak, null);
        // The kiosk commits a key's writes before it draws (issue 15), so the first frame after
        // a key already stands for an answer on disk: that is the headline figure.
        List<Double> toFrame = times.get(0).toFrame();
        List<Double> commits = new BenchFloors(store).bareCommits(toFrame.size());
        List<Figure> figures = new ArrayList<>(List.of(
                new Figure("keystroke -> frame, its writes committed, 80x24 (median)", toFrame, "", List.of(), 0.002,
                        peak[0], String.format("p99 %.2f ms (target 10 ms), max %.2f ms, %d keys", millis(toFrame, 99),
                                millis(toFrame, 100), toFrame.size())),
                new Figure("floor: a bare commit (one-row UPDATE)", commits, "", List.of(), Double.NaN, 0,
                        String.format("p99 %.2f ms, max %.2f ms, %d commits; a key that answers pays at least this",
                                millis(commits, 99), millis(commits, 100), commits.size()))));
        figures.add(paste(store, scratch, 4_000, "paste 4 000 chars -> frame", 0.2, "4000 of 4000 characters"));
        figures.add(paste(store, scratch, 100_000, "paste 100 000 chars -> frame (cut, notice)", 1.0,
                "the rest was not added"));
        return figures;
    }

    /** A paste into an open answer, all its keys waiting at once, to the frame that shows it. */
    private Figure paste(Store store, Path scratch, int length, String name, double target, String mustShow)
            throws Exception {
        int responses = 5 * options.runs();
        Keystrokes.paste(store, scratch.resolve("backups"), length, 1, mustShow);   // warm-up, not counted
        long[] peak = {0};
        List<Keystrokes.Paste> pastes = new ArrayList<>();
        PairedRuns.timed(() -> pastes.add(Keystrokes.paste(store, scratch.resolve("backups"), length, responses,
                mustShow)), peak, null);
        Keystrokes.Paste p = pastes.get(0);
        return new Figure(name, p.toFrame(), "", List.of(), target, peak[0], String.format(
                "max %.2f ms, %d pastes, at most %d frame(s) each", millis(p.toFrame(), 100), p.toFrame().size(),
                p.frames().stream().mapToInt(Integer::intValue).max().orElse(0)));
    }

    private static double millis(List<Double> seconds, double percentile) {
        return Figure.percentile(seconds, percentile) * 1e3;
    }

    // cold start -----------------------------------------------------------------------------

    /**
     * Plain {@code java}, then with the options run.sh gives the kiosk (RPG_KIOSK_JVM_OPTS, set by
     * run.sh: the class-data archive and the quick compiler), each against a hello-world started
     * with the same options.
     */
    private List<Figure> coldStart(Path scratch) throws Exception {
        Path dataDir = scratch.resolve("kiosk");
        try (Store s = Store.open(DatabaseUrl.defaultFor(dataDir))) {
            StoredQuestionnaire q = s.demoData().questionnaire();
            PinHasher hasher = new PinHasher(1_000);
            s.pins().save(StaffRole.EVALUATOR, hasher.hash("24680"));
            s.pins().save(StaffRole.FACILITATOR, hasher.hash("13579"));
            int qid = s.questionnaires().idOf(q.questionnaire().name()).orElseThrow();
            s.waves().open("y1", "+1 year", 100, qid, LocalDate.now());
        }
        List<Figure> figures = new ArrayList<>(coldStart(dataDir, "plain java", List.of()));
        String runSh = System.getenv().getOrDefault("RPG_KIOSK_JVM_OPTS", "").trim();
        if (!runSh.isEmpty()) {
            figures.addAll(coldStart(dataDir, "run.sh options", List.of(runSh.split("\\s+"))));
        }
        return figures;
    }

    private List<Figure> coldStart(Path dataDir, String label, List<String> jvmOptions) throws Exception {
        log.println("cold start, " + label + ": " + (jvmOptions.isEmpty() ? "(no options)" : String.join(" ", jvmOptions)));
        ColdStart cold = new ColdStart(jvmOptions);
        cold.hello();
        cold.kioskFirstFrame(dataDir);   // warm the file cache, not counted
        List<Double> hello = new ArrayList<>();
        List<Double> database = new ArrayList<>();
        List<Double> frame = new ArrayList<>();
        long helloPeak = 0;
        long databasePeak = 0;
        long framePeak = 0;
        for (int run = 0; run < options.runs(); run++) {
            ColdStart.Sample h = cold.hello();
            ColdStart.Sample d = cold.database(dataDir);
            ColdStart.Sample f = cold.kioskFirstFrame(dataDir);
            hello.add(h.seconds());
            database.add(d.seconds());
            frame.add(f.seconds());
            helloPeak = Math.max(helloPeak, h.peakBytes());
            databasePeak = Math.max(databasePeak, d.peakBytes());
            framePeak = Math.max(framePeak, f.peakBytes());
            log.printf("  run %d: hello %.3f s, database ready %.3f s, first frame %.3f s%n",
                    run + 1, h.seconds(), d.seconds(), f.seconds());
            log.flush();
        }
        String rss = "peak RSS of the child JVM";
        return List.of(
                new Figure("cold start (" + label + "): hello-world", hello, "-", List.of(), Double.NaN, helloPeak, rss),
                new Figure("cold start (" + label + ") -> kiosk first frame", frame, "hello-world", hello, 5, framePeak, rss),
                new Figure("cold start (" + label + ") -> database ready", database, "hello-world", hello, 12, databasePeak, rss));
    }

    // helpers --------------------------------------------------------------------------------

    /** Deletes a directory and all in it. */
    public static void delete(Path dir) {
        if (!Files.exists(dir)) return;
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
