package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.report.Distributions;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.BLOCK;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * The acceptance check: every figure of the CSV report equals a recomputation straight
 * from the answer rows, to 1e-9. The recomputation shares no code with the report's path:
 * it reads one row per answer (no aggregate query), works on lists of raw answers (no counts
 * per point), and counts Mann-Whitney's U pair by pair and ranks by sorting. Only the t and
 * normal tails and the t quantile are borrowed from {@link Distributions}, which StatisticsTest
 * holds to scipy, R and mpmath.
 */
class ReportRecomputationTest {
    private static final double TOLERANCE = 1e-9;
    @TempDir Path dir;

    @ParameterizedTest
    @EnumSource(TestDatabases.class)
    void everyFigureOfTheCsvReportEqualsARecomputationFromTheAnswerRows(TestDatabases db) throws Exception {
        Map<String, List<Integer>> answers = new HashMap<>();
        Map<String, Long> respondents = new HashMap<>();
        DatabaseUrl url = db.fresh(dir);
        Map<String, List<String>> blockItems = new HashMap<>();
        Map<String, Map<String, Integer>> given = new HashMap<>();   // response/block/wave -> item -> points
        Map<String, String> roleOf = new HashMap<>();                 // response/block/wave -> role
        try (Store store = Store.open(url)) {
            store.dsl().transaction(tx -> new ReportFixture(store).twoWaves());
            store.dsl().select(BLOCK.CODE, ITEM.CODE).from(ITEM).join(BLOCK).on(BLOCK.ID.eq(ITEM.BLOCK_ID))
                    .where(ITEM.KIND.eq("agreement")).fetch()
                    .forEach(r -> blockItems.computeIfAbsent(r.value1(), b -> new ArrayList<>()).add(r.value2()));
            for (var r : store.dsl().select(RESPONSE.ID, WAVE.CODE, BLOCK.CODE, ITEM.CODE, ANSWER.POINTS, RESPONSE.ROLE_CODE)
                    .from(ANSWER).join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID)).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                    .join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID)).join(BLOCK).on(BLOCK.ID.eq(ITEM.BLOCK_ID))
                    .where(RESPONSE.STATUS.eq("submitted").and(ANSWER.POINTS.isNotNull())).fetch()) {
                String at = r.value1() + "/" + r.value3() + "/" + r.value2();
                given.computeIfAbsent(at, k -> new HashMap<>()).put(r.value4(), (int) r.value5());
                roleOf.put(at, r.value6());
            }
        }
        try (Store store = Store.open(url)) {   // submitted responses per wave, all and social workers
            for (var r : store.dsl().select(WAVE.CODE, RESPONSE.ROLE_CODE).from(RESPONSE).join(WAVE)
                    .on(WAVE.ID.eq(RESPONSE.WAVE_ID)).where(RESPONSE.STATUS.eq("submitted")).fetch()) {
                respondents.merge(r.value1() + "/all", 1L, Long::sum);
                if ("social_worker".equals(r.value2())) respondents.merge(r.value1() + "/social_worker", 1L, Long::sum);
            }
        }
        // The report's rule for a block's bases: a respondent is scored on half the block answered;
        // while, for some statement, those who answered it and those scored differ by 1 to 4 people
        // (k = 5), those people count in none of the block's figures, and the bases are counted again.
        Set<String> gone = new HashSet<>();                          // response/block/wave
        while (true) {
            Map<String, Set<String>> gaps = new HashMap<>();        // block/wave/item -> response/block/wave
            given.forEach((k, x) -> {
                if (gone.contains(k)) return;
                String[] f = k.split("/");
                boolean scored = 2 * x.size() >= blockItems.get(f[1]).size();
                for (String item : blockItems.get(f[1])) {
                    if (x.containsKey(item) != scored) gaps.computeIfAbsent(f[1] + "/" + f[2] + "/" + item, b -> new HashSet<>()).add(k);
                }
            });
            int before = gone.size();
            gaps.values().stream().filter(people -> people.size() < 5).forEach(gone::addAll);
            if (gone.size() == before) break;
        }
        Map<String, List<Double>> scores = new HashMap<>();          // block/wave -> each respondent's score
        int leftOut = gone.size();
        for (Map.Entry<String, Map<String, Integer>> e : given.entrySet()) {
            if (gone.contains(e.getKey())) continue;
            String[] f = e.getKey().split("/");
            Map<String, Integer> x = e.getValue();
            if (2 * x.size() >= blockItems.get(f[1]).size()) {
                scores.computeIfAbsent(f[1] + "/" + f[2], b -> new ArrayList<>()).add(x.values().stream().mapToInt(i -> i).average().orElseThrow());
            }
            x.forEach((item, points) -> {
                answers.computeIfAbsent(key(item, f[2], "all"), k -> new ArrayList<>()).add(points);
                if ("social_worker".equals(roleOf.get(e.getKey()))) {
                    answers.computeIfAbsent(key(item, f[2], "social_worker"), k -> new ArrayList<>()).add(points);
                }
            });
        }
        assertTrue(leftOut > 0, "the fixture has blocks whose few part-answered respondents are left out");
        Path out = dir.resolve("csv");
        assertEquals(0, Main.run("--data-dir", dir.toString(), "--db", url.url(), "--db-user", url.user(),
                "--db-password", url.password(), "report", "--by", "role", "--format", "csv", "--out", out.toString()));

        int checked = 0;
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("statements.csv")))) {
            List<Integer> x = answers.get(key(row.get("item_code"), row.get("wave"), row.get("role")));
            if (x == null) continue;
            double mean = mean(x);
            double sd = Math.sqrt(variance(x));
            double half = Distributions.studentQuantile(0.975, x.size() - 1) * sd / Math.sqrt(x.size());
            assertEquals(x.size(), Integer.parseInt(row.get("n")));
            near(mean, row.get("mean"));
            near(sd, row.get("sd"));
            near(Math.max(1, mean - half), row.get("ci_low"));     // clipped to the scale
            near(Math.min(4, mean + half), row.get("ci_high"));
            near(100.0 * x.stream().filter(p -> p >= 3).count() / x.size(), row.get("pct_agree"));
            checked++;
        }
        assertEquals(17 * 2 * 2, checked, "every statement, both waves, all and social workers");

        // Distributions: the answers at each level, and the respondents who left the statement blank.
        checked = 0;
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("distributions.csv")))) {
            List<Integer> x = answers.get(key(row.get("item_code"), row.get("wave"), row.get("role")));
            if (x == null) continue;
            for (int level = 1; level <= 4; level++) {
                final int v = level;
                long count = x.stream().filter(p -> p == v).count();
                assertEquals(count, Long.parseLong(row.get("n_" + level)), row.toString());
                near(100.0 * count / x.size(), row.get("pct_" + level));
            }
            long asked = respondents.get(row.get("wave") + "/" + row.get("role"));
            assertEquals(asked - x.size(), Long.parseLong(row.get("missing")), row.toString());
            checked++;
        }
        assertEquals(17 * 2 * 2, checked, "distributions: every statement, both waves, all and social workers");

        // Block scales of the whole sample: n and mean of the scores, and their change.
        checked = 0;
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("scales.csv")))) {
            if (!row.get("role").equals("all")) continue;
            List<Double> x = scores.get(row.get("block") + "/" + row.get("wave"));
            assertEquals(x.size(), Integer.parseInt(row.get("n")), row.toString());
            near(x.stream().mapToDouble(d -> d).average().orElseThrow(), row.get("mean"));
            checked++;
        }
        assertEquals(3 * 2, checked, "three blocks, two waves");
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("scale_changes.csv")))) {
            if (!row.get("role").equals("all")) continue;
            double a = scores.get(row.get("block") + "/y3").stream().mapToDouble(d -> d).average().orElseThrow();
            double b = scores.get(row.get("block") + "/y1").stream().mapToDouble(d -> d).average().orElseThrow();
            near(a - b, row.get("mean_diff"));
        }

        // Respondents per role: they add up to the wave's respondents, social workers as counted, no role under k.
        Map<String, Long> perWave = new HashMap<>();
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("respondents_by_role.csv")))) {
            long n = Long.parseLong(row.get("respondents"));
            perWave.merge(row.get("wave"), n, Long::sum);
            if (row.get("role").equals("social_worker")) assertEquals(respondents.get(row.get("wave") + "/social_worker"), n);
            if (!row.get("role").equals("other")) assertTrue(n >= 5, row.toString());
        }
        assertEquals(Map.of("y1", respondents.get("y1/all"), "y3", respondents.get("y3/all")), perWave);

        checked = 0;
        List<Tested> tested = new ArrayList<>();
        for (CSVRecord row : ReportCommandTest.csv(Files.readString(out.resolve("comparisons.csv")))) {
            List<Integer> a = answers.get(key(row.get("item_code"), row.get("wave_a"), row.get("role")));
            List<Integer> b = answers.get(key(row.get("item_code"), row.get("wave_b"), row.get("role")));
            if (a == null) continue;
            assertEquals(List.of("y3", "y1"), List.of(row.get("wave_a"), row.get("wave_b")));
            near(mean(a) - mean(b), row.get("mean_diff"));
            double u = 0;
            for (int x : a) for (int y : b) u += x > y ? 1 : x == y ? 0.5 : 0;
            near(u, row.get("mw_u"));
            double mwP = mannWhitneyP(a, b, u);
            near(mwP, row.get("mw_p"));
            double sa = variance(a) / a.size();
            double sb = variance(b) / b.size();
            double t = (mean(a) - mean(b)) / Math.sqrt(sa + sb);
            double df = (sa + sb) * (sa + sb) / (sa * sa / (a.size() - 1) + sb * sb / (b.size() - 1));
            near(t, row.get("welch_t"));
            near(Distributions.studentTwoSidedP(t, df), row.get("welch_p"));
            // Effect sizes by their definitions (EffectSizes' javadoc names the sources).
            double half = Distributions.studentQuantile(0.975, df) * Math.sqrt(sa + sb);
            near(Math.max(-3, mean(a) - mean(b) - half), row.get("mean_diff_ci_low"));
            near(Math.min(3, mean(a) - mean(b) + half), row.get("mean_diff_ci_high"));
            double area = u / (a.size() * (double) b.size());
            near(2 * area - 1, row.get("rank_biserial"));
            double q1 = area / (2 - area);
            double q2 = 2 * area * area / (1 + area);
            double se = 2 * Math.sqrt((area * (1 - area) + (a.size() - 1) * (q1 - area * area)
                    + (b.size() - 1) * (q2 - area * area)) / (a.size() * (double) b.size()));
            near(Math.max(-1, 2 * area - 1 - 1.959963984540054 * se), row.get("rank_biserial_ci_low"));
            near(Math.min(1, 2 * area - 1 + 1.959963984540054 * se), row.get("rank_biserial_ci_high"));
            double nn = a.size() + b.size();
            double pooledSd = Math.sqrt(((a.size() - 1) * variance(a) + (b.size() - 1) * variance(b)) / (nn - 2));
            double g = (1 - 3 / (4 * nn - 9)) * (mean(a) - mean(b)) / pooledSd;
            double gse = Math.sqrt(nn / (a.size() * (double) b.size()) + g * g / (2 * nn));
            near(g, row.get("hedges_g"));
            near(g - 1.959963984540054 * gse, row.get("hedges_g_ci_low"));
            near(g + 1.959963984540054 * gse, row.get("hedges_g_ci_high"));
            // The rule for the mark: a wave under 30 answers, or one level with 80 % of all, takes the
            // exact permutation p (held to a brute force in PermutationTest); else the asymptotic one.
            List<Integer> pooled = new ArrayList<>(a);
            pooled.addAll(b);
            long most = java.util.stream.IntStream.rangeClosed(1, 4)
                    .mapToLong(v -> pooled.stream().filter(x -> x == v).count()).max().orElse(0);
            boolean exact = Math.min(a.size(), b.size()) < 30 || most >= 0.8 * pooled.size();
            assertEquals(exact ? "exact" : "asymptotic", row.get("mark_p"), row.toString());
            assertEquals(exact, !row.get("mw_p_exact").isEmpty(), row.toString());
            tested.add(new Tested(row, exact ? Double.parseDouble(row.get("mw_p_exact")) : mwP));
            checked++;
        }
        assertEquals(17 * 2, checked);
        long exactOnes = tested.stream().filter(t -> t.row.get("mark_p").equals("exact")).count();
        assertTrue(exactOnes > 0 && exactOnes < tested.size(), "both kinds of p are checked: " + exactOnes);
        // Holm and BH over each role group's statements, and within each block, by their definitions.
        for (Tested r : tested) {
            List<Tested> all = tested.stream().filter(o -> o.row.get("role").equals(r.row.get("role"))).toList();
            List<Tested> block = all.stream().filter(o -> o.row.get("block").equals(r.row.get("block"))).toList();
            near(holm(r, all), r.row.get("mw_p_holm"));
            near(bh(r, all), r.row.get("mw_q_bh"));
            near(holm(r, block), r.row.get("mw_p_holm_block"));
            near(bh(r, block), r.row.get("mw_q_bh_block"));
            assertEquals(Boolean.toString(holm(r, all) < 0.05), r.row.get("significant"), "the mark is Holm's");
        }
        assertTrue(answers.size() > 0);
    }

    private record Tested(CSVRecord row, double p) {}

    /** 1-based place of r among the family sorted by p, ties in file order. */
    private static int rank(Tested r, List<Tested> family) {
        int below = 0;
        for (Tested o : family) {
            if (o.p < r.p || o.p == r.p && family.indexOf(o) < family.indexOf(r)) below++;
        }
        return below + 1;
    }

    /** Holm (1979): the largest (m - j + 1) p_(j) over the ranks j up to r's, at most 1. */
    private static double holm(Tested r, List<Tested> family) {
        int m = family.size();
        double worst = 0;
        for (Tested o : family) {
            int j = rank(o, family);
            if (j <= rank(r, family)) worst = Math.max(worst, (m - j + 1) * o.p);
        }
        return Math.min(1, worst);
    }

    /** Benjamini-Hochberg (1995): the smallest m p_(j) / j over the ranks j from r's on, at most 1. */
    private static double bh(Tested r, List<Tested> family) {
        int m = family.size();
        double best = Double.POSITIVE_INFINITY;
        for (Tested o : family) {
            int j = rank(o, family);
            if (j >= rank(r, family)) best = Math.min(best, m * o.p / j);
        }
        return Math.min(1, best);
    }

    /** Ranks by sorting the pooled answers; the variance corrected for ties; continuity 1/2. */
    private static double mannWhitneyP(List<Integer> a, List<Integer> b, double u) {
        List<Integer> pooled = new ArrayList<>(a);
        pooled.addAll(b);
        pooled.sort(null);
        double n = pooled.size();
        double ties = 0;
        for (int i = 0; i < pooled.size(); ) {
            int j = i;
            while (j < pooled.size() && pooled.get(j).equals(pooled.get(i))) j++;
            double t = j - i;
            ties += t * t * t - t;
            i = j;
        }
        double na = a.size();
        double nb = b.size();
        double sigma = Math.sqrt(na * nb / 12 * ((n + 1) - ties / (n * (n - 1))));
        double d = u - na * nb / 2;
        return Distributions.normalTwoSidedP((d - Math.signum(d) * 0.5) / sigma);
    }

    private static double mean(List<Integer> x) {
        return x.stream().mapToInt(Integer::intValue).sum() / (double) x.size();
    }

    private static double variance(List<Integer> x) {
        double m = mean(x);
        return x.stream().mapToDouble(v -> (v - m) * (v - m)).sum() / (x.size() - 1);
    }

    private static String key(String item, String wave, String role) {
        return item + "/" + wave + "/" + role;
    }

    private static void near(double expected, String actual) {
        assertEquals(expected, Double.parseDouble(actual), TOLERANCE, actual);
    }
}
