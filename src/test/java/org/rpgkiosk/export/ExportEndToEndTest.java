package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.export.Run.listing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.export.ExportedFiles.Table;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** The export command on a small database, its files read back by Python's csv module. */
class ExportEndToEndTest {
    static final List<String> SCRIPTS = List.of("import.R", "import.sps", "manifest.txt");

    /** One database for the whole class: exports only read it (and add to its audit log). */
    @TempDir static Path shared;
    static Path data;
    static ExportFixture fixture;
    static Pseudonyms pseudonyms;

    @TempDir Path dir;

    @BeforeAll
    static void build() {
        data = shared.resolve("data");
        fixture = ExportFixture.build(data);
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            pseudonyms = Pseudonyms.fromHex(store.exportQueries().secretHex());
        }
    }

    private Run run(String... args) {
        return Run.export(data, args);
    }

    private Map<String, Table> export(String... args) throws Exception {
        Run r = run(args);
        assertEquals(0, r.code(), r.err());
        return ExportedFiles.read(dir.resolve("x"));
    }

    private String response(String key) {
        return pseudonyms.response(fixture.responses.get(key));
    }

    @Test
    void researchExportHasEveryFileWithTheIssuesColumns() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString());
        assertEquals(Set.of("answers.csv", "responses.csv", "open_text.csv", "attendance.csv", "absence_reasons.csv",
                "codebook.csv", "import.R", "import.sps", "open_text_spss.csv", "manifest.txt"), listing(dir.resolve("x")));
        assertEquals(List.of("response_id", "wave", "role", "status", "block", "item_code", "value"), t.get("answers.csv").header());
        assertEquals(List.of("response_id", "wave", "questionnaire_version", "role", "status", "submitted_period"),
                t.get("responses.csv").header().subList(0, 6));
        assertEquals(23, t.get("responses.csv").header().size(), "6 fixed columns and 17 statements");
        assertEquals("skills_reflect", t.get("responses.csv").header().get(6));
        assertEquals(List.of("response_id", "wave", "role", "status", "item_code", "text", "draft", "review"),
                t.get("open_text.csv").header());
        assertEquals(List.of("session_id", "group", "level", "facilitator_kind", "month", "member", "role", "part_time",
                "status"), t.get("attendance.csv").header());
        assertEquals(List.of("group", "reason", "apologies", "absent"), t.get("absence_reasons.csv").header());
        assertEquals(List.of("file", "variable", "type", "label", "value", "value_label"), t.get("codebook.csv").header());
        t.values().forEach(table -> assertFalse(table.bom()));

        assertEquals(fixture.releasedAnswers, t.get("answers.csv").rows().size());
        assertEquals(fixture.releasedResponses, t.get("responses.csv").rows().size());
        assertEquals(30, fixture.releasedResponses, "the 2 held back and the 6 unfinished are not in it");
        assertEquals(fixture.releasedOpenAnswers, t.get("open_text.csv").rows().size());
        assertEquals(fixture.attendanceRows - 4, t.get("attendance.csv").rows().size(), "group B, 4 members, left out");
        String manifest = Files.readString(dir.resolve("x/manifest.txt"));
        assertTrue(manifest.contains("answers.csv      " + fixture.releasedAnswers + "\n"), manifest);
        assertTrue(manifest.contains("  open_text_spss.csv: open_text.csv for import.sps"), manifest);
        assertTrue(manifest.contains("submitted, not yet released (left out): 2\n"), manifest);
        assertTrue(manifest.contains("unfinished responses: 0 included, 6 left out\n"), manifest);
        assertTrue(manifest.lines().anyMatch(l -> l.matches("exported: \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d [+-]\\d\\d:\\d\\d \\(.+\\)")),
                "the time with its zone: " + manifest);
        for (String file : new String[] {"answers.csv", "open_text.csv"}) {
            assertEquals(Set.of("submitted"), new HashSet<>(t.get(file).column("status")), file + ": submitted only by default");
        }
        assertTrue(Set.of("", "0", "1").containsAll(t.get("attendance.csv").column("part_time")), "part_time is 0/1");
    }

    @Test
    void answersAndResponsesCarryTheSameValuesUnderPseudonymsNotInSubmissionOrder() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString());
        Table answers = t.get("answers.csv");
        Table responses = t.get("responses.csv");
        assertTrue(answers.column("value").stream().allMatch(v -> v.matches("[1-4]?")));
        assertTrue(answers.column("value").contains(""), "a skipped statement is an empty value");
        assertTrue(responses.column("response_id").stream().allMatch(id -> id.matches("r_[0-9a-f]{16}")));
        assertEquals(new HashSet<>(responses.column("response_id")), new HashSet<>(answers.column("response_id")));

        UUID id = fixture.responses.get("y1-sw-3");
        List<String> row = responses.where("response_id", pseudonyms.response(id)).get(0);
        List<String> expected = fixture.points.get(id).stream().map(p -> p == null ? "" : p.toString()).toList();
        assertEquals(expected, row.subList(6, 23));
        assertEquals(List.of("y1", "1", "other", "submitted"), row.subList(1, 5), "social workers are under 5 in y3");
        assertEquals("2023-01", responses.cell(row, "submitted_period"),
                "y1's weeks hold 2 and 3 of other: the whole wave is given by month");
        List<List<String>> itsAnswers = answers.where("response_id", pseudonyms.response(id));
        assertEquals(17, itsAnswers.size());
        assertEquals(List.of("skills", "skills_reflect", expected.get(0)), List.of(answers.cell(itsAnswers.get(0), "block"),
                answers.cell(itsAnswers.get(0), "item_code"), answers.cell(itsAnswers.get(0), "value")));

        assertTrue(responses.where("response_id", response("y1-sw-abandoned-0")).isEmpty(), "unfinished: not by default");
        List<String> keys = new ArrayList<>(fixture.responses.keySet());
        List<Integer> order = responses.column("response_id").stream().map(p -> keys.stream()
                .filter(k -> response(k).equals(p)).findFirst().map(keys::indexOf).orElseThrow()).toList();
        assertNotEquals(order.stream().sorted().toList(), order, "rows must not come in submission order");

        Map<String, Table> unfinishedToo = exportAgain("--include-incomplete");
        Table withUnfinished = unfinishedToo.get("responses.csv");
        Table open = unfinishedToo.get("open_text.csv");
        Table longAnswers = unfinishedToo.get("answers.csv");
        Map<String, String> statusOf = new java.util.HashMap<>();
        for (List<String> r : withUnfinished.rows()) statusOf.put(withUnfinished.cell(r, "response_id"), withUnfinished.cell(r, "status"));
        for (Table file : List.of(longAnswers, open)) {
            for (List<String> r : file.rows()) {
                assertEquals(statusOf.get(file.cell(r, "response_id")), file.cell(r, "status"), "each row says its response's status");
            }
        }
        assertTrue(longAnswers.column("status").contains("abandoned"), "the unfinished rows can be told apart");
        List<List<String>> draft = open.where("response_id", response("y1-sw-abandoned-0"));
        assertEquals(List.of(List.of(ExportFixture.DRAFT, "1")), draft.stream()
                .map(r -> List.of(open.cell(r, "text"), open.cell(r, "draft"))).toList(), "kept as typed, flagged");
        assertEquals(Set.of("0"), open.rows().stream().filter(r -> !draft.contains(r)).map(r -> open.cell(r, "draft"))
                .collect(java.util.stream.Collectors.toSet()), "every other answer was finished");
        assertTrue(t.get("open_text.csv").where("response_id", response("y1-sw-abandoned-0")).isEmpty(),
                "by default no unfinished response, nor its draft");
        List<String> abandoned = withUnfinished.where("response_id", response("y1-sw-abandoned-0")).get(0);
        assertEquals(List.of("other", "abandoned", ""), abandoned.subList(3, 6), "5 abandoned in closed y1: at least k");
        assertEquals("", abandoned.get(22), "not reached");
        assertTrue(withUnfinished.where("response_id", response("y1-tm-in-progress-0")).isEmpty(), "in progress: never");
        assertEquals(2, run("--out", dir.resolve("p").toString(), "--profile", "public", "--include-incomplete").code());
    }

    @Test
    void rolesArePooledOnceForEveryWaveInEveryFileAndTheManifestNamesNone() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString());
        Table responses = t.get("responses.csv");
        // Social workers are 6 in y1 but 4 in y3: pooled in both waves, with the 2 senior managers,
        // the lead practitioner and the response that gave no role (issue 11, findings 1 and 8).
        assertEquals(Map.of("team_manager", 5L, "other", 10L), roleCounts(responses, "y1"));
        assertEquals(Map.of("team_manager", 10L, "other", 5L), roleCounts(responses, "y3"));
        for (String file : List.of("answers.csv", "open_text.csv")) {
            assertEquals(Set.of("team_manager", "other"), new HashSet<>(t.get(file).column("role")), file);
        }
        assertEquals("other", t.get("answers.csv").cell(t.get("answers.csv").where("response_id", response("y1-sm-1")).get(0), "role"));
        assertEquals("other", responses.cell(responses.where("response_id", response("y1-none-0")).get(0), "role"));
        String manifest = Files.readString(dir.resolve("x/manifest.txt"));
        assertTrue(manifest.contains("roles pooled into other: 3\n"), manifest);
        for (String named : List.of("senior_manager", "lead_practitioner", "social_worker", "team_manager", "Pod managers",
                "pod", "g_")) {
            assertFalse(manifest.contains(named), named + " named in\n" + manifest);
        }
    }

    @Test
    void thePublicProfileHasNoOpenTextAndCellsOfTen() throws Exception {
        Run low = run("--out", dir.resolve("x").toString(), "--profile", "public", "--min-cell", "3");
        assertEquals(2, low.code());
        assertEquals("error: --min-cell 3 is too small: a public export needs at least 10\n", low.err());
        assertFalse(Files.exists(dir.resolve("x")));
        Map<String, Table> t = export("--out", dir.resolve("x").toString(), "--profile", "public");
        assertFalse(Files.exists(dir.resolve("x/open_text.csv")));
        assertFalse(Files.readString(dir.resolve("x/codebook.csv")).contains("open_text.csv"));
        assertFalse(Files.readString(dir.resolve("x/import.R")).contains("open_text"));
        Table responses = t.get("responses.csv");
        assertEquals(Map.of("other", 15L), roleCounts(responses, "y1"), "no role has 10 in both waves");
        assertEquals(Map.of("other", 15L), roleCounts(responses, "y3"), "5 would stand out beside 10 team managers");
        assertEquals(Set.of("2023-01"), new HashSet<>(responses.where("wave", "y1").stream()
                .map(r -> responses.cell(r, "submitted_period")).toList()), "public: months");
        assertEquals(Set.of("2023-02"), new HashSet<>(responses.where("wave", "y3").stream()
                .map(r -> responses.cell(r, "submitted_period")).toList()));
        String manifest = Files.readString(dir.resolve("x/manifest.txt"));
        assertTrue(manifest.contains("smallest cell shown (k): 10"), manifest);
        assertTrue(manifest.contains("open answers: not exported (public profile)."), manifest);
    }

    @Test
    void openAnswersAreScrubbedAndNoIdentifierSurvivesInAnyFile() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString(), "--xlsx");
        assertTrue(listing(dir.resolve("x")).contains("export.xlsx"));
        Table open = t.get("open_text.csv");
        for (var planted : ExportFixture.PLANTED.entrySet()) {
            List<List<String>> rows = open.where("response_id", response(planted.getKey()));
            assertEquals(1, rows.size(), planted.getKey());
            assertEquals(planted.getValue()[1], open.cell(rows.get(0), "text"));
            assertEquals("open_helpful", open.cell(rows.get(0), "item_code"));
        }
        assertNoneOfTheForbiddenStrings(dir.resolve("x"));
        List<String> flagged = open.rows().stream().filter(r -> open.cell(r, "review").equals("1"))
                .map(r -> open.cell(r, "text")).toList();
        assertEquals(List.of("Tyrone from the east team kept us going."), flagged, "flagged for review, kept as written");
        // "I will come if I may": the roster's Will and May left as the words, read after level 1.
        List<String> secondLevel = open.rows().stream().filter(r -> open.cell(r, "review").equals("2"))
                .map(r -> open.cell(r, "text")).toList();
        assertEquals(List.of("Ask [name] or [name] about it; [name] said [phone]. I will come if I may."), secondLevel);
        assertTrue(open.column("review").stream().allMatch(v -> v.matches("[012]")));
        String manifest = Files.readString(dir.resolve("x/manifest.txt"));
        assertTrue(manifest.contains("flagged for review: 1 answer(s) (column review = 1 in open_text.csv)"), manifest);
        assertTrue(manifest.contains("then 1 answer(s) with review = 2"), manifest);
        for (String count : List.of("email       1", "nhs_number  1", "phone       2", "postcode    1", "name        5")) {
            assertTrue(manifest.contains("  " + count + "  ("), count + " in\n" + manifest);
        }
    }

    @Test
    void attendanceHasPseudonymsMonthsAndNoSmallCells() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString());
        Table attendance = t.get("attendance.csv");
        assertTrue(attendance.column("member").stream().allMatch(m -> m.matches("m_[0-9a-f]{12}")));
        assertEquals(Set.of("2024-01", "2024-02"), new HashSet<>(attendance.column("month")));
        assertEquals(Set.of(""), new HashSet<>(attendance.column("level")), "group A's 2 social workers pooled its roles");
        assertTrue(attendance.column("group").stream().allMatch(g -> g.matches("g_[0-9a-f]{12}")),
                "a group whose level is blank is known by its pseudonym alone");
        assertEquals(Set.of("other"), new HashSet<>(attendance.column("role")), "2 social workers take the 10 team managers");
        assertEquals(Set.of(""), new HashSet<>(attendance.column("part_time")), "3 part-timers would stand out");
        assertEquals(Set.of("present", "apologies", "absent"), new HashSet<>(attendance.column("status")));
        Set<String> members = new HashSet<>(attendance.column("member"));
        assertEquals(12, members.size(), "group A only: group B has 4 members, fewer than k");

        // A smaller k than the wave's release is refused (issue 33): k = 3 on a copy released afresh.
        assertEquals(2, run("--out", dir.resolve("k3").toString(), "--min-cell", "3").code());
        Path copy = unreleasedCopy();
        Run k3 = Run.export(copy, "--out", dir.resolve("again").toString(), "--min-cell", "3");
        assertEquals(0, k3.code(), k3.err());
        Map<String, Table> shown = ExportedFiles.read(dir.resolve("again"));
        Table all = shown.get("attendance.csv");
        assertEquals(Set.of("other"), new HashSet<>(all.column("role")),
                "k = 3, the floor: group A's 2 social workers pool it whole, group B's four roles too");
        assertTrue(all.column("member").containsAll(attendance.column("member")), "stable across exports");
        assertEquals(16, new HashSet<>(all.column("member")).size(), "group B, 4 members, is in at k = 3");
    }

    @Test
    void excelGetsAByteOrderMarkAndNoFormulas() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString(), "--excel");
        t.values().forEach(table -> assertTrue(table.bom()));
        assertEquals("response_id", t.get("answers.csv").header().get(0), "the mark is not part of the first name");
        Table open = t.get("open_text.csv");
        assertEquals("'=HYPERLINK(\"[url]\")",
                open.cell(open.where("response_id", response("y3-tm-0")).get(0), "text"));
        byte[] raw = Files.readAllBytes(dir.resolve("x/answers.csv"));
        assertEquals(List.of((byte) 0xEF, (byte) 0xBB, (byte) 0xBF), List.of(raw[0], raw[1], raw[2]));
    }

    @Test
    void oneWaveOnly() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString(), "--wave", "y3");
        assertEquals(Set.of("y3"), new HashSet<>(t.get("responses.csv").column("wave")));
        assertEquals(15, t.get("responses.csv").rows().size());
        Run unknown = run("--out", dir.resolve("y").toString(), "--wave", "y2");
        assertEquals(2, unknown.code());
        assertEquals("error: there is no wave 'y2' (waves: y1, y3)\n", unknown.err());
        assertFalse(Files.exists(dir.resolve("y")));
        assertEquals(Set.of("x"), listing(dir), "no temporary folder is left");
        Map<String, Table> both = exportAgain("--wave", "y3", "y1");
        assertEquals(Set.of("y1", "y3"), new HashSet<>(both.get("responses.csv").column("wave")));
    }

    /**
     * Every value in a labelled column has its label, blank included where a blank means something:
     * the gap the evaluator found was a blank absence reason with no label. A blank is allowed only
     * where the variable's label says what it means.
     */
    @Test
    void everyValueOfALabelledColumnIsInTheCodebook() throws Exception {
        for (String[] args : List.of(new String[] {"--include-incomplete"}, new String[] {"--profile", "public"})) {
            Path out = dir.resolve("labels-" + args.length);
            List<String> all = new ArrayList<>(List.of("--out", out.toString()));
            all.addAll(List.of(args));
            assertEquals(0, run(all.toArray(String[]::new)).code());
            Map<String, Table> t = ExportedFiles.read(out);
            Table codebook = t.get("codebook.csv");
            int checked = 0;
            for (List<String> row : codebook.rows()) {
                String file = codebook.cell(row, "file");
                String variable = codebook.cell(row, "variable");
                List<List<String>> labelled = codebook.where("variable", variable).stream()
                        .filter(r -> codebook.cell(r, "file").equals(file)).toList();
                if (codebook.cell(row, "value").isEmpty() || row != labelled.get(0)) continue;   // once per variable
                Set<String> codes = new HashSet<>(labelled.stream().map(r -> codebook.cell(r, "value")).toList());
                String label = codebook.cell(row, "label");
                for (String cell : new HashSet<>(t.get(file).column(variable))) {
                    if (cell.isEmpty()) {
                        assertTrue(label.contains("blank"), file + " " + variable + " has blanks its label does not explain: " + label);
                    } else {
                        assertTrue(codes.contains(cell), file + " " + variable + ": '" + cell + "' has no label in " + codes);
                    }
                }
                checked++;
            }
            assertTrue(checked >= 10, "labelled variables checked: " + checked);
        }
    }

    @Test
    void importScriptsAndCodebookDescribeEveryColumn() throws Exception {
        Map<String, Table> t = export("--out", dir.resolve("x").toString());
        Table codebook = t.get("codebook.csv");
        for (String file : List.of("answers.csv", "responses.csv", "open_text.csv", "attendance.csv", "absence_reasons.csv")) {
            Set<String> described = new HashSet<>(codebook.where("file", file).stream().map(r -> codebook.cell(r, "variable")).toList());
            assertEquals(new HashSet<>(t.get(file).header()), described, file);
        }
        List<List<String>> value = codebook.where("variable", "value");
        assertEquals(List.of("1:Strongly disagree", "2:Disagree", "3:Agree", "4:Agree strongly"),
                value.stream().map(r -> codebook.cell(r, "value") + ":" + codebook.cell(r, "value_label")).toList());
        assertTrue(codebook.where("variable", "role").stream().anyMatch(r -> codebook.cell(r, "value_label").equals("Senior manager")));
        String sps = Files.readString(dir.resolve("x/import.sps"));
        assertFalse(sps.contains(dir.toString()) || sps.contains("\nCD "), "relative paths only: " + sps);
        assertTrue(sps.contains("/FILE='open_text_spss.csv'") && sps.contains("SAVE OUTFILE='open_text.sav'."), sps);
        assertTrue(sps.contains("/FILE='answers.csv'") && sps.contains("    value F1.0.") && sps.contains("submitted_period A10"), sps);
        assertTrue(sps.contains("  /value\n    1 'Strongly disagree'\n    2 'Disagree'\n    3 'Agree'\n    4 'Agree strongly'"), sps);
        String r = Files.readString(dir.resolve("x/import.R"));
        assertTrue(r.contains("rpg_import <- local({"), r);
        assertTrue(r.contains("\"answers.csv\", \"value\", \"integer\", \"Agreement, 1 to 4 (blank: skipped)\", \"1\", \"Strongly disagree\""), r);
    }

    /** The class's database copied, with no wave released yet: a first export decides afresh. */
    private Path unreleasedCopy() throws Exception {
        Path copy = java.nio.file.Files.createDirectories(dir.resolve("copy"));
        java.nio.file.Files.copy(data.resolve("kiosk.mv.db"), copy.resolve("kiosk.mv.db"));
        try (Store store = Store.open(DatabaseUrl.defaultFor(copy))) {
            store.dsl().deleteFrom(org.rpgkiosk.store.generated.Tables.WAVE_RELEASE).execute();
        }
        return copy;
    }

    private Map<String, Table> exportAgain(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--out", dir.resolve("again").toString()));
        all.addAll(List.of(args));
        Run r = run(all.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return ExportedFiles.read(dir.resolve("again"));
    }

    private static Map<String, Long> roleCounts(Table responses, String wave) {
        Map<String, Long> counts = new java.util.TreeMap<>();
        responses.where("wave", wave).forEach(r -> counts.merge(responses.cell(r, "role"), 1L, Long::sum));
        return counts;
    }

    private static void assertNoneOfTheForbiddenStrings(Path folder) throws Exception {
        Set<String> files = listing(folder);
        assertTrue(files.containsAll(SCRIPTS));
        for (String file : files) {
            // Pseudonyms are random hex and the temporary folder random digits: "7946" turned up in one by chance.
            String text = ExportedText.of(folder.resolve(file)).replaceAll("\\b[rmg]_[0-9a-f]{12,16}\\b", "")
                    .replace(folder.toAbsolutePath().getParent().toString(), "");
            for (String forbidden : ExportFixture.FORBIDDEN) {
                assertFalse(text.contains(forbidden), "'" + forbidden + "' in " + file);
            }
            for (String surname : List.of("smith", "patel", "o'brien", "khan", "morris")) {
                assertFalse(text.toLowerCase(Locale.ROOT).contains(surname), "'" + surname + "' in " + file);
            }
        }
    }
}
