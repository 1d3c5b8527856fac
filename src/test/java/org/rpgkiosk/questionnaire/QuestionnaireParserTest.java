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
import org.rpgkiosk.questionnaire.Item.Kind;

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
                q.scale().points().stream().map(Scale.Point::label).toList());
        assertEquals(List.of(4, 3, 2, 1), q.scale().points().stream().map(Scale.Point::points).toList());
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
        assertEquals(List.of("a_one", "a_two", "o_one"), q.allItems().stream().map(Item::code).toList());
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

    @Test
    void controlInvisibleAndDirectionCharactersAreRefusedWithLineAndColumn() {
        assertEquals(List.of("q.txt:19: U+000C FORM FEED (FF) at column 13 is a control character: remove it"),
                problemsOf(MINIMAL.replace("Statement one", "Stat\fement one")));
        assertEquals(List.of("q.txt:2: U+001B ESCAPE at column 9 is a control character: remove it"),
                problemsOf(MINIMAL.replace("title: A tiny", "title: A\u001B[2J tiny")));
        for (String nasty : List.of("\u0007", "\u007F", "\u0085", "\u009B", "\u200B", "\u200D", "\u200E", "\u202A",
                "\u202E", "\u2066", "\u2069", "\u2028", "\u00AD", "\uFEFF", "\u3164", "\uDC00")) {
            for (String where : List.of("Statement one", "Agree strongly", "Social worker", "The first block",
                    "Second paragraph.", "I agree.", "Anything else?")) {
                List<String> problems = problemsOf(MINIMAL.replace(where, where.substring(0, 3) + nasty + where.substring(3)));
                assertEquals(1, problems.size(), problems.toString());
                assertTrue(problems.get(0).matches("q\\.txt:\\d+: U\\+" + String.format("%04X", (int) nasty.charAt(0))
                        + " .*at column \\d+ is .*: remove it"), problems.get(0));
            }
        }
    }

    @Test
    void accentsAreStoredComposedAndAMarkOnNothingIsRefused() {
        Questionnaire q = QuestionnaireParser.parse("q.txt", MINIMAL.replace("Statement one", "Cafe\u0301 w\u0302"));
        assertEquals("Caf\u00E9 \u0175", q.agreementItems().get(0).wording());
        assertEquals(List.of("q.txt:19: U+0301 COMBINING ACUTE ACCENT at column 13 is a combining mark that joins no "
                        + "letter before it: remove it"),
                problemsOf(MINIMAL.replace("Statement one", "Stat\u0301\u0301 one")));
        assertEquals("Tab\tinside", QuestionnaireParser.parse("q.txt", MINIMAL.replace("Statement one", "Tab\tinside"))
                .agreementItems().get(0).wording());
    }

    @Test
    void textLongerThanItsColumnIsRefusedWithTheLimit() {
        assertEquals(List.of("q.txt:2: the title is 501 characters long; the most it can hold is 500"),
                problemsOf(MINIMAL.replace("A tiny survey", "t".repeat(501))));
        assertEquals(List.of("q.txt:19: the statement is 2 001 characters long; the most it can hold is 2 000"),
                problemsOf(MINIMAL.replace("Statement one", "s".repeat(2001))));
        assertEquals(List.of("q.txt:22: the question is 2 001 characters long; the most it can hold is 2 000"),
                problemsOf(MINIMAL.replace("Anything else?", "s".repeat(2001))));
        assertEquals(List.of("q.txt:11: the label is 101 characters long; the most it can hold is 100"),
                problemsOf(MINIMAL.replace("= Agree strongly", "= " + "a".repeat(101))));
        assertEquals(List.of("q.txt:16: the label is 201 characters long; the most it can hold is 200"),
                problemsOf(MINIMAL.replace("= Social worker", "= " + "a".repeat(201))));
        assertEquals(List.of("q.txt:18: the block title is 501 characters long; the most it can hold is 500"),
                problemsOf(MINIMAL.replace("The first block", "b".repeat(501))));
        assertEquals(List.of("q.txt:8: the [consent] section is 10 001 characters long; the most it can hold is 10 000"),
                problemsOf(MINIMAL.replace("I agree.", "c".repeat(10_001))));
        String sheet = "word ".repeat(10_000) + "\n";
        assertEquals(List.of("q.txt:3: the [information] section is 100 045 characters long; the most it can hold is 100 000"),
                problemsOf(MINIMAL.replace("Second paragraph.\n", "Second paragraph.\n" + sheet + sheet)));
        QuestionnaireParser.parse("q.txt", MINIMAL.replace("A tiny survey", "t".repeat(500))
                .replace("Statement one", "s".repeat(2000)));
    }
}
