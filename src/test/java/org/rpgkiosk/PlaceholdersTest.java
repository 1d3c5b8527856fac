package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.Item.Kind;
import org.rpgkiosk.questionnaire.QuestionnaireReader;

/** Statements marked "(placeholder)" in the file: read, kept, shown, and asked about before a wave opens. */
class PlaceholdersTest {
    @TempDir Path dir;

    @Test
    void theDefaultFileMarksItsFourMadeUpStatements() {
        Questionnaire q = QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt"));
        assertEquals(List.of("efficacy_decisions", "efficacy_workload", "efficacy_calm", "efficacy_demands"),
                q.placeholders().stream().map(Item::code).toList());
        assertEquals("I am able to manage my workload", q.allItems().stream()
                .filter(i -> i.code().equals("efficacy_workload")).findFirst().orElseThrow().wording(), "the mark is not wording");
        assertFalse(q.allItems().get(0).placeholder());
    }

    @Test
    void anUnmarkedItemPrintsAsBeforeTheFlagSoAStoredVersionKeepsItsFingerprint() {
        record Old(String code, Kind kind, String wording) {}
        var q = org.rpgkiosk.questionnaire.QuestionnaireReader.read(java.nio.file.Path.of("db/questionnaires/rpg-outcomes.txt"));
        Item first = q.agreementItems().get(0);
        assertFalse(first.placeholder());
        assertTrue(org.rpgkiosk.questionnaire.Fingerprint.canonicalText(q).contains(
                new Old(first.code(), Kind.AGREEMENT, first.wording()).toString().replace("Old[", "Item[") + ", "));
    }

    @Test
    void waveOpenNamesThemAndOpensOnlyWhenAccepted() throws Exception {
        assertEquals(0, Run.in(dir, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Run refused = Run.in(dir, "wave", "open", "y1", "--label", "+1 year", "--invited", "10");
        assertEquals(2, refused.code());
        assertEquals("error: questionnaire rpg-outcomes still has 4 placeholder statements (efficacy_decisions,"
                + " efficacy_workload, efficacy_calm, efficacy_demands): write their wording in the file and load it"
                + " again, or open the wave with --accept-placeholders\n", refused.err());
        assertTrue(Run.in(dir, "wave", "list").out().contains("No waves"), "nothing opened");
        assertTrue(Run.in(dir, "questionnaire", "show").out().replaceAll("\\s+", " ")
                .contains("[efficacy_calm] (PLACEHOLDER: to be replaced)"));

        Run accepted = Run.in(dir, "wave", "open", "y1", "--label", "+1 year", "--invited", "10", "--accept-placeholders");
        assertEquals(0, accepted.code(), accepted.err());

        // The marks taken off: a new version, and the next wave opens without asking.
        Path edited = dir.resolve("edited.txt");
        Files.writeString(edited, Files.readString(Path.of("db/questionnaires/rpg-outcomes.txt")).replace(" (placeholder)", ""));
        assertEquals(0, Run.in(dir, "questionnaire", "load", edited.toString()).code());
        assertEquals(0, Run.in(dir, "wave", "close", "y1").code());
        Run next = Run.in(dir, "wave", "open", "y3", "--label", "+3 years", "--invited", "10");
        assertEquals(0, next.code(), next.err());
    }
}
