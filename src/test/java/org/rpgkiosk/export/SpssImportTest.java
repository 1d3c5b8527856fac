package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.Installed;
import org.junit.jupiter.api.io.TempDir;

/**
 * import.sps run by a real PSPP on an export that was moved after it was written, from a syntax
 * file in a third folder, as an analyst would: {@code INSERT FILE=... CD=YES}. Skipped where
 * pspp is not installed. Its own database (the shared fixture's open answers include one of
 * two lines, with quotes and a comma), so no other test's counts move.
 */
class SpssImportTest {
    @TempDir Path tmp;

    @Test
    void aMovedExportReadsIntoPsppWithLabelsMissingValuesDecimalsAndWholeOpenAnswers() throws Exception {
        assumeTrue(Installed.onPath("pspp"), "pspp is not installed: the SPSS import test is skipped");
        Path data = tmp.resolve("data");
        ExportFixture.build(data);
        Path original = tmp.resolve("first place/x");
        Files.createDirectories(original.getParent());
        Run r = Run.export(data, "--out", original.toString());
        assertEquals(0, r.code(), r.err());
        Path moved = tmp.resolve("moved/x");
        Files.createDirectories(moved.getParent());
        Files.move(original, moved);

        Path runner = Files.createDirectories(tmp.resolve("runner"));
        Path back = runner.resolve("open_text_back.csv");
        Files.writeString(runner.resolve("run.sps"), String.join("\n",
                "INSERT FILE=" + quote(moved.resolve("import.sps")) + " CD=YES.",
                "GET FILE=" + quote(moved.resolve("answers.sav")) + ".",
                "DISPLAY DICTIONARY.",
                "MEANS value BY wave.",
                "GET FILE=" + quote(moved.resolve("open_text.sav")) + ".",
                "SAVE TRANSLATE /OUTFILE=" + quote(back) + " /TYPE=CSV /REPLACE /FIELDNAMES /CELLS=VALUES.",
                ""));
        String output = pspp(runner);

        List<String> lines = output.lines().toList();
        assertAll(
                () -> assertCleanAndOnlyBesideTheScript(output, original, moved, runner),
                () -> assertRoleLabelledWithBlankMissing(lines, output),
                () -> assertMeansWithDecimals(moved, lines, output),
                () -> assertEveryOpenAnswerWhole(moved, back));
    }

    /**
     * An export with unfinished responses (and Excel's byte-order mark and apostrophes): the data
     * sets hold the submitted ones; the one line the header names brings the rest back, whose blank
     * submitted_period FREQUENCIES counts as missing, not as a valid category.
     */
    @Test
    void unfinishedResponsesAreLeftOutUntilTheHeadersOneLineIsChanged() throws Exception {
        assumeTrue(Installed.onPath("pspp"), "pspp is not installed: the SPSS import test is skipped");
        Path data = tmp.resolve("data");
        ExportFixture.build(data);
        Path export = tmp.resolve("x");
        Run r = Run.export(data, "--out", export.toString(), "--include-incomplete", "--excel");
        assertEquals(0, r.code(), r.err());
        List<CSVRecord> responses = csv(export.resolve("responses.csv"));
        long submitted = responses.stream().filter(x -> x.get("status").equals("submitted")).count();
        assertTrue(submitted < responses.size(), "the fixture has unfinished responses");

        Path runner = Files.createDirectories(tmp.resolve("runner"));
        Path back = runner.resolve("responses_back.csv");
        Files.writeString(runner.resolve("run.sps"), String.join("\n",
                "INSERT FILE=" + quote(export.resolve("import.sps")) + " CD=YES.",
                "GET FILE=" + quote(export.resolve("responses.sav")) + ".",
                "FREQUENCIES submitted_period.",
                "SAVE TRANSLATE /OUTFILE=" + quote(back) + " /TYPE=CSV /REPLACE /FIELDNAMES /CELLS=VALUES.",
                ""));
        String output = pspp(runner);
        assertFalse(output.toLowerCase(Locale.ROOT).matches("(?s).*(warning|error).*"), output);
        assertEquals(submitted, csv(back).size());
        assertEquals(csv(export.resolve("open_text.csv")).size(), csv(export.resolve("open_text_spss.csv")).size());

        // Issue 32: --excel's guard apostrophe is taken off again, so the analysis sees what was typed.
        assertTrue(Files.readString(export.resolve("open_text.csv")).contains("'=HYPERLINK("), "guarded in the CSV");
        Path texts = runner.resolve("open_back.csv");
        Files.writeString(runner.resolve("texts.sps"), String.join("\n",
                "INSERT FILE=" + quote(export.resolve("import.sps")) + " CD=YES.",
                "GET FILE=" + quote(export.resolve("open_text.sav")) + ".",
                "SAVE TRANSLATE /OUTFILE=" + quote(texts) + " /TYPE=CSV /REPLACE /FIELDNAMES /CELLS=VALUES.", ""));
        pspp(runner, "texts.sps");
        List<String> read = csv(texts).stream().map(x -> x.get("text").strip()).toList();
        assertTrue(read.contains("=HYPERLINK(\"[url]\")"), read.toString());
        assertTrue(read.stream().noneMatch(t -> t.startsWith("'")), read.toString());

        Path sps = export.resolve("import.sps");
        String all = Files.readString(sps).replace("DEFINE !keep () status = 'submitted' !ENDDEFINE.",
                "DEFINE !keep () 1 !ENDDEFINE.");
        assertTrue(Files.readString(sps).contains("change the next line to:  DEFINE !keep () 1 !ENDDEFINE."));
        Files.writeString(sps, all);
        output = pspp(runner);
        assertFalse(output.toLowerCase(Locale.ROOT).matches("(?s).*(warning|error).*"), output);
        assertEquals(responses.size(), csv(back).size());
        long blank = responses.stream().filter(x -> x.get("submitted_period").isEmpty()).count();
        assertTrue(blank > 0, "unfinished responses, never sent");
        assertTrue(output.lines().anyMatch(l -> l.startsWith("Missing,," + blank + ",")), "blank period missing in\n" + output);
    }

