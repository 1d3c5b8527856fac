package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 33, as the intruder joined releases: the public and research exports of one database
 * share no response or member pseudonym (they were the join key, 101 of 101); within a profile
 * the pseudonyms stay what they were, so an analyst's later export still joins their earlier one.
 */
class ReleaseJoinTest {
    @TempDir static Path shared;
    static Path data;

    @BeforeAll
    static void build() {
        data = shared.resolve("data");
        ExportFixture.build(data);
    }

    private static Set<String> column(Path export, String file, String column) throws Exception {
        return new HashSet<>(ExportedFiles.read(export).get(file).column(column));
    }

    @Test
    void thePublicAndResearchReleasesShareNoPseudonymAndEachKeepsItsOwn() throws Exception {
        Path research = shared.resolve("research");
        Path research2 = shared.resolve("research2");
        Path pub = shared.resolve("public");
        Path pub2 = shared.resolve("public2");
        for (Path p : new Path[] {research, research2}) assertEquals(0, Run.export(data, "--out", p.toString()).code());
        for (Path p : new Path[] {pub, pub2}) {
            assertEquals(0, Run.export(data, "--out", p.toString(), "--profile", "public").code());
        }
        Set<String> r = column(research, "responses.csv", "response_id");
        Set<String> p = column(pub, "responses.csv", "response_id");
        assertTrue(r.size() > 10 && p.size() > 10, r.size() + " / " + p.size());
        Set<String> common = new HashSet<>(r);
        common.retainAll(p);
        assertEquals(Set.of(), common, "no response pseudonym in both releases");
        assertEquals(r, column(research2, "responses.csv", "response_id"), "stable within research");
        assertEquals(p, column(pub2, "responses.csv", "response_id"), "stable within public");

        assertFalse(ExportedFiles.read(pub).get("attendance.csv").header().contains("member"),
                "the public release counts attendance; it has no member pseudonyms to join");
        var pseudonyms = org.rpgkiosk.scrub.Pseudonyms.forProfile("00112233445566778899aabbccddeeff", "research");
        var publicOnes = org.rpgkiosk.scrub.Pseudonyms.forProfile("00112233445566778899aabbccddeeff", "public");
        assertFalse(pseudonyms.member(3, 7).equals(publicOnes.member(3, 7)), "a member is keyed per profile too");
        assertEquals(pseudonyms.group(3), publicOnes.group(3), "a group keeps one name in every output (report and export)");
    }
}
