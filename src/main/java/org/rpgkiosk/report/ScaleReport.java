package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.rpgkiosk.disclosure.RowSuppression;
import org.rpgkiosk.report.Report.StatementRow;
import org.rpgkiosk.report.Report.WavePair;
import org.rpgkiosk.report.ReportData.Answers;
import org.rpgkiosk.report.ReportData.Statement;

/**
 * Each block of statements as one scale. A respondent's <b>block score</b> is the mean of the
 * block's statements they answered, given when they answered at least half of them (rounded up:
 * 1 of 1, 2 of 3, 2 of 4); with fewer they have no score for the block and count as missing. Per
 * wave and role group: the scores' n, mean, SD and interval (as a statement's, clipped to 1..4)
 * and, for the whole sample, Cronbach's alpha over the complete cases. Between the two waves
 * compared: the difference of mean scores with Welch's test and interval and Hedges' g; the mark is
 * Welch's p Holm-adjusted over the blocks compared for the same role group (block scores are
 * means, nearly continuous, so Welch suits them as Mann-Whitney suits single answers).
 *
 * <p>Disclosure: a row rests on its scored respondents (at least k, with the same subtraction
 * guard as a statement's rows), and shows figures only where every statement of its block shows
 * its figures for that wave and group: a score mixes those answers, so a withheld statement's could
 * otherwise be worked back from it. It also shows them only where, for every statement of the
 * block, the respondents who answered the statement and those scored are the same people or differ
 * by k or more: the statement means and the block mean are exact sums over their bases, so with
 * bases a few people apart, one less the other is those few people's answers. For the whole sample
 * {@link PartialBlocks} has already made them so; a role row can still be a few apart, and is then
 * withheld with a guard. Alpha is
 * shown only where the whole-sample row is, and on at least k complete cases.
 */
public record ScaleReport(List<Scale> scales, List<ScaleRow> rows, List<ScaleChange> changes) {
    /** @param statements the indexes of the block's statements in the report's statement list */
    public record Scale(String blockCode, String blockTitle, List<Integer> statements) {
        /** Answered enough of the block for a score: at least half, rounded up. */
        boolean scored(int answered) {
            return answered > 0 && 2 * answered >= statements.size();
        }
    }

    /**
     * @param missing respondents of the wave and group without a score (-1 where withheld)
     * @param alpha   the whole sample's; null for a role group
     */
    public record ScaleRow(Scale scale, String wave, String role, Summary summary, long missing, CronbachAlpha alpha) {}

    /** Wave a minus wave b; {@code holm} is Welch's p adjusted over the blocks (NaN where undefined). */
    public record ScaleChange(Scale scale, String waveA, String waveB, String role, Moments a, Moments b, Welch welch,
                              Interval difference, Interval hedgesG, double holm) {
        public boolean significant() {
            return holm < Comparison.ALPHA;
        }

        public boolean shown() {
            return !Double.isNaN(difference.estimate());
        }
    }

    private record Key(int scale, String wave, String group) {}