    /** Issue 32: a short variable label in import.sps; the whole text stays in codebook.csv. */
    @Test
    void variableLabelsAreShortTitles() {
        assertEquals("Job role", SpssSyntax.shortLabel("Job role; one grouping for every wave: a role with fewer than 5"));
        assertEquals("Works part time", SpssSyntax.shortLabel("Works part time (blank: withheld where fewer than 5 ...)"));
        assertEquals("Status of the response this row belongs to",
                SpssSyntax.shortLabel("Status of the response this row belongs to: analyse status = submitted"));
        String long90 = "word ".repeat(18).strip();
        String cut = SpssSyntax.shortLabel(long90);
        assertTrue(cut.length() <= SpssSyntax.SHORT_LABEL && cut.endsWith("\u2026") && !cut.contains("wo\u2026"), cut);
        assertEquals("Survey wave", SpssSyntax.shortLabel("Survey wave"));
    }

    /** Runs without pspp too: the copy's escape keeps every answer on one line, and can be undone. */
    @Test
    void lineBreaksAreWrittenBackslashNAndABackslashIsDoubled() {
        assertEquals("a\\\\b\\nc\\nd\\ne \"q\", f", SpssSyntax.escapeLineBreaks("a\\b\r\nc\nd\re \"q\", f"));
        assertEquals(encoded("x\\n\r\ny"), SpssSyntax.escapeLineBreaks("x\\n\r\ny"));
    }

    /** 1. The moved export reads and writes only its own folder, with no warning. */
    private static void assertCleanAndOnlyBesideTheScript(String output, Path original, Path moved, Path runner)
            throws Exception {
        assertFalse(output.toLowerCase(Locale.ROOT).contains("warning"), output);
        assertFalse(output.toLowerCase(Locale.ROOT).contains("error"), output);
        for (String sav : List.of("answers.sav", "responses.sav", "open_text.sav", "attendance.sav", "absence_reasons.sav")) {
            assertTrue(Files.exists(moved.resolve(sav)), sav + " beside the moved import.sps");
        }
        assertFalse(Files.exists(original), "nothing written where the export first was");
        try (Stream<Path> files = Files.list(runner)) {
            assertEquals(List.of("open_text_back.csv", "output.csv", "run.sps"),
                    files.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** 2. DISPLAY DICTIONARY: role's blank is a missing value (PSPP shows it padded), and its labels. */
    private static void assertRoleLabelledWithBlankMissing(List<String> lines, String output) {
        assertTrue(lines.stream().anyMatch(l -> l.matches("role,\\d+,.*,A40,A40,\"\"\" +\"\"\"")), output);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",other,Other role")), output);
        assertTrue(lines.stream().anyMatch(l -> l.endsWith(",1.00,Strongly disagree")), output);   // in value's F4.2
    }

    /** 3. MEANS of value by wave with two decimals, as computed from answers.csv. */
    private static void assertMeansWithDecimals(Path moved, List<String> lines, String output) throws Exception {
        Map<String, double[]> sums = new TreeMap<>();
        for (CSVRecord row : csv(moved.resolve("answers.csv"))) {
            if (row.get("value").isEmpty()) continue;
            double[] s = sums.computeIfAbsent(row.get("wave"), w -> new double[2]);
            s[0] += Integer.parseInt(row.get("value"));
            s[1]++;
        }
        assertEquals(2, sums.size());
        sums.forEach((wave, s) -> {
            String mean = String.format(Locale.ROOT, "%.2f", s[0] / s[1]);
            String row = "[^,]*," + mean.replace(".", "\\.") + "," + (long) s[1] + ",.*";   // the wave by its label
            assertTrue(lines.stream().anyMatch(l -> l.matches(row)), wave + " mean " + mean + " in\n" + output);
        });
    }

    /** 4. Every open answer a case, in order; the one of two lines whole, its line break written \\n. */
    private static void assertEveryOpenAnswerWhole(Path moved, Path back) throws Exception {
        List<CSVRecord> open = csv(moved.resolve("open_text.csv"));
        List<CSVRecord> read = csv(back);
        assertEquals(open.size(), read.size());
        String twoLines = open.stream().map(x -> x.get("text")).filter(t -> t.contains("\n")).findFirst().orElseThrow();
        assertTrue(twoLines.contains("\"quotes\", a comma"), twoLines);
        assertTrue(read.stream().anyMatch(x -> x.get("text").equals(encoded(twoLines))), encoded(twoLines));
        for (int i = 0; i < open.size(); i++) {
            assertEquals(open.get(i).get("response_id"), read.get(i).get("response_id"));
            assertEquals(encoded(open.get(i).get("text")), read.get(i).get("text"));
        }
    }

    private static String encoded(String text) {
        return text.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    private static String pspp(Path runner) throws Exception {
        return pspp(runner, "run.sps");
    }

    private static String pspp(Path runner, String script) throws Exception {
        Path log = runner.resolve("output.csv");
        Process p = new ProcessBuilder("pspp", "-O", "format=csv", "-o", log.toString(), script)
                .directory(runner.toFile()).redirectErrorStream(true).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pspp did not finish");
        return printed + Files.readString(log, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in).getRecords();
        }
    }

    private static String quote(Path path) {
        return "'" + path.toString().replace("'", "''") + "'";
    }

}
