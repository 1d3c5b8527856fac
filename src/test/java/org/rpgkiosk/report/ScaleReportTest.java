package org.rpgkiosk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.Report.Options;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.ReportData.Answers;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;
import org.rpgkiosk.report.ScaleReport.ScaleChange;
import org.rpgkiosk.report.ScaleReport.ScaleRow;

/** Block scores, alpha and their change from hand-made responses: the rules, not the database. */
class ScaleReportTest {
    private static final List<Statement> STATEMENTS = List.of(
            new Statement("skills", "Skills", "s1", "one"), new Statement("skills", "Skills", "s2", "two"),
            new Statement("skills", "Skills", "s3", "three"), new Statement("skills", "Skills", "s4", "four"),
            new Statement("rel", "Relationships", "r1", "alone in its block"));
    private static final List<Role> ROLES = List.of(new Role("social_worker", "Social worker"),
            new Role("team_manager", "Team manager"), new Role("other", "Other"));

    private static Answers answers(String wave, String role, int... points) {
        byte[] b = new byte[points.length];
        for (int i = 0; i < points.length; i++) b[i] = (byte) points[i];
        return new Answers(wave, role, b);
    }

    private static Report report(List<Answers> responses, Options options) {
        List<WaveReturns> waves = List.of(new WaveReturns("y1", "+1", 50, 20, 0, 0), new WaveReturns("y3", "+3", 50, 20, 0, 0));
        return Report.build(ReportData.of(waves, ROLES, STATEMENTS, responses, List.of()), options);
    }

    private static Options k3(String wave, boolean byRole) {
        return new Options(Optional.of(wave), Optional.empty(), byRole, 3);
    }

    private static ScaleRow row(Report r, String block, String wave, String role) {
        return r.scales().rows().stream().filter(x -> x.scale().blockCode().equals(block) && x.wave().equals(wave)
                && x.role().equals(role)).findFirst().orElseThrow();
    }

    /** The six complete cases whose alpha numpy gives as 0.9255242227042659 (Feldt: scipy's f.ppf). */
    private static final int[][] CASES = {{4, 4, 3, 4}, {3, 3, 3, 2}, {2, 2, 1, 2}, {3, 4, 3, 3}, {1, 2, 2, 1}, {4, 3, 4, 4}};

    @Test
    void aScoreNeedsHalfTheBlockAndIsTheMeanOfWhatWasAnswered() {
        List<Answers> responses = new ArrayList<>();
        for (int[] c : CASES) responses.add(answers("y1", "social_worker", c[0], c[1], c[2], c[3], 3));
        // k = 3 of each, so that the statements' bases and the scores' differ by none or k+.
        for (int i = 0; i < 3; i++) {
            responses.add(answers("y1", "social_worker", 4, 0, 0, 2, 0));   // 2 of 4: scored 3.0; no r1
            responses.add(answers("y1", "social_worker", 0, 1, 0, 0, 4));   // 1 of 4: no score
        }
        Report r = report(responses, k3("y1", false));
        ScaleRow skills = row(r, "skills", "y1", Report.ALL);
        assertEquals(9, skills.summary().n());
        assertEquals(3, skills.missing());
        double sum = 3 * 3.0;
        for (int[] c : CASES) sum += (c[0] + c[1] + c[2] + c[3]) / 4.0;
        assertEquals(sum / 9, skills.summary().mean(), 1e-15);
        assertEquals(6, skills.alpha().complete(), "the half-answered response is scored but not a complete case");
        assertEquals(0.9255242227042659, skills.alpha().alpha(), 1e-13);
        assertEquals(0.7336436869300478, skills.alpha().low(), 1e-12);
        assertEquals(0.9884133592211972, skills.alpha().high(), 1e-12);

        ScaleRow rel = row(r, "rel", "y1", Report.ALL);
        assertEquals(9, rel.summary().n(), "one statement: answered or not");
        assertEquals(3, rel.missing());
        assertTrue(Double.isNaN(rel.alpha().alpha()), "no alpha of one statement");
        assertEquals(1, rel.alpha().items());
    }

