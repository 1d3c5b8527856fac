package org.rpgkiosk.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.RowSuppression;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;

/**
 * The outcome report as a pure value: built by one call from {@link ReportData}, then drawn by
 * a renderer (text, CSV, HTML) or a kiosk screen. What it may show is decided by the
 * disclosure package alone: one grouping of roles for every table, figures withheld where too few
 * answers lie behind them. Only released responses are counted ({@link ReportData}).
 *
 * @param shownWaves   the waves of the statement table, oldest first
 * @param pair         the two waves compared, if there are two to compare
 * @param minCell      k, the smallest number of answers behind a figure shown
 * @param released     released responses per wave code (what the figures describe)
 * @param mergedRoles  how many roles were pooled into other (how many, never which)
 * @param respondentsByRole released respondents per wave and role group, under the one grouping;
 *                     a wave with fewer than k respondents in all is not broken down (absent here)
 * @param scales       the block scales: scores per wave and group, alpha, and their change
 * @param leftOut      per wave and block, the respondents who answered part of the block and are
 *                     left out of its figures, being too few ({@link PartialBlocks})
 */
public record Report(List<WaveReturns> waves, List<String> shownWaves, Optional<WavePair> pair, boolean byRole,
                     int minCell, List<Role> roles, List<Statement> statements, List<StatementRow> statementRows,
                     List<ComparisonRow> comparisonRows, AttendanceReport attendance, Map<String, Long> released,
                     int mergedRoles, Map<String, Map<String, Long>> respondentsByRole, ScaleReport scales,
                     Map<String, Map<String, Long>> leftOut) {
    /** The role column's value for the whole sample. */
    public static final String ALL = "all";

    /**
     * @param wave    the wave to report on (default: every wave; for the comparison, the latest)
     * @param compare the wave to compare it with (default: the wave before it, if any)
     */
    public record Options(Optional<String> wave, Optional<String> compare, boolean byRole, int minCell) {
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), false, Threshold.REPORT_DEFAULT);
        }
    }

    /** Differences are wave a minus wave b; the default a is the later wave. */
    public record WavePair(String a, String b) {}

    /**
     * @param levels  how many gave each answer, null where the row's figures are withheld (the
     *                counts would give back the mean that is withheld)
     * @param missing respondents of the wave and group who left the statement unanswered (skipped:
     *                a submitted response reached every statement), -1 where withheld
     */
    public record StatementRow(Statement statement, String wave, String role, Summary summary, PointCounts levels,
                               long missing) {
        /** The share of answers at one level, 0..100 as pct_agree is; NaN where withheld or none. */
        public double pct(int points) {
            return levels == null || levels.n() == 0 ? Double.NaN : 100.0 * levels.count(points) / levels.n();
        }
    }

    /**
     * A comparison's p ({@link Comparison#markP}: exact for a small wave or heavy ties, else
     * Mann-Whitney's asymptotic) adjusted for the other statements compared ({@link Adjustment}).
     * Two families: every statement of the questionnaire compared for the same role group (all
     * respondents, or one role), and the statements of its block within that; NaN where the test
     * is undefined.
     */
    public record Adjusted(double holm, double bh, double holmBlock, double bhBlock) {
        static final Adjusted NONE = new Adjusted(Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }

    public record ComparisonRow(Statement statement, String waveA, String waveB, String role, Comparison comparison,
                                Adjusted adjusted) {
        /**
         * The report's mark: Holm-adjusted Mann-Whitney p, over the questionnaire's statements, below
         * 0.05, so that the chance of any false mark among them is at most 0.05 (raw p beside it).
         */
        public boolean significant() {
            return adjusted.holm() < Comparison.ALPHA;
        }
    }

    private record Cell(String item, String wave, String role) {}

    public static Report build(ReportData data, Options options) {
        int k = Threshold.of(Threshold.Use.REPORT, options.minCell()).k();
        List<String> codes = data.waves().stream().map(WaveReturns::code).toList();
        options.wave().ifPresent(w -> requireWave(codes, w));
        options.compare().ifPresent(w -> requireWave(codes, w));
        Optional<WavePair> pair = pair(codes, options);
        List<String> shown = codes.stream().filter(c -> options.wave().isEmpty() || options.wave().get().equals(c)
                || pair.map(p -> p.b().equals(c)).orElse(false)).toList();

        PartialBlocks.Applied partial = PartialBlocks.apply(data.statements(), data.responses(), k);
        Map<Cell, PointCounts> counts = new HashMap<>();
        for (AnswerCount a : data.answers()) {
            long n = a.count() - partial.removed().getOrDefault(new AnswerCount(a.itemCode(), a.waveCode(), a.roleCode(),
                    a.points(), 0), 0L);
            counts.merge(new Cell(a.itemCode(), a.waveCode(), ReportData.roleOrOther(a.roleCode())),
                    PointCounts.NONE.plus(a.points(), n), PointCounts::plus);
        }
        Map<String, Map<String, Long>> respondents = new LinkedHashMap<>();
        codes.forEach(w -> respondents.put(w, new HashMap<>()));
        data.respondents().forEach(r -> respondents.computeIfAbsent(r.waveCode(), w -> new HashMap<>())
                .merge(ReportData.roleOrOther(r.roleCode()), r.count(), Long::sum));
        // One grouping of roles over every wave held, whichever waves this report shows: the same
        // grouping as the export's, so no table of one release, nor of the other, subtracts to a person.
        CellGrouping roles = CellGrouping.forOutput(List.copyOf(respondents.values()), k);

        Breakdown breakdown = new Breakdown(data.roles(), counts, respondents, roles, k);
        List<StatementRow> rows = new ArrayList<>();
        List<ComparisonRow> comparisons = new ArrayList<>();
        for (Statement s : data.statements()) {
            for (String wave : shown) {
                for (String group : breakdown.groups(List.of(wave), options.byRole())) {
                    rows.add(breakdown.row(s, wave, group));
                }
            }
            pair.ifPresent(p -> {
                for (String group : breakdown.groups(List.of(p.a(), p.b()), options.byRole())) {
                    comparisons.add(new ComparisonRow(s, p.a(), p.b(), group, breakdown.comparison(s, p, group),
                            Adjusted.NONE));
                }
            });
        }
        AttendanceReport attendance = AttendanceReport.build(data.attendance(), data.roles(), k, data.groupPseudonyms());
        Map<String, Long> released = new LinkedHashMap<>();
        respondents.forEach((w, byRole) -> released.put(w, byRole.values().stream().mapToLong(Long::longValue).sum()));
        ScaleReport scales = ScaleReport.build(data.statements(), partial.responses(), rows, shown, pair, roles::groupOf,
                waves -> breakdown.groups(waves, options.byRole()), k);
        return new Report(data.waves(), shown, pair, options.byRole(), k, data.roles(), data.statements(), rows,
                adjusted(comparisons), attendance, released, roles.mergedCount(), breakdown.respondentsByRole(codes), scales,
                partial.leftOut());
    }

    /** Each row with its p adjusted within its role group's questionnaire, and within its block. */
    private static List<ComparisonRow> adjusted(List<ComparisonRow> rows) {
        double[][] out = new double[4][rows.size()];
        Map<String, List<Integer>> questionnaire = new LinkedHashMap<>();
        Map<String, List<Integer>> block = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            questionnaire.computeIfAbsent(r.role(), g -> new ArrayList<>()).add(i);
            block.computeIfAbsent(r.role() + "\u0000" + r.statement().blockCode(), g -> new ArrayList<>()).add(i);
        }
        for (List<Integer> family : questionnaire.values()) adjust(rows, family, out[0], out[1]);
        for (List<Integer> family : block.values()) adjust(rows, family, out[2], out[3]);
        List<ComparisonRow> adjusted = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ComparisonRow r = rows.get(i);
            adjusted.add(new ComparisonRow(r.statement(), r.waveA(), r.waveB(), r.role(), r.comparison(),
                    new Adjusted(out[0][i], out[1][i], out[2][i], out[3][i])));
        }
        return adjusted;
    }

    private static void adjust(List<ComparisonRow> rows, List<Integer> family, double[] holm, double[] bh) {
        double[] p = family.stream().mapToDouble(i -> rows.get(i).comparison().markP()).toArray();
        double[] h = Adjustment.holm(p);
        double[] q = Adjustment.benjaminiHochberg(p);
        for (int j = 0; j < family.size(); j++) {
            holm[family.get(j)] = h[j];
            bh[family.get(j)] = q[j];
        }
    }

    private static Optional<WavePair> pair(List<String> codes, Options options) {
        if (codes.isEmpty()) return Optional.empty();
        String a = options.wave().orElse(codes.get(codes.size() - 1));
        int at = codes.indexOf(a);
        Optional<String> b = options.compare().or(() -> at > 0 ? Optional.of(codes.get(at - 1)) : Optional.empty());
        if (b.isPresent() && b.get().equals(a)) {
            throw new UserError("cannot compare wave '" + a + "' with itself; name another wave with --compare");
        }
        return b.map(other -> new WavePair(a, other));
    }

    private static void requireWave(List<String> codes, String code) {
        if (!codes.contains(code)) {
            throw new UserError("there is no wave '" + code + "' (waves: "
                    + (codes.isEmpty() ? "none yet" : String.join(", ", codes)) + ")");
        }
    }

    /** What the disclosure rule did to this report, in sentences every renderer prints. */
    public List<String> disclosureNotes() {
        List<String> notes = new ArrayList<>();
        notes.add("Only released responses count: while a wave is open its figures grow in steps of " + minCell
                + " submissions, and take in the rest when it closes.");
        for (WaveReturns w : waves) {
            long n = released.getOrDefault(w.code(), 0L);
            if (n != w.submitted()) notes.add(w.code() + ": the figures cover " + n + " of " + w.submitted() + " submitted.");
        }
        notes.add("No figure rests on fewer than " + minCell + " answers: such a row, and any row that would give it "
                + "away by subtraction, shows its n only ('-' for the rest).");
        leftOut.forEach((wave, blocks) -> blocks.forEach((block, people) -> notes.add(wave + ", " + blockTitle(block)
                + ": " + people + " respondent(s) who answered only part of the block are left out of its statements and "
                + "score: with fewer than " + minCell + " of them, the statement means beside the mean score would give "
                + "their answers away.")));
        if (!attendance.byRole().isEmpty()) {
            notes.add("'other' is not the same people in every table: in the survey tables it holds the 'Other' role "
                    + "and the roles pooled for too few respondents; in the attendance tables, the roles with fewer than "
                    + minCell + " members on the register.");
        }
        if (byRole) {
            notes.add("Roles are grouped once for every table and export: " + mergedRoles + " role(s) with fewer than "
                    + minCell + " respondents in some wave pooled into 'other'.");
        }
        return notes;
    }

    /** The statement rows of the whole sample, for the charts. */
    public List<StatementRow> wholeSample() {
        return statementRows.stream().filter(r -> r.role().equals(ALL)).toList();
    }

    /** How many statements the whole sample's family of tests holds: those whose test could be made. */
    public long statementsCompared() {
        return comparisonRows.stream().filter(r -> r.role().equals(ALL) && !Double.isNaN(r.comparison().markP())).count();
    }

    /** Whether this row's wave is wave a of the comparison and its change is flagged (Holm-adjusted). */
    public boolean significantChange(StatementRow row) {
        return comparisonRows.stream().anyMatch(c -> c.waveA().equals(row.wave()) && c.role().equals(row.role())
                && c.statement().equals(row.statement()) && c.significant());
    }

    private String blockTitle(String code) {
        return statements.stream().filter(s -> s.blockCode().equals(code)).map(Statement::blockTitle).findFirst().orElse(code);
    }

    public String waveLabel(String code) {
        return waves.stream().filter(w -> w.code().equals(code)).map(WaveReturns::label).findFirst().orElse(code);
    }

    public String roleLabel(String code) {
        if (code.equals(ALL)) return "All respondents";
        return roles.stream().filter(r -> r.code().equals(code)).map(Role::label).findFirst().orElse(code);
    }

    /**
     * The counts behind each row, and which rows show figures: role groups follow the one
     * {@link CellGrouping}; within a statement and wave, {@link RowSuppression} withholds the
     * figures of rows resting on too few answers. A comparison row shows figures only where both
     * of its sides do (a difference beside one shown mean gives the other).
     */
    private record Breakdown(List<Role> roles, Map<Cell, PointCounts> counts,
                             Map<String, Map<String, Long>> respondents, CellGrouping grouping, int k) {
        List<String> groups(List<String> waves, boolean byRole) {
            List<String> groups = new ArrayList<>(List.of(ALL));
            if (!byRole) return groups;
            waves.stream().filter(w -> total(w) >= k)      // a wave under k is never broken down
                    .flatMap(w -> grouping.regroup(respondents.getOrDefault(w, Map.of())).entrySet().stream())
                    .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).distinct()
                    .sorted(ReportData.roleOrder(roles)).forEach(groups::add);
            return groups;
        }

        Map<String, Map<String, Long>> respondentsByRole(List<String> waves) {
            Map<String, Map<String, Long>> out = new LinkedHashMap<>();
            for (String wave : waves) {
                if (total(wave) < k) continue;
                Map<String, Long> byGroup = new LinkedHashMap<>();
                grouping.regroup(respondents.getOrDefault(wave, Map.of())).entrySet().stream()
                        .filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey(ReportData.roleOrder(roles)))
                        .forEach(e -> byGroup.put(e.getKey(), e.getValue()));
                out.put(wave, byGroup);
            }
            return out;
        }

        private long total(String wave) {
            return respondents.getOrDefault(wave, Map.of()).values().stream().mapToLong(Long::longValue).sum();
        }

        StatementRow row(Statement s, String wave, String group) {
            PointCounts c = counts(s, wave, group);
            if (withheld(s, wave).contains(group)) return new StatementRow(s, wave, group, Summary.countOnly(c.n()), null, -1);
            long asked = group.equals(ALL) ? total(wave)
                    : grouping.regroup(respondents.getOrDefault(wave, Map.of())).getOrDefault(group, 0L);
            return new StatementRow(s, wave, group, Summary.of(c), c, Math.max(0, asked - c.n()));
        }

        Comparison comparison(Statement s, WavePair p, String group) {
            PointCounts a = counts(s, p.a(), group);
            PointCounts b = counts(s, p.b(), group);
            boolean shown = !withheld(s, p.a()).contains(group) && !withheld(s, p.b()).contains(group);
            return shown ? Comparison.of(a, b) : Comparison.countsOnly(a.n(), b.n());
        }

        private Set<String> withheld(Statement s, String wave) {
            Map<String, Long> answers = new HashMap<>();
            counts.forEach((c, n) -> {
                if (c.item().equals(s.itemCode()) && c.wave().equals(wave)) {
                    answers.merge(grouping.groupOf(c.role()), n.n(), Long::sum);
                }
            });
            return RowSuppression.withheld(ALL, answers, k);
        }

        private PointCounts counts(Statement s, String wave, String group) {
            PointCounts sum = PointCounts.NONE;
            for (Map.Entry<Cell, PointCounts> e : counts.entrySet()) {
                Cell c = e.getKey();
                if (c.item().equals(s.itemCode()) && c.wave().equals(wave)
                        && (group.equals(ALL) || group.equals(grouping.groupOf(c.role())))) {
                    sum = sum.plus(e.getValue());
                }
            }
            return sum;
        }
    }
}
