package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * Issue 12, end to end: open answers holding identifiers as staff type them, on a roster with
 * the names they twist, exported in both profiles; no file of either holds any of them.
 */
class OpenAnswerLeakTest {
    static final List<String> ROSTER = List.of("Siân ap Rhys", "Siobhan O'Neill", "Zoë Adebayo",
            "Mary-Jane O'Sullivan", "Tomasz Wiśniewski", "Dafydd Llŷr", "May Hall", "Will Rose");

    static final List<String> ANSWERS = List.of(
            "Sian and Siobhan ONeill ran it well; Zoe too. Sia\u0302n again. I will say it may be good.",
            "O\u2019Sullivan, OSullivan, Maryjane and Mary Jane; Wiśniew-\nski and T. Wisniewski; diolch i Ddafydd a Lŷr.",
            "linkedin.com/in/dafyddllyr, facebook.com/siobhan.oneill, @MaryJaneOS; may.hall [at] council.gov.uk, "
                    + "will.rose @ example.com",
            "Call 447700900123 or 07700.900.123 or 0117/496/0000 or 7700 900123. NHS 943.476.5919, 9434 765 919, "
                    + "943\u00a0476\u00a05919.",
            "BS1  4DJ, SW1A-1AA; 12 Acacia Avenue; Flat 3, 27 Ashley Road; born 14/03/1986; DOB 3rd March 1986",
            "QQ 12 34 56 C, case SW04471 and 4471829, see https://example.org/staff/tomasz. 3 sessions, 75 minutes, 2019.");

    /** Fragments that must be in no file, compared folded (no accents) and in lower case. */
    static final List<String> FORBIDDEN = List.of("sian", "siobhan", "oneill", "zoe", "sullivan", "maryjane",
            "mary jane", "wisniew", "dafydd", "lyr", "linkedin", "facebook", "may.hall", "council.gov", "will.rose",
            "example.com", "example.org", "7700", "900123", "0117", "496/0000", "5919", "765 919", "4dj", "1aa",
            "acacia", "ashley", "1986", "qq 12", "04471", "4471829", "tomasz");

    @Test
    void plantedIdentifiersLeaveNoFileOfEitherProfile(@TempDir Path dataDir) throws Exception {
        plant(dataDir);
        for (String profile : List.of("research", "public")) {
            Path out = dataDir.resolve("out-" + profile);
            Run run = Run.export(dataDir, "--profile", profile, "--out", out.toString(), "--xlsx");
            assertEquals(0, run.code(), run.err());
            assertTrue(Files.exists(out.resolve("export.xlsx")), "the workbook is searched too");
            List<String> leaks = leaks(out);
            assertEquals(List.of(), leaks, profile);
        }
        String research = Files.readString(dataDir.resolve("out-research/open_text.csv"));
        assertTrue(research.contains("I will say it may be good"), "ordinary words stay: " + research);
        assertTrue(research.contains("3 sessions, 75 minutes, 2019"), research);
        String manifest = Files.readString(dataDir.resolve("out-research/manifest.txt"));
        for (String kind : List.of("name", "email", "url", "handle", "phone", "nhs_number", "postcode", "address",
                "date", "ni_number", "reference")) {
            assertTrue(manifest.matches("(?s).*\\n  " + kind + " +[1-9]\\d* .*"), kind + " counted in " + manifest);
        }
    }

    /**
     * Issue 34's catalogue end to end (src/test/resources/scrub/planted-round3.txt, on the corpus
     * roster): every plant of four characters or more is in no file of the research export, CSVs
     * and workbook alike, compared folded (NFKD, no marks, lower case).
     */
    @Test
    void theRoundThreeCatalogueLeavesNoFile(@TempDir Path dataDir) throws Exception {
        List<String> answers = new ArrayList<>();
        List<String> plants = new ArrayList<>();
        for (String line : org.rpgkiosk.scrub.ScrubberCorpusFiles.lines("planted-round3.txt")) {
            var parsed = org.rpgkiosk.scrub.ScrubberCorpusFiles.parse(line);
            answers.add(parsed.text());
            parsed.plants().stream().filter(p -> p.replaceAll("[^\\p{L}\\p{N}]", "").length() >= 4)
                    .map(OpenAnswerLeakTest::folded).forEach(plants::add);
        }
        plant(dataDir, org.rpgkiosk.scrub.ScrubberCorpusFiles.lines("roster.txt"), answers);
        Path out = dataDir.resolve("out");
        Run run = Run.export(dataDir, "--out", out.toString(), "--xlsx");
        assertEquals(0, run.code(), run.err());
        assertTrue(plants.size() >= 50, "plants: " + plants.size());
        assertEquals(List.of(), leaks(out, plants));
    }

    private static List<String> leaks(Path folder) throws Exception {
        return leaks(folder, FORBIDDEN);
    }

    private static List<String> leaks(Path folder, List<String> forbidden) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                // Pseudonyms are random hex and the temporary folder random digits: "0117" may turn up in either by chance.
                String text = folded(ExportedText.of(f))
                        .replaceAll("\\b[rmg]_[0-9a-f]{12,16}\\b", "")
                        .replace(folded(folder.toAbsolutePath().getParent().toString()), "");   // import scripts name their folder
                for (String bad : forbidden) {
                    int at = text.indexOf(bad);
                    if (at >= 0) {
                        found.add(f.getFileName() + ": " + bad + " in '"
                                + text.substring(Math.max(0, at - 30), Math.min(text.length(), at + 30)) + "'");
                    }
                }
            }
        }
        return found;
    }

    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").replace('ł', 'l')
                .replace('\u00a0', ' ').toLowerCase(Locale.ROOT);
    }

    private static void plant(Path dataDir) throws Exception {
        plant(dataDir, ROSTER, ANSWERS);
    }

    private static void plant(Path dataDir, List<String> roster, List<String> answers) throws Exception {
        try (Store store = Store.open(DatabaseUrl.defaultFor(dataDir))) {
            store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")),
                    "rpg-outcomes.txt");
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            StoredQuestionnaire q = store.questionnaires().latest(qid).orElseThrow();
            int wave = store.waves().open("w1", "+1 year", 20, qid, LocalDate.of(2024, 1, 2)).id();
            DSLContext dsl = store.dsl();
            for (String name : roster) {
                dsl.insertInto(MEMBER).set(MEMBER.NAME, name).set(MEMBER.ROLE_CODE, "social_worker")
                        .set(MEMBER.PART_TIME, false).execute();
            }
            int item = q.itemId(q.questionnaire().openItems().get(0).code());
            for (int i = 0; i < answers.size(); i++) {
                UUID id = UUID.randomUUID();
                dsl.insertInto(RESPONSE).set(RESPONSE.ID, id).set(RESPONSE.WAVE_ID, wave)
                        .set(RESPONSE.VERSION_ID, q.versionId()).set(RESPONSE.ROLE_CODE, "social_worker")
                        .set(RESPONSE.STATUS, "submitted").set(RESPONSE.SUBMITTED_ON, LocalDate.of(2024, 1, 10))
                        .execute();
                dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.WAVE_ID, wave)
                        .set(ANSWER.ROLE_CODE, "social_worker").set(ANSWER.ITEM_ID, item)
                        .set(ANSWER.ANSWER_TEXT, answers.get(i)).set(ANSWER.SUBMITTED, true).execute();
            }
            store.waves().close("w1", LocalDate.of(2024, 2, 1));
            store.releases().advance(new Threshold(5));
        }
    }
}