    @Test
    void alphaIsUndefinedWhenEveryTotalIsEqualAndWithheldUnderKCompleteCases() {
        List<Answers> same = new ArrayList<>();
        for (int i = 0; i < 5; i++) same.add(answers("y1", "social_worker", 3, 3, 3, 3, 3));
        ScaleRow flat = row(report(same, k3("y1", false)), "skills", "y1", Report.ALL);
        assertEquals(3.0, flat.summary().mean());
        assertEquals(0.0, flat.summary().sd());
        assertTrue(Double.isNaN(flat.alpha().alpha()), "no variance of the totals");

        List<Answers> few = new ArrayList<>();
        few.add(answers("y1", "social_worker", 4, 3, 4, 4, 3));
        few.add(answers("y1", "social_worker", 1, 2, 1, 1, 3));
        for (int i = 0; i < 3; i++) {   // every statement answered by k = 3 or more, and skipped by 3 scored
            few.add(answers("y1", "social_worker", 3, 3, 0, 0, 3));
            few.add(answers("y1", "social_worker", 0, 0, 2, 2, 3));
        }
        ScaleRow skills = row(report(few, k3("y1", false)), "skills", "y1", Report.ALL);
        assertEquals(8, skills.summary().n());
        assertTrue(skills.summary().hasFigures());
        assertEquals(2, skills.alpha().complete());
        assertTrue(Double.isNaN(skills.alpha().alpha()), "two complete cases, under k = 3");
    }

