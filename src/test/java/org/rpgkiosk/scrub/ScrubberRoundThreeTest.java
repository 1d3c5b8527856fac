package org.rpgkiosk.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 34's catalogue (src/test/resources/scrub/planted-round3.txt): a recall table per kind,
 * printed every run, and the kinds this scrubber takes held at 100 %. The kinds still to come
 * are printed too, so the table says where the work stands. And the other side: fewer than 1 in
 * 50 ordinary answers (plain.txt) changed at all.
 */
class ScrubberRoundThreeTest {
    /** The kinds of the issue the scrubber takes so far: each must come out whole, every plant. */
    private static final Set<String> TAKEN = Set.of("phone", "vehicle", "reference", "ip", "mac", "ni_number", "pps",
            "driving_licence", "passport", "sort_code", "account", "iban", "url", "email", "homoglyph", "handle", "name", "dob");

    @Test
    void everyPlantOfTheKindsTakenGoesAndOrdinaryAnswersStay() throws IOException {
        Scrubber scrubber = new Scrubber(lines("roster.txt"));
        Map<String, int[]> byKind = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        for (String line : lines("planted-round3.txt")) {
            ScrubberCorpusTest.Answer a = ScrubberCorpusTest.parse(line);
            List<Scrubber.Hit> hits = scrubber.find(a.text());
            for (ScrubberCorpusTest.Planted p : a.planted()) {
                int[] tally = byKind.computeIfAbsent(p.kind(), k -> new int[2]);
                tally[0]++;
                if (ScrubberCorpusTest.covered(a.text(), p.start(), p.end(), hits)) tally[1]++;
                else if (TAKEN.contains(p.kind())) misses.add(p.kind() + ": " + p.text() + "  in  " + scrubber.scrub(a.text()));
            }
        }
        int plain = 0;
        int changed = 0;
        for (String line : lines("plain.txt")) {
            plain++;
            String text = ScrubberCorpusTest.unescape(line);
            if (!scrubber.scrub(text).equals(text)) changed++;
        }
        StringBuilder report = new StringBuilder("\nscrubber, issue 34's catalogue:\n");
        byKind.forEach((kind, t) -> report.append(String.format("  %-16s %2d planted, %2d caught, recall %5.1f %%%s%n",
                kind, t[0], t[1], 100.0 * t[1] / t[0], TAKEN.contains(kind) ? "" : "  (not yet taken)")));
        report.append(String.format("  ordinary answers changed: %d of %d%n", changed, plain));
        misses.forEach(m -> report.append("  MISSED ").append(m).append('\n'));
        System.out.println(report);

        assertTrue(byKind.keySet().containsAll(TAKEN), "the catalogue plants every kind taken: " + byKind.keySet());
        assertEquals(List.of(), misses, "every plant of a kind taken goes");
        assertTrue(changed * 50 < plain, "fewer than 1 in 50 ordinary answers changed: " + changed + " of " + plain);
    }

    /**
     * What no rule can know is flagged for review, never replaced: every answer of review.txt
     * (a name not on the roster, a nickname, a place, initials, "aged 7"). Ordinary answers are
     * flagged too where they name a place or a programme; the rate is printed, and held under one
     * in ten so the review stays short.
     */
    @Test
    void whatNoRuleCanKnowIsFlaggedForReview() throws IOException {
        Scrubber scrubber = new Scrubber(lines("roster.txt"));
        List<String> missed = new ArrayList<>();
        for (String line : lines("review.txt")) {
            if (!scrubber.needsReview(line)) missed.add(line);
            assertEquals(line, scrubber.scrub(line), "flagged, not replaced");
        }
        int plain = 0;
        List<String> flagged = new ArrayList<>();
        for (String line : lines("plain.txt")) {
            plain++;
            String text = ScrubberCorpusTest.unescape(line);
            if (scrubber.review(text) == Scrubber.Review.NAME_LIKE) flagged.add(text);
        }
        System.out.printf("%nreview flags: %d of %d review answers; ordinary answers flagged %d of %d (%.1f %%)%n",
                lines("review.txt").size() - missed.size(), lines("review.txt").size(), flagged.size(), plain,
                100.0 * flagged.size() / plain);
        flagged.forEach(f -> System.out.println("  FLAGGED " + f));
        assertEquals(List.of(), missed, "every answer of review.txt flagged");
        assertTrue(flagged.size() * 10 < plain, "ordinary answers flagged: " + flagged.size() + " of " + plain);
    }

