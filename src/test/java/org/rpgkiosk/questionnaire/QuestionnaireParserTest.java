package org.rpgkiosk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.questionnaire.Questionnaire.Kind;

class QuestionnaireParserTest {
    static final Path DEFAULT_FILE = Path.of("db/questionnaires/rpg-outcomes.txt");

    static final String MINIMAL = """
            name: tiny
            title: A tiny survey
            [information]
            First line
            continues here.

            Second paragraph.
            [consent]
            I agree.
            [scale]
            4 = Agree strongly
            3 = Agree
            2 = Disagree
            1 = Strongly disagree
            [roles]
            social_worker = Social worker
            other = Other
            [block one: The first block]
            a_one = Statement one
            a_two = Statement two
            [open]
            o_one = Anything else?
            """;

    private static List<String> problemsOf(String text) {
        return assertThrows(QuestionnaireFileException.class, () -> QuestionnaireParser.parse("q.txt", text)).problems();
    }

    @Test
    void theShippedQuestionnaireHasTheThreeBlocksOfTheEvaluation() {
        Questionnaire q = QuestionnaireReader.read(DEFAULT_FILE);
        assertEquals("rpg-outcomes", q.name());
        assertEquals(List.of("skills", "efficacy", "relationships"), q.blocks().stream().map(Questionnaire.Block::code).toList());
        assertEquals(List.of(8, 5, 4), q.blocks().stream().map(b -> b.items().size()).toList());
        assertEquals("The RPG has further developed my ability to reflect on my work",
                q.blocks().get(0).items().get(0).wording());
        assertEquals("I always manage to find time to update and write case reports",
                q.blocks().get(1).items().get(0).wording());
        assertEquals(List.of("Agree strongly", "Agree", "Disagree", "Strongly disagree"),
                q.scale().stream().map(Questionnaire.ScalePoint::label).toList());
        assertEquals(List.of(4, 3, 2, 1), q.scale().stream().map(Questionnaire.ScalePoint::points).toList());
        assertEquals(List.of("senior_manager", "team_manager", "lead_practitioner", "senior_social_worker",
                "social_worker", "other"), q.roles().stream().map(Questionnaire.Role::code).toList());
        assertEquals(3, q.openItems().size());
        assertEquals(4000, q.openAnswerLimit());
        assertTrue(q.informationSheet().contains("anonymous"), q.informationSheet());
        assertTrue(q.consentText().startsWith("I have read"));
    }

    @Test
    void paragraphsAreJoinedAndSeparated() {
        Questionnaire q = QuestionnaireParser.parse("q.txt", MINIMAL);
        assertEquals("First line continues here.\n\nSecond paragraph.", q.informationSheet());
        assertEquals(List.of("a_one", "a_two", "o_one"), q.allItems().stream().map(Questionnaire.Item::code).toList());
        assertEquals(Kind.OPEN, q.openItems().get(0).kind());
        assertEquals("The first block", q.blocks().get(0).title());
    }

    @Test
    void windowsLineEndingsAByteOrderMarkAndNonAsciiTextAreKept() {
        String welsh = MINIMAL.replace("Statement one", "Rwy'n cytuno'n gryf ✓ café 😀").replace("\n", "\r\n");
        Questionnaire q = QuestionnaireParser.parse("q.txt", "\uFEFF" + welsh);
        assertEquals("Rwy'n cytuno'n gryf ✓ café 😀", q.agreementItems().get(0).wording());
        assertEquals("tiny", q.name());
    }

    @Test
    void aLineWithoutEqualsIsNamedByItsLine() {
        List<String> problems = problemsOf(MINIMAL.replace("a_two = Statement two", "a_two Statement two"));
        assertEquals(List.of("q.txt:20: expected 'code = statement' here"), problems);
    }

    @Test
    void everyProblemIsReportedInLineOrder() {
        String text = MINIMAL.replace("3 = Agree\n", "5 = Agree\n")
                .replace("a_two = Statement two", "A-Two = Statement two")
                .replace("[open]", "[opne]");
        List<String> problems = problemsOf(text);
        assertEquals(4, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("q.txt:10: the scale needs a label for each of 4, 3, 2 and 1; missing [3]"), problems.get(0));
        assertTrue(problems.get(1).startsWith("q.txt:12: scale points are 4, 3, 2 and 1"), problems.get(1));
        assertTrue(problems.get(2).startsWith("q.txt:20: 'A-Two' is not a valid item code"), problems.get(2));
        assertTrue(problems.get(3).startsWith("q.txt:21: unknown section [opne]"), problems.get(3));
    }

    @Test
    void duplicateCodesAreRefused() {
        List<String> problems = problemsOf(MINIMAL.replace("o_one = Anything else?", "a_one = Anything else?"));
        assertEquals(List.of("q.txt:22: item code 'a_one' is used twice; every statement needs its own code"), problems);
        problems = problemsOf(MINIMAL.replace("other = Other", "social_worker = Again\nother = Other"));
        assertEquals(List.of("q.txt:17: role 'social_worker' appears twice"), problems);
    }

    @Test
    void codesThatClashWithExportColumnsAreRefused() {
        List<String> problems = problemsOf(MINIMAL.replace("a_one = ", "status = "));
        assertEquals(List.of("q.txt:19: 'status' is used by the exported data; choose another code"), problems);
    }

    @Test
    void missingPartsAreNamed() {
        List<String> problems = problemsOf("name: x\ntitle: y\n[block b: B]\n");
        assertTrue(problems.contains("q.txt:3: block 'b' has no statements"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("[information] section is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("[consent] section is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("[scale] section is missing")), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.contains("[roles] section is missing")), problems.toString());
    }

    @Test
    void headerMistakes() {
        assertEquals(List.of("q.txt:1: the file needs a 'name: ...' line at the top"),
                problemsOf(MINIMAL.replace("name: tiny\n", "\n")));
        assertEquals(List.of("q.txt:1: unknown setting 'nmae' (known: name, title, open answer limit)",
                        "q.txt:1: the file needs a 'name: ...' line at the top"),
                problemsOf(MINIMAL.replace("name: tiny", "nmae: tiny")));
        assertEquals(List.of("q.txt:3: 'open answer limit' must be a whole number of characters from 1 to 20000"),
                problemsOf(MINIMAL.replace("[information]", "open answer limit: lots\n[information]")));
        assertEquals(List.of("q.txt:18: a block needs a code and a title, like [block skills: Professional skills]"),
                problemsOf(MINIMAL.replace("[block one: The first block]", "[block The first block]")));
    }

    @Test
    void rolesMustIncludeOther() {
        assertEquals(List.of("q.txt:15: the roles need one with code 'other' (small groups are merged into it)"),
                problemsOf(MINIMAL.replace("other = Other\n", "")));
    }

    @Test
    void aFileNotInUtf8IsRefusedWithTheLineOfTheBadByte(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("latin1.txt");
        Files.write(file, MINIMAL.replace("Statement two", "Déclaration").getBytes(StandardCharsets.ISO_8859_1));
        var e = assertThrows(QuestionnaireFileException.class, () -> QuestionnaireReader.read(file));
        assertEquals(List.of(file + ":20: this is not UTF-8 text; save the file as UTF-8 in your editor"), e.problems());
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) {
        Path file = dir.resolve("nope.txt");
        var e = assertThrows(QuestionnaireFileException.class, () -> QuestionnaireReader.read(file));
        assertEquals(List.of(file + ": no such file"), e.problems());
    }
}