    @Test
    void aStatementWithheldForTheWholeSampleWithholdsItsBlock() {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < 6; i++) responses.add(answers("y1", "social_worker", 3, i < 2 ? 4 : 0, 3, 3, 3));
        Report r = report(responses, k3("y1", false));
        ScaleRow skills = row(r, "skills", "y1", Report.ALL);
        assertFalse(skills.summary().hasFigures(), "s2 rests on two answers, and every score of the two mixes it in");
        assertNull(skills.alpha());
        assertTrue(row(r, "rel", "y1", Report.ALL).summary().hasFigures());
    }

    @Test
    void aRoleRowIsWithheldWhereOneOfItsStatementsIsAndAnotherRowGuardsIt() {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) responses.add(answers("y1", "social_worker", 3, 3, 2, 4, 3));
        // Five team managers, of whom only two answered s3: their s3 row is withheld, so their
        // skills score (which mixes s3 in) is too, and one more row so that all minus the rest
        // does not give it back.
        for (int i = 0; i < 5; i++) responses.add(answers("y1", "team_manager", 4, 4, i < 2 ? 1 : 0, 4, 2));
        for (int i = 0; i < 5; i++) responses.add(answers("y1", "other", 2, 2, 2, 2, 2));
        Report r = report(responses, k3("y1", true));
        assertTrue(r.statementRows().stream().anyMatch(x -> x.statement().itemCode().equals("s3")
                && x.role().equals("team_manager") && x.levels() == null), "the premise: s3 withheld for team managers");
        ScaleRow managers = row(r, "skills", "y1", "team_manager");
        assertFalse(managers.summary().hasFigures());
        assertEquals(5, managers.summary().n(), "the count stays");
        assertEquals(-1, managers.missing());
        long withheld = r.scales().rows().stream().filter(x -> x.scale().blockCode().equals("skills")
                && !x.summary().hasFigures()).count();
        assertEquals(2, withheld, "the team managers and the smallest other row");
        assertTrue(row(r, "skills", "y1", Report.ALL).summary().hasFigures());
        assertTrue(row(r, "rel", "y1", "team_manager").summary().hasFigures(), "r1 is shown for them");
        assertNull(row(r, "rel", "y1", "team_manager").alpha(), "alpha for the whole sample only");
    }

    /**
     * The intruder's sums (issue 33, finding 3): a statement's mean and the block's mean are exact
     * sums over their bases; with every scored respondent answering the whole block, 4 x n x the
     * block mean less the other statements' totals is the scored respondents' s1 total, and s1's
     * own total less that is the answer of whoever answered s1 without a score.
     */
    private static OptionalDouble loneAnswer(Report r, String wave, String role) {
        ScaleRow skills = row(r, "skills", wave, role);
        if (!skills.summary().hasFigures()) return OptionalDouble.empty();
        double scoredTotal = 4 * skills.summary().n() * skills.summary().mean();
        double s1 = 0;
        for (StatementRow x : r.statementRows()) {
            if (!x.wave().equals(wave) || !x.role().equals(role) || !x.statement().blockCode().equals("skills")) continue;
            if (x.levels() == null) return OptionalDouble.empty();
            double total = x.summary().n() * x.summary().mean();
            if (x.statement().itemCode().equals("s1")) s1 = total;
            else scoredTotal -= total;
        }
        return OptionalDouble.of(s1 - scoredTotal);
    }

    private static long n(Report r, String item, String wave, String role) {
        return r.statementRows().stream().filter(x -> x.statement().itemCode().equals(item) && x.wave().equals(wave)
                && x.role().equals(role)).findFirst().orElseThrow().summary().n();
    }

    @Test
    void oneRespondentWithNoScoreWhoAnsweredOneStatementIsLeftOutOfTheBlockSoNoDifferenceGivesThemAway() {
        List<Answers> responses = new ArrayList<>();
        for (int[] c : CASES) responses.add(answers("y1", "social_worker", c[0], c[1], c[2], c[3], 3));
        responses.add(answers("y1", "social_worker", 1, 0, 0, 0, 3));   // s1 = 1 and nothing else of the block
        Report r = report(responses, k3("y1", false));
        ScaleRow skills = row(r, "skills", "y1", Report.ALL);
        assertTrue(skills.summary().hasFigures(), "the block keeps its figures");
        assertEquals(6, skills.summary().n());
        assertEquals(6, n(r, "s1", "y1", Report.ALL), "their s1 is left out with them: the bases are the same six");
        assertEquals(0, loneAnswer(r, "y1", Report.ALL).orElseThrow(), 1e-9, "the intruder's difference is no one's");
        assertEquals(7, n(r, "r1", "y1", Report.ALL), "another block is not touched");
        assertTrue(r.disclosureNotes().contains("y1, Skills: 1 respondent(s) who answered only part of the block are left"
                + " out of its statements and score: with fewer than 3 of them, the statement means beside the mean score"
                + " would give their answers away."), r.disclosureNotes().toString());

        // Two more such people make three (k): they all count, and the difference is only their sum.
        responses.add(answers("y1", "social_worker", 3, 0, 0, 0, 3));
        responses.add(answers("y1", "social_worker", 4, 0, 0, 0, 3));
        Report three = report(responses, k3("y1", false));
        assertEquals(9, n(three, "s1", "y1", Report.ALL));
        assertEquals(8, loneAnswer(three, "y1", Report.ALL).orElseThrow(), 1e-9, "1 + 3 + 4");
        assertTrue(three.leftOut().isEmpty());
    }

    @Test
    void theTotalOfOneRespondentWhoSkippedAStatementIsNotWorkedBack() {
        List<Answers> responses = new ArrayList<>();
        for (int[] c : CASES) responses.add(answers("y1", "social_worker", c[0], c[1], c[2], c[3], 3));
        responses.add(answers("y1", "social_worker", 2, 4, 1, 0, 3));   // scored on 3 of 4, skipped s4
        Report r = report(responses, k3("y1", false));
        // Counted, 12 x (7 x the mean - the statement totals / 4) would be their total, 7.
        ScaleRow skills = row(r, "skills", "y1", Report.ALL);
        assertEquals(6, skills.summary().n());
        double mean = 0;
        for (int[] c : CASES) mean += (c[0] + c[1] + c[2] + c[3]) / 4.0 / 6;
        assertEquals(mean, skills.summary().mean(), 1e-15, "the six complete cases alone");
        for (String s : List.of("s1", "s2", "s3", "s4")) assertEquals(6, n(r, s, "y1", Report.ALL), s);
        assertEquals(Map.of("y1", Map.of("skills", 1L)), r.leftOut());
    }

    @Test
    void aRoleRowWithheldForItsBasesIsGuardedSoTheWholeLessTheRestIsNoFewPeople() {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < 8; i++) responses.add(answers("y1", "social_worker", 3, 3, 2, 4, 3));
        responses.add(answers("y1", "social_worker", 1, 0, 0, 0, 3));     // the one social worker with s1 alone
        for (int i = 0; i < 6; i++) responses.add(answers("y1", "team_manager", 4, 4, 3, 4, 2));
        for (int i = 0; i < 3; i++) responses.add(answers("y1", "team_manager", 2, 0, 0, 0, 2));
        for (int i = 0; i < 5; i++) responses.add(answers("y1", "other", 2, 2, 2, 2, 2));
        Report r = report(responses, k3("y1", true));
        // The whole sample's s1 and scores differ by 4 people (safe), the team managers' by 3, the
        // social workers' by 1: theirs is withheld, and with the team managers and the others shown,
        // all less those two would be the social workers' again. So every role row goes.
        for (String role : List.of("social_worker", "team_manager", "other")) {
            assertFalse(row(r, "skills", "y1", role).summary().hasFigures(), role);
        }
        assertTrue(row(r, "skills", "y1", Report.ALL).summary().hasFigures());
        assertTrue(row(r, "rel", "y1", "social_worker").summary().hasFigures(), "r1's bases are the scores' own");
    }

    @Test
    void theChangeIsWelchsOnTheScoresWithHolmOverTheBlocks() {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < 12; i++) responses.add(answers("y1", "social_worker", 2, 2, 3, 2, 1 + i % 4));
        for (int i = 0; i < 15; i++) responses.add(answers("y3", "social_worker", 3, 4, 3, 3 + i % 2, 1 + i % 4));
        Report r = report(responses, new Options(Optional.of("y3"), Optional.of("y1"), false, 3));
        List<ScaleChange> changes = r.scales().changes();
        assertEquals(2, changes.size());
        ScaleChange skills = changes.get(0);
        assertEquals(15, skills.a().n());
        assertEquals(12, skills.b().n());
        // y3's s4: eight 3s and seven 4s.
        assertEquals((3 + 4 + 3 + 52 / 15.0) / 4 - 9 / 4.0, skills.difference().estimate(), 1e-14);
        assertTrue(skills.significant());
        ScaleChange rel = changes.get(1);
        double p1 = skills.welch().p();
        double p2 = rel.welch().p();
        // Holm over two: the smaller p times 2, the larger kept at least that.
        assertEquals(Math.min(1, 2 * Math.min(p1, p2)), Math.min(skills.holm(), rel.holm()), 1e-15);
        assertEquals(Math.min(1, Math.max(2 * Math.min(p1, p2), Math.max(p1, p2))), Math.max(skills.holm(), rel.holm()), 1e-15);
    }

    @Test
    void theFindingsNameWhatChangedAfterAdjustmentAndHowEachBlockMoved() {
        List<Answers> responses = new ArrayList<>();
        for (int i = 0; i < 40; i++) responses.add(answers("y1", "social_worker", 1 + i % 2, 2 + i % 2, 3, 2 + i % 3, 2 + i % 2));
        for (int i = 0; i < 40; i++) responses.add(answers("y3", "social_worker", 3 + i % 2, 2 + i % 2, 3, 2 + i % 3, 2 + i % 2));
        Report r = report(responses, new Options(Optional.of("y3"), Optional.of("y1"), false, 3));
        List<String> findings = Findings.of(r);
        assertEquals("Comparing y3 (+3, 40 released responses) with y1 (+1, 40): 4 of 5 statements could be tested"
                + " (the others: figures withheld, or no variation to test).", findings.get(0), "s3 is 3 throughout");
        assertEquals("1 changed significantly after Holm's adjustment (s1 +2.00); 1 had p < 0.05 before adjustment,"
                + " and 1 have a Benjamini-Hochberg q < 0.05.", findings.get(1));
        // y1's skills: (1.5 + 2.5 + 3 + 2.975) / 4 = 2.49 (s4 is 2 + i % 3: 14 twos, 13 threes, 13 fours).
        assertTrue(findings.get(2).startsWith("Skills: mean score 2.49 (y1) to 2.99 (y3), a change of +0.50 (95% CI "),
                findings.get(2));
        assertTrue(findings.get(2).endsWith(", Holm p < 0.001, significant."), findings.get(2));
        assertTrue(findings.get(3).startsWith("Relationships: mean score 2.50 (y1) to 2.50 (y3), a change of +0.00"),
                findings.get(3));
        assertTrue(TextReport.render(r).contains("1 changed significantly after Holm's adjustment (s1 +2.00)"));
        assertTrue(HtmlReport.render(r).contains("<li>1 changed significantly after Holm&#39;s adjustment")
                || HtmlReport.render(r).contains("<li>1 changed significantly after Holm's adjustment"));
    }

    @Test
    void dataOfCountsOnlyHasNoScales() {
        assertTrue(Report.build(ReportTest.data(), Options.defaults()).scales().rows().isEmpty());
    }
}
