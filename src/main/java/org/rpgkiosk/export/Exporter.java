package org.rpgkiosk.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.AttendanceRule;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.disclosure.WaveRelease;
import org.rpgkiosk.export.Codebook.Variable;
import org.rpgkiosk.scrub.Labels;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.scrub.Scrubber;
import org.rpgkiosk.store.ExportQueries;
import org.rpgkiosk.store.ExportQueries.ResponseRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * The evaluators' anonymised export: one call, used by the command line and the kiosk's
 * evaluator screen alike. Everything is read in one snapshot and written into a temporary
 * folder that becomes DIR only when complete ({@link OutputFolder}).
 */
public final class Exporter {
    /**
     * Why the folder cannot take an export (a file, not empty), to follow its name: " is not
     * empty; ...". For a form to say beside its field before the export is begun.
     */
    public static java.util.Optional<String> folderProblem(Path out) {
        return OutputFolder.problem(out);
    }

    private Exporter() {}

    public static ExportSummary export(Store store, ExportOptions options) {
        OutputFolder folder = OutputFolder.prepare(options.out());
        try {
            // The release goes with the export or not at all: released, read, written and put in
            // place in one transaction, which a failure anywhere (a wave that is not there, a full
            // disk) rolls back (issue 35).
            Manifest manifest = store.exportQueries().inSnapshot(q -> {
                q.release(options.threshold());
                Manifest m = write(store, q, options, folder);
                folder.commit();
                return m;
            });
            // The waves this export released first: their date detail holds for every later output.
            // k is the research release's: a public export first keeps the research floor for later ones.
            int releaseK = options.profile() == ExportOptions.Profile.RESEARCH ? options.minCellSize()
                    : Threshold.of(Threshold.Use.RESEARCH, null).k();
            manifest.decisions.forEach((wave, dates) -> store.releases().decide(wave, dates, releaseK,
                    java.time.LocalDate.now()));
            return new ExportSummary(folder.target(), manifest.rows, manifest.replacements(), options.minCellSize());
        } catch (UncheckedIOException e) {
            folder.discard();
            throw new UserError("cannot write the export into " + folder.target() + ": "
                    + org.rpgkiosk.fault.IoReason.of(e.getCause()) + "; nothing was written", e);
        } catch (RuntimeException | Error e) {
            folder.discard();
            throw e;
        }
    }

    private static Manifest write(Store store, ExportQueries q, ExportOptions options, OutputFolder folder) {
        Manifest manifest = new Manifest(options, java.time.ZonedDateTime.now());
        Pseudonyms pseudonyms = Pseudonyms.forProfile(q.secretHex(), options.profile().code());
        int k = options.minCellSize();
        // The report's grouping for the same k: the research one, pooled further for a larger k (issue 33:
        // groupings decided afresh at 5 and at 10 need not be nested, and joined they leave small cells).
        CellGrouping roles = CellGrouping.forOutput(q.releasedByRole(), k);
        Scrubber scrubber = new Scrubber(q.peopleNames());
        Labels labels = new Labels(scrubber, pseudonyms);
        List<WaveRef> waves = q.waves(options.waves()).stream()
                .map(w -> new WaveRef(w.id(), w.code(), labels.text(w.label()), w.open())).toList();
        waves.forEach(w -> manifest.waves.add(w.code() + " (" + w.label() + ")"));
        List<StoredQuestionnaire> versions = q.versionIds(waves).stream().map(store.questionnaires()::read).toList();
        versions.forEach(v -> manifest.versions.add(v.questionnaire().name() + " v" + v.versionNo()));
        Codebook codebook = Codebook.of(versions.stream().map(StoredQuestionnaire::questionnaire).toList(),
                waves, k, options.withOpenText());

        List<ResponseRow> responseRows = new ArrayList<>();
        q.responses(waves, responseRows::add);
        Map<Integer, WaveRelease> released = store.releases().decided(waves.stream().map(WaveRef::id).toList());
        for (WaveRelease r : released.values()) {
            r.refusal(options.dates(), k).ifPresent(why -> {
                throw new UserError(why);
            });
        }
        ResponseRelease release = new ResponseRelease(responseRows, waves, roles, k, options.datesAsked(),
                options.includeIncomplete(), released);
        manifest.decisions.putAll(release.decisions());
        manifest.survey = release.notes();
        SurveyFiles survey = new SurveyFiles(versions, waves, codebook.agreementCodes(), release, pseudonyms);
        Writer files = new Writer(folder.temp(), codebook, options.excel(), manifest);
        try (CsvOut answers = files.open(Codebook.ANSWERS); CsvOut responses = files.open(Codebook.RESPONSES);
             CsvOut openText = options.withOpenText() ? files.open(Codebook.OPEN_TEXT) : null) {
            survey.write(q, answers, responses, openText, scrubber, manifest.openText);
        }
        if (options.withOpenText()) SpssSyntax.writeOpenTextCopy(folder.temp());
        List<RegisterMark> marks = q.marks();
        AttendanceRule rule = AttendanceRule.decide(marks, k);
        AttendanceFile attendance = new AttendanceFile(rule, pseudonyms, labels);
        files.csv(Codebook.ATTENDANCE, out -> {
            if (options.withOpenText()) attendance.writeMembers(q, out);
            else attendance.writeGroupMonths(q, out);
        });
        AbsenceFile absences = new AbsenceFile();
        files.csv(Codebook.ABSENCE_REASONS, out -> absences.write(marks, rule, attendance.groupNames(), k, out));
        manifest.attendanceNotes.addAll(rule.describe());
        manifest.attendanceNotes.addAll(absences.notes());
        manifest.labels = labels.tally();
        files.csv(Codebook.CODEBOOK, out -> codebookRows(codebook, out));
        files.text("import.sps", SpssSyntax.of(codebook, options.excel()));
        files.text("import.R", RScript.of(codebook, options.excel()));
        WorkbookFile workbook = new WorkbookFile(WorkbookFile.ROWS_PER_SHEET);
        if (options.workbook()) {
            manifest.rows.forEach((file, n) -> manifest.sheets.addAll(workbook.sheets(file, n)));
            manifest.sheets.add("manifest");
        }
        String manifestText = manifest.text();
        files.text("manifest.txt", manifestText);
        if (options.workbook()) workbook.write(folder.temp(), manifest.rows, codebook, options.excel(), manifestText);
        return manifest;
    }

    private static void codebookRows(Codebook codebook, CsvOut out) {
        for (Variable v : codebook.variables()) {
            String type = v.type().name().toLowerCase();
            if (v.values().isEmpty()) out.row(v.file(), v.name(), type, v.label(), "", "");
            v.values().forEach(x -> out.row(v.file(), v.name(), type, v.label(), x.code(), x.label()));
        }
    }

    /** Writes the files into the temporary folder and counts their rows into the manifest. */
    private record Writer(Path dir, Codebook codebook, boolean excel, Manifest manifest) {
        CsvOut open(String file) {
            List<String> header = file.equals(Codebook.CODEBOOK)
                    ? List.of("file", "variable", "type", "label", "value", "value_label") : codebook.header(file);
            manifest.rows.put(file, 0L);      // in the order opened, whatever order they close in
            return new CsvOut(dir.resolve(file), header, excel, rows -> manifest.rows.put(file, rows));
        }

        void csv(String file, Consumer<CsvOut> body) {
            try (CsvOut out = open(file)) {
                body.accept(out);
            }
        }

        void text(String file, String content) {
            try {
                Files.writeString(dir.resolve(file), content, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
