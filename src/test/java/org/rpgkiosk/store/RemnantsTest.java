package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.demo.DemoData;

/**
 * Text a participant rewrote must not outlive the session in the database file: MVStore writes
 * each change to a new chunk and leaves the old one on disk until the file is compacted.
 * Measured here before the fix: with 300 demo responses the first text was still in the closed
 * kiosk.mv.db. A compacted file is LZF-compressed, which splits literal text into runs of at
 * most 32 bytes; so the texts end in a random token and the search looks for any 8 letters of it.
 */
class RemnantsTest {
    @TempDir Path dir;

    /** A text of its own for each run, that no compression shortens and no other row holds. */
    static String token() {
        SecureRandom random = new SecureRandom();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 24; i++) b.append((char) ('A' + random.nextInt(26)));
        return b.toString();
    }

    record Rewritten(Path data, String before, String after) {}

    /**
     * Stores an open answer, rewrites it, and closes the store. H2's plain close spends up to
     * 200 ms compacting, which sometimes happens to drop the old chunk and sometimes not (2 runs
     * of 3 kept it here); with that time set to none the test shows the remnant every time.
     */
    static Rewritten rewrittenAnswer(Path data, int demoResponses) {
        DatabaseUrl file = DatabaseUrl.defaultFor(data);
        DatabaseUrl url = new DatabaseUrl(file.url() + ";MAX_COMPACT_TIME=0", file.user(), file.password());
        String before = token();
        String after = token();
        try (Store store = Store.open(url)) {
            StoredQuestionnaire demo = store.demoData().questionnaire();
            store.demoData().write(DemoData.generate(4, demoResponses, demo.questionnaire()), demo);
        }
        try (Store store = Store.open(url)) {
            StoredQuestionnaire q = store.demoData().questionnaire();
            UUID id = UUID.randomUUID();
            store.responses().start(id, store.waves().openWave().orElseThrow().id(), q.versionId());
            store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "Rhodri ap Gwyn told me " + before);
            store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "The sessions helped " + after);
        }
        return new Rewritten(data, before, after);
    }

    /** True when any 8 consecutive characters of the token are in the bytes. */
    static boolean holdsPartOf(byte[] haystack, String token) {
        for (int from = 0; from + 8 <= token.length(); from++) {
            if (holds(haystack, token.substring(from, from + 8))) return true;
        }
        return false;
    }

    private static boolean holds(byte[] haystack, String text) {
        byte[] needle = text.getBytes(StandardCharsets.UTF_8);
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) continue outer;
            }
            return true;
        }
        return false;
    }

    static byte[] databaseFile(Path data) throws Exception {
        return Files.readAllBytes(data.resolve(DatabaseUrl.FILE_NAME + ".mv.db"));
    }

    @Test
    void aRewrittenAnswerLeavesNoTraceInTheClosedDatabaseFile() throws Exception {
        Rewritten r = rewrittenAnswer(dir.resolve("data"), 300);
        byte[] file = databaseFile(r.data());
        assertTrue(holdsPartOf(file, r.after()), "the answer as it stands is found, so the search can see");
        assertFalse(holdsPartOf(file, r.before()), "the rewritten text is gone");
        assertTrue(Files.getPosixFilePermissions(r.data().resolve(DatabaseUrl.FILE_NAME + ".mv.db"))
                .equals(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")), "the compacted copy is owner-only too");
    }

    @Test
    void compactingAnOpenStoreDropsTheOldTextAndTheStoreGoesOn() throws Exception {
        Rewritten r = rewrittenAnswer(dir.resolve("data"), 30);
        DatabaseUrl file = DatabaseUrl.defaultFor(r.data());
        DatabaseUrl url = new DatabaseUrl(file.url() + ";MAX_COMPACT_TIME=0", file.user(), file.password());
        String later = token();
        try (Store store = Store.open(url)) {
            StoredQuestionnaire q = store.demoData().questionnaire();
            UUID id = UUID.randomUUID();
            store.responses().start(id, store.waves().openWave().orElseThrow().id(), q.versionId());
            store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "first thoughts " + later);
            store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "second thoughts");
            assertTrue(holdsPartOf(databaseFile(r.data()), later), "while open, the old text is still in the file");
            store.compactNow();
            assertFalse(holdsPartOf(databaseFile(r.data()), later), "compacted while open");
            store.responses().saveAnswer(id, q.itemId("open_helpful"), null, "third thoughts");
            assertTrue(store.responses().submit(id, java.time.LocalDate.now()), "the store goes on after compacting");
        }
    }
}
