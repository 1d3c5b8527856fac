package org.rpgkiosk.questionnaire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stored questionnaires keep their versions (issue 36): the fingerprints below were taken with
 * the code before the canonical text existed ({@code sha256(q.toString())} of the records as
 * they were), so a database loaded then and loaded again with the same file now makes no new
 * version. Any change of meaning still makes one; comments and layout do not.
 */
class FingerprintTest {
    private static final Path SHIPPED = Path.of("db/questionnaires/rpg-outcomes.txt");
    @TempDir Path dir;

    @Test
    void theShippedQuestionnaireKeepsTheFingerprintItWasStoredWith() {
        assertEquals("53fd0e130c3f7058be1861c74ea59fdef4798d84452ba3212fa03b1c7328ccb8",
                Fingerprint.of(QuestionnaireReader.read(SHIPPED)));
    }

    @Test
    void oneWithoutPlaceholdersKeepsItsFingerprintToo() throws Exception {
        Path file = Files.writeString(dir.resolve("q.txt"), Files.readString(SHIPPED).replace(" (placeholder)", ""));
        assertEquals("27a34ffa359f678d61d7c3608fbca4ccc479ec700adf9f3d9efd8bed7cbed36e",
                Fingerprint.of(QuestionnaireReader.read(file)));
    }

    @Test
    void commentsAndLayoutAreNoChangeButWordingIs() throws Exception {
        String text = Files.readString(SHIPPED);
        String shipped = Fingerprint.of(QuestionnaireReader.read(SHIPPED));
        Path relaid = Files.writeString(dir.resolve("relaid.txt"), "# a comment of our own\n\n" + text.replace("\n[", "\n\n\n["));
        assertEquals(shipped, Fingerprint.of(QuestionnaireReader.read(relaid)));
        Path reworded = Files.writeString(dir.resolve("reworded.txt"),
                text.replace("What would make the group more useful to you?", "What would make the group better?"));
        assertNotEquals(shipped, Fingerprint.of(QuestionnaireReader.read(reworded)));
    }
}
