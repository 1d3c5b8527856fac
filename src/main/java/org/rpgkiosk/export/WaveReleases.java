package org.rpgkiosk.export;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.disclosure.Release;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.disclosure.WaveRelease;
import org.rpgkiosk.store.ExportQueries.ResponseRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;
import org.rpgkiosk.store.Store;

/**
 * The evaluator's release step, one use case for the command line (and any screen): what each
 * wave's release is, or would be, and recording it. A release fixes what every later export and
 * report of the wave gives ({@link WaveRelease}): the dates' level and the research k. Without
 * this step the first export decides it; with it the evaluator sees the decision first.
 *
 * <p>A preview changes nothing, not even the release of responses waiting for their step of k:
 * those that the next output would release are counted as released in memory. Every argument is
 * checked, and a wave already released with other options refused, before anything is written.
 */
public final class WaveReleases {
    private WaveReleases() {}

    /**
     * One wave's release.
     *
     * @param decidedOn  when it was recorded (null: not yet, or only previewed)
     * @param already    released before this step (its options stand)
     * @param rows       responses that go out as rows (none under k)
     * @param heldBack   submitted but waiting for the step of k (or the wave's close)
     * @param rolesPooled roles pooled into other in the one grouping (a count, never which)
     */
    public record Line(String wave, String label, Dates dates, int k, boolean already, LocalDate decidedOn, long rows,
                       long heldBack, int rolesPooled) {}

    /**
     * @param waves  wave codes (empty: every wave)
     * @param dates  the dates asked for (null: the research default, or the release's own)
     * @param minCell k asked for (null: the research default)
     * @param record false for a preview
     */
    public static List<Line> run(Store store, List<String> waves, Dates dates, Integer minCell, boolean record) {
        Threshold threshold = Threshold.of(Threshold.Use.RESEARCH, minCell);
        int k = threshold.k();
        Dates asked = dates == null ? ExportOptions.Profile.RESEARCH.dates : dates;
        // Everything is checked on a plan made without writing; only then is anything recorded.
        List<Line> plan = plan(store, waves, dates, asked, k, threshold);
        if (!record) return plan;
        store.releases().advance(threshold);
        List<Line> done = plan(store, waves, dates, asked, k, threshold);
        LocalDate today = LocalDate.now();
        List<Line> out = new ArrayList<>();
        List<WaveRef> refs = store.exportQueries().waves(waves);
        for (Line l : done) {
            if (!l.already() && l.rows() > 0) {
                int id = refs.stream().filter(w -> w.code().equals(l.wave())).findFirst().orElseThrow().id();
                store.releases().decide(id, l.dates(), k, today);
                out.add(new Line(l.wave(), l.label(), l.dates(), k, false, today, l.rows(), l.heldBack(), l.rolesPooled()));
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static List<Line> plan(Store store, List<String> codes, Dates askedExplicitly, Dates asked, int k,
                                   Threshold threshold) {
        return store.exportQueries().inSnapshot(q -> {
            List<WaveRef> all = q.waves(List.of());
            List<WaveRef> waves = q.waves(codes);
            List<ResponseRow> rows = new ArrayList<>();
            q.responses(all, rows::add);
            rows = asTheNextOutputWouldRelease(rows, all, threshold);
            Map<Integer, WaveRelease> decided = store.releases().decided(waves.stream().map(WaveRef::id).toList());
            for (WaveRelease r : decided.values()) {
                r.refusal(askedExplicitly, k).ifPresent(why -> {
                    throw new UserError(why);
                });
            }
            CellGrouping roles = CellGrouping.forOutput(byRole(rows), k);
            List<Integer> ids = waves.stream().map(WaveRef::id).toList();
            List<ResponseRow> selected = rows.stream().filter(r -> ids.contains(r.waveId())).toList();
            ResponseRelease release = new ResponseRelease(selected, waves, roles, k, asked, false, decided);
            List<Line> lines = new ArrayList<>();
            for (WaveRef w : waves) {
                long shown = release.rows().stream().filter(r -> r.waveId() == w.id()).count();
                long held = selected.stream().filter(r -> r.waveId() == w.id() && r.status().equals("submitted")
                        && !r.released()).count();
                WaveRelease before = decided.get(w.id());
                Dates level = before != null ? before.dates() : release.decisions().getOrDefault(w.id(), asked);
                lines.add(new Line(w.code(), w.label(), level, before != null ? before.k() : k, before != null,
                        before != null ? store.releases().decidedOn(w.id()) : null, shown, held, roles.mergedCount()));
            }
            return lines;
        });
    }

    /** The rows with each wave's pending submissions marked released where the next output would release them. */
    private static List<ResponseRow> asTheNextOutputWouldRelease(List<ResponseRow> rows, List<WaveRef> waves,
                                                                 Threshold threshold) {
        Map<Integer, Long> pending = new HashMap<>();
        rows.stream().filter(r -> r.status().equals("submitted") && !r.released())
                .forEach(r -> pending.merge(r.waveId(), 1L, Long::sum));
        Map<Integer, Boolean> due = new HashMap<>();
        for (WaveRef w : waves) due.put(w.id(), Release.due(w.open(), pending.getOrDefault(w.id(), 0L), threshold));
        return rows.stream().map(r -> r.status().equals("submitted") && !r.released() && due.get(r.waveId())
                ? new ResponseRow(r.id(), r.waveId(), r.versionId(), r.role(), r.status(), r.submittedOn(), true) : r).toList();
    }

    /** Released responses per role, per wave: the populations of the one grouping. */
    private static List<Map<String, Long>> byRole(List<ResponseRow> rows) {
        Map<Integer, Map<String, Long>> byWave = new TreeMap<>();
        rows.stream().filter(ResponseRow::released)
                .forEach(r -> byWave.computeIfAbsent(r.waveId(), w -> new HashMap<>()).merge(r.role(), 1L, Long::sum));
        return List.copyOf(byWave.values());
    }
}
