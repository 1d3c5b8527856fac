package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

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

    /**
     * Issue 33, finding 1: a week export and a month export of one wave, joined, left a person in
     * the overlap of a week and a month. The first export releases the wave's dates; a later one
     * asking for another level is refused naming the release, and every later one, public too,
     * gives the released level or none.
     */
    @Test
    void aWavesDatesAreReleasedOnceAndNoLaterExportGivesAnotherLevel() throws Exception {
        Path own = shared.resolve("own-data");
        ExportFixture.build(own);
        Path first = shared.resolve("first");
        assertEquals(0, Run.export(own, "--out", first.toString(), "--dates", "week").code());
        // What the first export gave (week asked; the fixture's cells are too small, so month): the release.
        String level = levelOf(column(first, "responses.csv", "submitted_period"));
        String other = level.equals("week") ? "month" : "week";
        Run joined = Run.export(own, "--out", shared.resolve("other").toString(), "--dates", other);
        assertEquals(2, joined.code());
        assertTrue(joined.err().matches("error: wave y\\d was released with dates by " + level + " \\(k=5\\): --dates " + other
                + " would let its periods be joined across exports; leave --dates out\n"), joined.err());
        assertFalse(java.nio.file.Files.exists(shared.resolve("other")), "nothing written");
        Run days = Run.export(own, "--out", shared.resolve("days").toString(), "--dates", "day");
        assertEquals(2, days.code(), "finer is refused too: " + days.err());
        Run smallK = Run.export(own, "--out", shared.resolve("k3").toString(), "--min-cell", "3");
        assertEquals(2, smallK.code());
        assertTrue(smallK.err().contains("--min-cell 3 would show smaller groups; give at least 5"), smallK.err());

        Path again = shared.resolve("again");
        assertEquals(0, Run.export(own, "--out", again.toString()).code());
        Path pub = shared.resolve("public-after");
        assertEquals(0, Run.export(own, "--out", pub.toString(), "--profile", "public").code(), "public reads the release");
        for (Path p : new Path[] {again, pub}) {
            Set<String> periods = column(p, "responses.csv", "submitted_period");
            periods.remove("");
            assertTrue(periods.isEmpty() || levelOf(periods).equals(level), p + ": " + periods);
        }
        assertEquals(column(first, "responses.csv", "submitted_period"), column(again, "responses.csv", "submitted_period"));
    }

    private static String levelOf(Set<String> periods) {
        periods = new HashSet<>(periods);
        periods.remove("");
        assertFalse(periods.isEmpty(), "the export gave dates");
        if (periods.stream().allMatch(x -> x.matches("\\d{4}-W\\d{2}"))) return "week";
        if (periods.stream().allMatch(x -> x.matches("\\d{4}-\\d{2}"))) return "month";
        if (periods.stream().allMatch(x -> x.matches("\\d{4}-\\d{2}-\\d{2}"))) return "day";
        throw new AssertionError("mixed levels: " + periods);
    }

    /**
     * Issue 33, finding 5: two exports either side of one register session (emotional load 5 to 6
     * beside exactly one new apologies mark) tied the reason to that member. A session reaches the
     * outputs once its month has ended, so one made the same day or month shows nothing of it.
     */
    @Test
    void aSessionOfThisMonthIsInNoOutputUntilTheMonthHasEnded() throws Exception {
        Path own = shared.resolve("session-data");
        ExportFixture.build(own);
        Path before = shared.resolve("before-session");
        assertEquals(0, Run.export(own, "--out", before.toString()).code());
        String reportBefore = org.rpgkiosk.Run.in(own, "report", "--format", "csv", "--table", "attendance_by_group_month").out();
        try (var store = org.rpgkiosk.store.Store.open(org.rpgkiosk.store.DatabaseUrl.defaultFor(own))) {
            var dsl = store.dsl();
            int group = dsl.select(RP_GROUP.ID).from(RP_GROUP).where(RP_GROUP.NAME.eq("Pod managers")).fetchOne(RP_GROUP.ID);
            int session = dsl.insertInto(GROUP_SESSION).set(GROUP_SESSION.GROUP_ID, group)
                    .set(GROUP_SESSION.HELD_ON, java.time.LocalDate.now()).set(GROUP_SESSION.FACILITATOR_KIND, "external")
                    .set(GROUP_SESSION.FACILITATOR_NAME, "Pat").set(GROUP_SESSION.MINUTES, 75)
                    .returning(GROUP_SESSION.ID).fetchOne().getId();
            var members = dsl.selectDistinct(ATTENDANCE.MEMBER_ID).from(ATTENDANCE).join(GROUP_SESSION)
                    .on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID)).where(GROUP_SESSION.GROUP_ID.eq(group))
                    .orderBy(ATTENDANCE.MEMBER_ID).fetch(ATTENDANCE.MEMBER_ID);
            assertTrue(members.size() >= 5, "the group's members on its registers: " + members);
            for (int i = 0; i < members.size(); i++) {
                dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, session).set(ATTENDANCE.MEMBER_ID, members.get(i))
                        .set(ATTENDANCE.STATUS, i == 0 ? "apologies" : "present")
                        .set(ATTENDANCE.REASON, i == 0 ? "emotional_load" : null).execute();
            }
        }
        Path after = shared.resolve("after-session");
        assertEquals(0, Run.export(own, "--out", after.toString()).code());
        for (String file : new String[] {"attendance.csv", "absence_reasons.csv"}) {
            assertEquals(java.nio.file.Files.readString(before.resolve(file)), java.nio.file.Files.readString(after.resolve(file)),
                    file + ": today's session is in no output made this month");
        }
        assertEquals(reportBefore, org.rpgkiosk.Run.in(own, "report", "--format", "csv", "--table",
                "attendance_by_group_month").out(), "nor in the report");
    }
}