    /**
     * @param statementRows the report's statement rows, for which statement figures are withheld
     * @param groupOf       a response's role group (its role, or other; roles pooled as in every table)
     * @param groups        the role groups of a table over the given waves, whole sample first
     */
    static ScaleReport build(List<Statement> statements, List<Answers> responses, List<StatementRow> statementRows,
                             List<String> shown, Optional<WavePair> pair, Function<String, String> groupOf,
                             Function<List<String>, List<String>> groups, int k) {
        // No response at all (or data made of counts only): no scale to describe.
        if (responses.isEmpty()) return new ScaleReport(List.of(), List.of(), List.of());
        List<Scale> scales = scales(statements);
        Map<Key, List<Double>> scores = new HashMap<>();
        Map<Key, List<byte[]>> complete = new HashMap<>();
        Map<Key, Long> people = new HashMap<>();
        Map<Key, int[]> gaps = new HashMap<>();
        for (Answers a : responses) {
            String group = groupOf.apply(ReportData.roleOrOther(a.roleCode()));
            for (String g : List.of(Report.ALL, group)) people.merge(new Key(-1, a.waveCode(), g), 1L, Long::sum);
            for (int s = 0; s < scales.size(); s++) {
                List<Integer> items = scales.get(s).statements();
                byte[] answers = new byte[items.size()];
                int answered = 0;
                int sum = 0;
                for (int i = 0; i < items.size(); i++) {
                    answers[i] = a.points()[items.get(i)];
                    if (answers[i] != Answers.SKIPPED) {
                        answered++;
                        sum += answers[i];
                    }
                }
                boolean scored = scales.get(s).scored(answered);
                for (String g : List.of(Report.ALL, group)) {
                    int[] gap = gaps.computeIfAbsent(new Key(s, a.waveCode(), g), x -> new int[items.size()]);
                    for (int i = 0; i < items.size(); i++) {
                        if ((answers[i] != Answers.SKIPPED) != scored) gap[i]++;
                    }
                }
                if (!scored) continue;
                for (String g : List.of(Report.ALL, group)) {
                    scores.computeIfAbsent(new Key(s, a.waveCode(), g), x -> new ArrayList<>()).add((double) sum / answered);
                }
                if (answered == items.size()) {
                    complete.computeIfAbsent(new Key(s, a.waveCode(), Report.ALL), x -> new ArrayList<>()).add(answers);
                }
            }
        }
        Set<Key> withheld = withheld(scales, statements, statementRows, scores, gaps, shown, k);
        List<ScaleRow> rows = new ArrayList<>();
        for (int s = 0; s < scales.size(); s++) {
            for (String wave : shown) {
                for (String group : groups.apply(List.of(wave))) {
                    Key key = new Key(s, wave, group);
                    Moments m = Moments.of(values(scores.get(key)));
                    long asked = people.getOrDefault(new Key(-1, wave, group), 0L);
                    if (withheld.contains(key)) {
                        rows.add(new ScaleRow(scales.get(s), wave, group, Summary.countOnly(m.n()), -1, null));
                        continue;
                    }
                    CronbachAlpha alpha = null;
                    if (group.equals(Report.ALL)) {
                        List<byte[]> cases = complete.getOrDefault(key, List.of());
                        int items = scales.get(s).statements().size();
                        alpha = cases.size() < k ? CronbachAlpha.undefined(cases.size(), items) : CronbachAlpha.of(cases, items);
                    }
                    rows.add(new ScaleRow(scales.get(s), wave, group, Summary.of(m, Double.NaN), asked - m.n(), alpha));
                }
            }
        }
        List<ScaleChange> changes = pair.map(p -> changes(scales, p, scores, withheld, groups)).orElse(List.of());
        return new ScaleReport(scales, rows, changes);
    }

