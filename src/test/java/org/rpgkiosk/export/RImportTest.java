package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.Installed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * import.R run by a real R (skipped where there is none): found from wherever it is sourced,
 * every row in a C locale, labels that survive subsetting, and the report's figures.
 */
class RImportTest {
    /** Planted in this class's own database, so the shared fixture's counts stay as they are. */
    static final String NON_ASCII = "Zo\u00eb's caf\u00e9 \u2014 tr\u00e8s bien, \u65e5\u672c\u8a9e";
    static final String MULTI_LINE = "First line\nsecond line\n\nfourth, after a blank one";
    /** Guarded with an apostrophe in an --excel export; R must read back what was typed. */
    static final String FORMULA = "'=1+1 and more";

    @TempDir static Path root;
    static Path data;
    static Path export;
    static Path report;

    @BeforeAll
    static void build() throws Exception {
        assumeTrue(Installed.onPath("Rscript"), "no Rscript: R import not tested");
        data = root.resolve("data");
        ExportFixture fixture = ExportFixture.build(data);
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            StoredQuestionnaire q = store.questionnaires().latest(store.questionnaires().idOf("rpg-outcomes").orElseThrow()).orElseThrow();
            Item open = q.questionnaire().openItems().get(0);
            plant(store, fixture, q, open, "y1-sw-1", NON_ASCII);
            plant(store, fixture, q, open, "y1-sw-3", MULTI_LINE);
            plant(store, fixture, q, q.questionnaire().openItems().get(1), "y1-sw-1", FORMULA);
        }
        report = root.resolve("report");
        assertEquals(0, org.rpgkiosk.Run.in(data, "report", "--format", "csv", "--out", report.toString()).code());
        export = root.resolve("exports/a");
        Run r = Run.export(data, "--out", export.toString());
        assertEquals(0, r.code(), r.err());
    }

    private static void plant(Store store, ExportFixture f, StoredQuestionnaire q, Item open, String key, String text) {
        store.dsl().insertInto(ANSWER).set(ANSWER.RESPONSE_ID, f.responses.get(key)).set(ANSWER.WAVE_ID,
                        store.dsl().select(org.rpgkiosk.store.generated.Tables.RESPONSE.WAVE_ID)
                                .from(org.rpgkiosk.store.generated.Tables.RESPONSE)
                                .where(org.rpgkiosk.store.generated.Tables.RESPONSE.ID.eq(f.responses.get(key))).fetchOne().value1())
                .set(ANSWER.ROLE_CODE, f.roles.get(key)).set(ANSWER.ITEM_ID, q.itemId(open.code()))
                .set(ANSWER.ANSWER_TEXT, text).set(ANSWER.SUBMITTED, true).execute();
    }

    /**
     * An analyst who follows the report's notes gets its figures from the export in R: the means
     * and Mann-Whitney p, after leaving out, as the report does, the few who answered part of a
     * block where they would otherwise be given away (the rule written here in R from its words).
     */
    @Test
    void anAnalysisScriptElsewhereGetsTheReportsMeansAndMannWhitneyP() throws Exception {
        Path scripts = Files.createDirectories(root.resolve("scripts"));
        Files.writeString(scripts.resolve("analysis.R"), String.join("\n",
                "source(" + RScript.quote(export.resolve("import.R").toString()) + ")",
                "d <- rpg_import()",
                "k <- 5",
                "a0 <- d$answers",
                "keep <- rep(TRUE, nrow(a0))",
                "left <- 0",
                "for (w in unique(a0$wave)) for (b in unique(a0$block)) {",
                "  sel <- a0$wave == w & a0$block == b",
                "  sub <- a0[sel, ]",
                "  items <- unique(a0$item_code[a0$block == b])",
                "  gone <- c()",
                "  repeat {",
                "    live <- sub[!(sub$response_id %in% gone), ]",
                "    answered <- tapply(!is.na(live$value), live$response_id, sum)",
                "    scored <- names(answered)[answered > 0 & 2 * answered >= length(items)]",
                "    more <- c()",
                "    for (it in items) {",
                "      r <- live[live$item_code == it, ]",
                "      gap <- as.character(r$response_id[(!is.na(r$value)) != (as.character(r$response_id) %in% scored)])",
                "      if (length(gap) > 0 && length(gap) < k) more <- union(more, gap)",
                "    }",
                "    if (all(more %in% gone)) break",
                "    gone <- union(gone, more)",
                "  }",
                "  left <- left + length(gone)",
                "  keep[sel & as.character(a0$response_id) %in% gone] <- FALSE",
                "}",
                "cat(\"LEFT\", left, \"\\n\")",
                "a <- a0[keep & !is.na(a0$value), ]",
                "m <- aggregate(value ~ item_code + wave, data = a, FUN = mean)",
                "for (i in seq_len(nrow(m))) cat(\"MEAN\", m$item_code[i], m$wave[i], sprintf(\"%.17g\", m$value[i]), \"\\n\")",
                "for (item in unique(a$item_code)) {",
                "  s <- a[a$item_code == item, ]",
                "  w <- wilcox.test(s$value[s$wave == \"y1\"], s$value[s$wave == \"y3\"], exact = FALSE)",
                "  cat(\"PVAL\", item, sprintf(\"%.17g\", w$p.value), \"\\n\")",
                "}", ""));
        Map<String, String> out = lines(r(root, Map.of(), "-e", "source(\"scripts/analysis.R\")"));
        assertTrue(Integer.parseInt(out.get("LEFT")) > 0, "the fixture has blocks with a few left out: " + out);
        int compared = 0;
        for (CSVRecord s : csv(report.resolve("statements.csv"))) {
            if (!s.get("role").equals("all") || s.get("mean").isEmpty()) continue;
            String mean = out.get("MEAN " + s.get("item_code") + " " + s.get("wave"));
            assertTrue(mean != null, "no mean for " + s.get("item_code") + " " + s.get("wave") + ": " + out);
            assertEquals(Double.parseDouble(s.get("mean")), Double.parseDouble(mean), 1e-12, s.toString());
            compared++;
        }
        assertTrue(compared >= 17, "means compared: " + compared);
        int tested = 0;
        for (CSVRecord c : csv(report.resolve("comparisons.csv"))) {
            if (!c.get("role").equals("all") || c.get("mw_p").isEmpty()) continue;
            assertEquals(Double.parseDouble(c.get("mw_p")), Double.parseDouble(out.get("PVAL " + c.get("item_code"))), 1e-10,
                    c.toString());
            tested++;
        }
        assertTrue(tested >= 3, "Mann-Whitney p compared: " + tested);
    }

    @Test
    void sourcedInsideAFunctionOrRunByRscriptFromElsewhereItReadsItsOwnFolder() throws Exception {
        int responses = ExportedFiles.read(export).get("responses.csv").rows().size();
        Path elsewhere = Files.createDirectories(root.resolve("elsewhere"));
        Map<String, String> inFunction = lines(r(elsewhere, Map.of(), "-e",
                "f <- function() { source(" + RScript.quote(export.resolve("import.R").toString()) + ", local = TRUE);"
                        + " rpg_import()$responses }; cat(\"N\", nrow(f()), \"\\n\")"));
        assertEquals("" + responses, inFunction.get("N"));
        Map<String, String> chdir = lines(r(root, Map.of(), "-e",
                "source(\"exports/a/import.R\", chdir = TRUE); cat(\"N\", nrow(rpg_import()$responses), \"\\n\")"));
        assertEquals("" + responses, chdir.get("N"));
        String run = r(elsewhere, Map.of(), export.resolve("import.R").toString());
        assertTrue(run.contains("rpg_import: read " + export.toRealPath()), run);
        assertTrue(run.contains("responses " + responses), run);
    }

    @Test
    void besideAnotherExportEachReadsItsOwn() throws Exception {
        Path b = root.resolve("exports/b");
        assertEquals(0, Run.export(data, "--out", b.toString(), "--wave", "y1").code());
        int inA = ExportedFiles.read(export).get("responses.csv").rows().size();
        int inB = ExportedFiles.read(b).get("responses.csv").rows().size();
        assertNotEquals(inA, inB);
        String count = "cat(\"N\", nrow(rpg_import()$responses), \"\\n\")";
        assertEquals("" + inA, lines(r(b, Map.of(), "-e", "source(\"../a/import.R\"); " + count)).get("N"));
        assertEquals("" + inB, lines(r(export, Map.of(), "-e", "source(\"../b/import.R\"); " + count)).get("N"));
    }

    /**
     * The session locales of the evaluator's finding: C, and Latin-1 as a Windows or older Linux R
     * has it (where the machine has one: .ci/run makes en_GB.ISO-8859-1 with localedef).
     */
    @ParameterizedTest(name = "LC_ALL={0}")
    @ValueSource(strings = {"C", "en_GB.ISO-8859-1"})
    void inANonUtf8LocaleEveryOpenAnswerLoadsWithItsCharactersAndLineBreaks(String locale) throws Exception {
        if (!locale.equals("C")) {
            String ctype = lines(r(root, Map.of("LC_ALL", locale, "LANG", locale), "-e",
                    "cat(\"CTYPE\", Sys.getlocale(\"LC_CTYPE\"), \"\\n\")")).get("CTYPE");
            assumeTrue(locale.equals(ctype), "no " + locale + " locale on this machine (localedef -i en_GB -f ISO-8859-1 "
                    + locale + " makes one): R read in C only");
        }
        int rows = ExportedFiles.read(export).get("open_text.csv").rows().size();
        Map<String, String> out = lines(r(root, Map.of("LC_ALL", locale, "LANG", locale), "-e", String.join("; ",
                "source(" + RScript.quote(export.resolve("import.R").toString()) + ")",
                "t <- rpg_import()$open_text$text",
                "cat(\"N\", length(t), \"\\n\")",
                "cat(\"NON_ASCII\", sum(t == " + RScript.quote(NON_ASCII) + "), \"\\n\")",
                "cat(\"MULTI_LINE\", sum(t == \"" + MULTI_LINE.replace("\n", "\\n") + "\"), \"\\n\")",
                "cat(\"CRLF\", sum(grepl(\"Line one\\nLine two\", t, fixed = TRUE)), \"\\n\")")));
        assertEquals("" + rows, out.get("N"));
        assertEquals("1", out.get("NON_ASCII"));
        assertEquals("1", out.get("MULTI_LINE"));
        assertEquals("1", out.get("CRLF"), "R reads a line break typed as CR LF as LF, as it reads every text file");
    }

    @Test
    void aSubsetKeepsItsLabelsAndNothingIsMasked() throws Exception {
        Map<String, String> out = lines(r(root, Map.of(), "-e", String.join("; ",
                "before <- ls()",
                "source(" + RScript.quote(export.resolve("import.R").toString()) + ")",
                "cat(\"DEFINED\", setdiff(ls(), c(before, \"before\")), \"\\n\")",
                "d <- rpg_import()",
                "s <- d$answers[d$answers$wave == \"y1\", ]",
                "cat(\"FACTOR\", is.factor(s$value_label), \"\\n\")",
                "cat(\"LEVELS\", paste(levels(s$value_label), collapse = \"|\"), \"\\n\")",
                "cat(\"AGREE\", sum(s$value_label == \"Agree\", na.rm = TRUE) == sum(s$value == 3, na.rm = TRUE), \"\\n\")",
                "cat(\"ROLE\", levels(droplevels(s$role_label))[1] != \"\", all(!is.na(s$role_label[!is.na(s$role)])), \"\\n\")",
                "cat(\"MASKS\", exists(\"as_factor\"), exists(\"print_labels\"), exists(\"labelled\"), \"\\n\")")));
        assertEquals("rpg_import", out.get("DEFINED"));
        assertEquals("TRUE", out.get("FACTOR"));
        assertEquals("Strongly disagree|Disagree|Agree|Agree strongly", out.get("LEVELS"));
        assertEquals("TRUE", out.get("AGREE"));
        assertEquals("TRUE TRUE", out.get("ROLE"));
        assertEquals("FALSE FALSE FALSE", out.get("MASKS"));
    }

    @Test
    void submittedResponsesByDefaultAndEveryRowOnRequest() throws Exception {
        Path c = root.resolve("exports/c");
        assertEquals(0, Run.export(data, "--out", c.toString(), "--include-incomplete").code());
        Map<String, ExportedFiles.Table> t = ExportedFiles.read(c);
        ExportedFiles.Table responses = t.get("responses.csv");
        List<String> submitted = responses.where("status", "submitted").stream().map(r -> responses.cell(r, "response_id")).toList();
        ExportedFiles.Table answers = t.get("answers.csv");
        long submittedAnswers = answers.column("response_id").stream().filter(submitted::contains).count();
        assertNotEquals(submitted.size(), responses.rows().size(), "the fixture has unfinished responses");
        String count = "cat(\"N\", nrow(d$responses), nrow(d$answers), \"\\n\")";
        assertEquals(submitted.size() + " " + submittedAnswers,
                lines(r(c, Map.of(), "-e", "source(\"import.R\"); d <- rpg_import(); " + count)).get("N"));
        assertEquals(responses.rows().size() + " " + answers.rows().size(), lines(r(c, Map.of(), "-e",
                "source(\"import.R\"); d <- rpg_import(include_unfinished = TRUE); " + count)).get("N"));
    }

    /** Issue 32's frictions, read with R: a public export holds no open_text.csv; --excel's guard is taken off. */
    @Test
    void aPublicExportIsReadAsItIsAndAnExcelExportLosesItsGuardApostrophes() throws Exception {
        Path pub = root.resolve("exports/public");
        assertEquals(0, Run.export(data, "--out", pub.toString(), "--profile", "public").code());
        String out = r(pub, Map.of(), "-e", "source(\"import.R\"); d <- rpg_import(); cat(\"N\", nrow(d$responses), \"\\n\")");
        assertTrue(lines(out).containsKey("N"), out);
        Files.delete(pub.resolve("absence_reasons.csv"));   // a file an export may leave out: read what is there
        out = r(pub, Map.of(), "-e", "source(\"import.R\"); d <- rpg_import(); cat(\"N\", nrow(d$responses), \"\\n\")");
        assertTrue(out.contains("not in this export, so not read: absence_reasons.csv"), out);
        assertTrue(lines(out).containsKey("N"), out);

        Path excel = root.resolve("exports/excel");
        assertEquals(0, Run.export(data, "--out", excel.toString(), "--excel").code());
        assertTrue(Files.readString(excel.resolve("open_text.csv")).contains("\"''=1+1 and more\"")
                || Files.readString(excel.resolve("open_text.csv")).contains("''=1+1 and more"), "guarded in the file");
        String read = r(excel, Map.of(), "-e", "source(\"import.R\"); d <- rpg_import(); "
                + "cat(\"F\", d$open_text$text[grepl(\"1\\\\+1\", d$open_text$text)], \"\\n\")");
        assertEquals(FORMULA, lines(read).get("F"), read);
        String plainRead = r(export, Map.of(), "-e", "source(\"import.R\"); d <- rpg_import(); "
                + "cat(\"F\", d$open_text$text[grepl(\"1\\\\+1\", d$open_text$text)], \"\\n\")");
        assertEquals(FORMULA, lines(plainRead).get("F"), "without --excel nothing is taken off: " + plainRead);
    }

    /** Rscript ARGS in dir; its output, standard error too, asserted to have succeeded. */
    private static String r(Path dir, Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("Rscript", "--vanilla"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "Rscript timed out");
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    /** "KEY rest" lines: KEY -> rest, except "MEAN item wave value": "MEAN item wave" -> value. */
    private static Map<String, String> lines(String out) {
        Map<String, String> m = new HashMap<>();
        for (String line : out.split("\n")) {
            String t = line.strip();
            int last = t.lastIndexOf(' ');
            if (!t.matches("[A-Z_]+ .*")) continue;
            if (t.startsWith("MEAN ") || t.startsWith("COUNT ") || t.startsWith("PVAL ")) m.put(t.substring(0, last), t.substring(last + 1));
            else m.put(t.substring(0, t.indexOf(' ')), t.substring(t.indexOf(' ') + 1));
        }
        return m;
    }

    private static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
        }
    }

}