    /**
     * A roster first name that is an everyday word, left where it may be the word ("we asked
     * precious to"), flags its answer at level 2: read after level 1. The level-1 share of
     * ordinary answers is held as above; the level-2 share is printed (this roster holds 18 such
     * first names, many more than a team's).
     */
    @Test
    void everydayRosterFirstNamesLeftInPlaceAreFlaggedAtTheirOwnLevel() throws IOException {
        Scrubber scrubber = new Scrubber(lines("roster.txt"));
        for (String line : lines("review-roster-words.txt")) {
            assertEquals(line, scrubber.scrub(line), "flagged, not replaced");
            assertEquals(Scrubber.Review.ROSTER_WORD, scrubber.review(line), line);
        }
        assertEquals(Scrubber.Review.NONE, new Scrubber(List.of("Ruth Carter")).review("We asked precious to lead."),
                "not on this roster: no flag");
        assertEquals(Scrubber.Review.NAME_LIKE, scrubber.review("We asked precious to bring Tyler."),
                "a name-like word ranks first");
        assertEquals("The long sessions were a joy, and [name] agreed.", scrubber.scrub("The long sessions were a joy, and Tom agreed."),
                "the word, after an article and before a comma, stays; the name goes");
        assertEquals("It was a joy and [name] agreed.", scrubber.scrub("It was a joy and Tom agreed."));
        assertEquals("My hope was that it would last.", scrubber.scrub("My hope was that it would last."));
        assertEquals("So [name] was not there, and [name] and [name] ran it.",
                scrubber.scrub("So hope was not there, and precious and Ray ran it."), "where a name stands, it goes");
        int plain = 0;
        int secondLevel = 0;
        for (String line : lines("plain.txt")) {
            plain++;
            if (scrubber.review(ScrubberCorpusTest.unescape(line)) == Scrubber.Review.ROSTER_WORD) secondLevel++;
        }
        System.out.printf("%nreview level 2 (everyday roster first names): ordinary answers %d of %d (%.1f %%)%n",
                secondLevel, plain, 100.0 * secondLevel / plain);
        assertTrue(secondLevel > 0, "this roster's everyday first names occur in ordinary answers");
    }

    /** Shapes near the new kinds that ordinary answers hold: each stays as typed. */
    @ParameterizedTest
    @ValueSource(strings = {"we met at 10:30:15 and ran over", "the staff 2023 survey was long", "case 12 was hard",
        "version 2.1.4 of the form", "Covid19 hit the team", "an MP3 recording", "THE A14 ROAD WAS SHUT",
        "3 of 4 sessions, 9:30-11:00", "we scored 4.5 out of 5", "ID badges were handed out", "RPG 2024 review",
        "my account of the session", "file notes take 20 minutes", "12-14 people came", "PPS meeting at 2",
        "work/life balance matters.It was good", "9/10 sessions, he/she said", "we met at the hub. Dot said hi",
        "hope you are well, thanks", "thanks for the joy of it", "the 2nd_floor room", "Dr appointments clash",
        "Привет from a Russian speaker", "ελπίδα means hope", "the score was 3 on Monday", "we were called out again",
        "she turned 40 this year", "the twenty-first century", "March the second time round", "nineteen of us came"})
    void ordinaryShapesNearTheNewKindsStay(String text) {
        Scrubber.Tally tally = new Scrubber.Tally();
        assertEquals(text, new Scrubber(List.of("Ruth Carter")).scrub(text, tally));
        assertEquals(0, tally.total());
    }

    static List<String> lines(String name) throws IOException {
        try (InputStream in = ScrubberRoundThreeTest.class.getResourceAsStream("/scrub/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        }
    }
}