    /** The blocks in questionnaire order, each with its statements. */
    private static List<Scale> scales(List<Statement> statements) {
        Map<String, List<Integer>> byBlock = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            Statement s = statements.get(i);
            byBlock.computeIfAbsent(s.blockCode(), b -> new ArrayList<>()).add(i);
            titles.putIfAbsent(s.blockCode(), s.blockTitle());
        }
        List<Scale> scales = new ArrayList<>();
        byBlock.forEach((code, items) -> scales.add(new Scale(code, titles.get(code), List.copyOf(items))));
        return scales;
    }

    /**
     * Per block and wave: the rows under k, those whose statements are withheld, those whose bases
     * differ by too few, and their guards. A guard must cover both sums: the rows withheld together
     * rest on none or k+ scores ({@link RowSuppression}), and the people the whole-sample row holds
     * beyond the rows shown differ between statement and score by none or k+ (so the whole less the
     * rows shown is no few people's answers either); rows are withheld smallest first until it does.
     */
    private static Set<Key> withheld(List<Scale> scales, List<Statement> statements, List<StatementRow> statementRows,
                                     Map<Key, List<Double>> scores, Map<Key, int[]> gaps, List<String> shown, int k) {
        Set<Key> out = new HashSet<>();
        for (int s = 0; s < scales.size(); s++) {
            Set<Statement> block = new HashSet<>();
            scales.get(s).statements().forEach(i -> block.add(statements.get(i)));
            int items = scales.get(s).statements().size();
            for (String wave : shown) {
                Map<String, Long> scored = new HashMap<>();
                Map<String, int[]> gap = new HashMap<>();
                for (Map.Entry<Key, int[]> e : gaps.entrySet()) {
                    Key key = e.getKey();
                    if (key.scale() != s || !key.wave().equals(wave)) continue;
                    gap.put(key.group(), e.getValue());
                    if (!key.group().equals(Report.ALL)) scored.put(key.group(), (long) values(scores.get(key)).length);
                }
                Set<String> already = new HashSet<>();
                statementRows.stream().filter(r -> r.wave().equals(wave) && block.contains(r.statement())
                        && r.levels() == null).forEach(r -> already.add(r.role()));
                gap.forEach((group, g) -> {
                    if (!PartialBlocks.safe(g, k)) already.add(group);
                });
                Set<String> withheld = new HashSet<>(RowSuppression.withheld(Report.ALL, scored, already, k));
                if (!withheld.contains(Report.ALL)) {
                    List<String> byScores = scored.keySet().stream().filter(g -> !withheld.contains(g))
                            .sorted(Comparator.comparingLong((String g) -> scored.get(g)).thenComparing(g -> g)).toList();
                    int next = 0;
                    while (!PartialBlocks.safe(beyondShown(gap, withheld, items), k)) withheld.add(byScores.get(next++));
                }
                for (String group : withheld) out.add(new Key(s, wave, group));
            }
        }
        return out;
    }

    /**
     * The whole sample's gap less the gaps of the role rows shown. Ends the loop above: with every
     * role row withheld it is the whole sample's, which is safe, or the whole row is withheld.
     */
    private static int[] beyondShown(Map<String, int[]> gap, Set<String> withheld, int items) {
        int[] left = gap.getOrDefault(Report.ALL, new int[items]).clone();
        gap.forEach((group, g) -> {
            if (group.equals(Report.ALL) || withheld.contains(group)) return;
            for (int i = 0; i < items; i++) left[i] -= g[i];
        });
        return left;
    }

    private static List<ScaleChange> changes(List<Scale> scales, WavePair p, Map<Key, List<Double>> scores,
                                             Set<Key> withheld, Function<List<String>, List<String>> groups) {
        List<ScaleChange> raw = new ArrayList<>();
        for (int s = 0; s < scales.size(); s++) {
            for (String group : groups.apply(List.of(p.a(), p.b()))) {
                Key ka = new Key(s, p.a(), group);
                Key kb = new Key(s, p.b(), group);
                Moments a = Moments.of(values(scores.get(ka)));
                Moments b = Moments.of(values(scores.get(kb)));
                boolean shown = !withheld.contains(ka) && !withheld.contains(kb) && a.n() > 0 && b.n() > 0;
                Welch welch = shown ? Welch.of(a, b) : Welch.UNDEFINED;
                raw.add(new ScaleChange(scales.get(s), p.a(), p.b(), group, shown ? a : count(a), shown ? b : count(b), welch,
                        shown ? EffectSizes.meanDifference(a, b, welch) : Interval.UNDEFINED,
                        shown ? EffectSizes.hedgesG(a, b) : Interval.UNDEFINED, Double.NaN));
            }
        }
        // Holm over the blocks compared for the same role group.
        Map<String, List<Integer>> families = new LinkedHashMap<>();
        for (int i = 0; i < raw.size(); i++) families.computeIfAbsent(raw.get(i).role(), g -> new ArrayList<>()).add(i);
        double[] holm = new double[raw.size()];
        for (List<Integer> family : families.values()) {
            double[] adjusted = Adjustment.holm(family.stream().mapToDouble(i -> raw.get(i).welch().p()).toArray());
            for (int j = 0; j < family.size(); j++) holm[family.get(j)] = adjusted[j];
        }
        List<ScaleChange> changes = new ArrayList<>();
        for (int i = 0; i < raw.size(); i++) {
            ScaleChange c = raw.get(i);
            changes.add(new ScaleChange(c.scale(), c.waveA(), c.waveB(), c.role(), c.a(), c.b(), c.welch(), c.difference(),
                    c.hedgesG(), holm[i]));
        }
        return changes;
    }

    /** The count alone, for a side whose figures are withheld. */
    private static Moments count(Moments m) {
        return new Moments(m.n(), Double.NaN, Double.NaN);
    }

    private static double[] values(List<Double> scores) {
        return scores == null ? new double[0] : scores.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
