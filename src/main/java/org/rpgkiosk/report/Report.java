package org.rpgkiosk.report;

import org.rpgkiosk.export.SmallCells;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rpgkiosk.UserError;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;

/**
 * The outcome report as a pure value: built by one call from {@link ReportData}, then drawn by
 * a renderer (text, CSV, HTML) or a kiosk screen. Role rows follow {@link SmallCells}: per
 * wave in the statement table, and over both waves in the comparison.
 *
 * @param shownWaves the waves of the statement table, oldest first
 * @param pair       the two waves compared, if there are two to compare
 */
public record Report(List<WaveReturns> waves, List<String> shownWaves, Optional<WavePair> pair, boolean byRole,
                     int minCell, List<Role> roles, List<Statement> statements, List<StatementRow> statementRows,
                     List<ComparisonRow> comparisonRows, AttendanceReport attendance) {
    /** The role column's value for the whole sample. */
    public static final String ALL = "all";

    /**
     * @param wave    the wave to report on (default: every wave; for the comparison, the latest)
     * @param compare the wave to compare it with (default: the wave before it, if any)
     */
    public record Options(Optional<String> wave, Optional<String> compare, boolean byRole, int minCell) {
        public static Options defaults() {
            return new Options(Optional.empty(), Optional.empty(), false, SmallCells.DEFAULT_MIN_CELL);
        }
    }

    /** Differences are wave a minus wave b; the default a is the later wave. */
    public record WavePair(String a, String b) {}

    public record StatementRow(Statement statement, String wave, String role, Summary summary) {}

    public record ComparisonRow(Statement statement, String waveA, String waveB, String role, Comparison comparison) {}

    private record Cell(String item, String wave, String role) {}

    public static Report build(ReportData data, Options options) {
        if (options.minCell() < 1) throw new UserError("--min-cell must be at least 1");
        List<String> codes = data.waves().stream().map(WaveReturns::code).toList();
        options.wave().ifPresent(w -> requireWave(codes, w));
        options.compare().ifPresent(w -> requireWave(codes, w));
        Optional<WavePair> pair = pair(codes, options);
        List<String> shown = codes.stream().filter(c -> options.wave().isEmpty() || options.wave().get().equals(c)
                || pair.map(p -> p.b().equals(c)).orElse(false)).toList();

        Map<Cell, PointCounts> counts = new HashMap<>();
        for (AnswerCount a : data.answers()) {
            counts.merge(new Cell(a.itemCode(), a.waveCode(), ReportData.roleOrOther(a.roleCode())),
                    PointCounts.NONE.plus(a.points(), a.count()), PointCounts::plus);
        }
        Map<String, Map<String, Long>> respondents = new HashMap<>();
        data.respondents().forEach(r -> respondents.computeIfAbsent(r.waveCode(), w -> new HashMap<>())
                .merge(ReportData.roleOrOther(r.roleCode()), r.count(), Long::sum));

        Breakdown breakdown = new Breakdown(data.roles(), counts, respondents, options.minCell());
        List<StatementRow> rows = new ArrayList<>();
        List<ComparisonRow> comparisons = new ArrayList<>();
        for (Statement s : data.statements()) {
            for (String wave : shown) {
                for (String group : breakdown.groups(List.of(wave), options.byRole())) {
                    rows.add(new StatementRow(s, wave, group, Summary.of(breakdown.counts(s, wave, group, List.of(wave)))));
                }
            }
            pair.ifPresent(p -> {
                List<String> both = List.of(p.a(), p.b());
                for (String group : breakdown.groups(both, options.byRole())) {
                    comparisons.add(new ComparisonRow(s, p.a(), p.b(), group, Comparison.of(
                            breakdown.counts(s, p.a(), group, both), breakdown.counts(s, p.b(), group, both))));
                }
            });
        }
        AttendanceReport attendance = AttendanceReport.build(data.attendance(), data.roles(), options.minCell());
        return new Report(data.waves(), shown, pair, options.byRole(), options.minCell(), data.roles(),
                data.statements(), rows, comparisons, attendance);
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

    /** The statement rows of the whole sample, for the charts. */
    public List<StatementRow> wholeSample() {
        return statementRows.stream().filter(r -> r.role().equals(ALL)).toList();
    }

    /** Whether this row's wave is wave a of the comparison and its change is flagged. */
    public boolean significantChange(StatementRow row) {
        return comparisonRows.stream().anyMatch(c -> c.waveA().equals(row.wave()) && c.role().equals(row.role())
                && c.statement().equals(row.statement()) && c.comparison().significant());
    }

    public String waveLabel(String code) {
        return waves.stream().filter(w -> w.code().equals(code)).map(WaveReturns::label).findFirst().orElse(code);
    }

    public String roleLabel(String code) {
        if (code.equals(ALL)) return "All respondents";
        return roles.stream().filter(r -> r.code().equals(code)).map(Role::label).findFirst().orElse(code);
    }

    /** Counts of the role groups the small-cell rule allows, for a set of waves. */
    private record Breakdown(List<Role> roles, Map<Cell, PointCounts> counts,
                             Map<String, Map<String, Long>> respondents, int minCell) {
        List<String> groups(List<String> waves, boolean byRole) {
            List<String> groups = new ArrayList<>(List.of(ALL));
            if (!byRole) return groups;
            mapping(waves).entrySet().stream()
                    .filter(e -> waves.stream().anyMatch(w -> respondents.getOrDefault(w, Map.of()).getOrDefault(e.getKey(), 0L) > 0))
                    .map(Map.Entry::getValue).distinct()
                    .sorted(ReportData.roleOrder(roles))
                    .forEach(groups::add);
            return groups;
        }

        PointCounts counts(Statement s, String wave, String group, List<String> waves) {
            Map<String, String> mapping = mapping(waves);
            PointCounts sum = PointCounts.NONE;
            for (Map.Entry<Cell, PointCounts> e : counts.entrySet()) {
                Cell c = e.getKey();
                if (c.item().equals(s.itemCode()) && c.wave().equals(wave)
                        && (group.equals(ALL) || group.equals(mapping.get(c.role())))) {
                    sum = sum.plus(e.getValue());
                }
            }
            return sum;
        }

        private Map<String, String> mapping(List<String> waves) {
            return SmallCells.groupRoles(waves.stream().map(w -> respondents.getOrDefault(w, Map.of())).toList(), minCell);
        }
    }
}
