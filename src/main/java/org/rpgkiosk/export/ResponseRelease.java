package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.rpgkiosk.disclosure.CellGrouping;
import org.rpgkiosk.disclosure.DetailLevel;
import org.rpgkiosk.disclosure.DetailLevel.Choice;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.disclosure.WaveRelease;
import org.rpgkiosk.store.ExportQueries.ResponseRow;
import org.rpgkiosk.store.ExportQueries.WaveRef;

/**
 * Which responses the survey files hold, and how each is described, as the disclosure package
 * decides. In: the released responses of each exported wave that has at least k of them (a wave
 * under k is a count in the report, never rows); with --include-incomplete also the abandoned
 * responses of a closed wave, if they are at least k (an open wave's change by the minute). Each
 * row's role is its group under the release's one {@link CellGrouping}; among the unfinished rows
 * of a wave the role is left blank for all of them unless every group there is empty or k or more.
 * Dates and questionnaire versions are as detailed as {@link DetailLevel} allows, per wave and
 * kind (submitted, unfinished).
 */
final class ResponseRelease {
    /** How one exported response is described. */
    record Shown(String role, boolean versionShown, String submitted) {}

    /** What was held back or coarsened: counts only, for the manifest (never which role). */
    record Notes(long heldBack, long underK, long incompleteLeftOut, long incompleteIncluded, int rolesPooled,
                 long incompleteRoleBlank, Map<String, String> detail) {}

    private final Map<UUID, Shown> shown = new HashMap<>();
    private final List<ResponseRow> rows = new ArrayList<>();
    private final Notes notes;

    /** The date level each wave's released responses went out with here, for waves not released before. */
    private final Map<Integer, Dates> decisions = new HashMap<>();

    /**
     * @param released the waves already released (by wave id): their dates at the release's
     *                 level or none; the others as detailed as {@code asked} allows
     */
    ResponseRelease(List<ResponseRow> all, List<WaveRef> waves, CellGrouping roles, int k, Dates asked,
                    boolean includeIncomplete, Map<Integer, WaveRelease> released) {
        Map<Integer, WaveRef> byId = new HashMap<>();
        waves.forEach(w -> byId.put(w.id(), w));
        Map<String, List<ResponseRow>> populations = new TreeMap<>();
        Map<String, Integer> waveOf = new HashMap<>();   // a population's name -> its wave's id
        for (WaveRef w : waves) {
            waveOf.put(w.code() + " submitted", w.id());
            waveOf.put(w.code() + " unfinished", w.id());
        }
        long heldBack = 0;
        long incompleteLeftOut = 0;
        for (ResponseRow r : all) {
            WaveRef w = byId.get(r.waveId());
            if (r.released()) {
                populations.computeIfAbsent(w.code() + " submitted", p -> new ArrayList<>()).add(r);
            } else if (r.status().equals("submitted")) {
                heldBack++;
            } else if (includeIncomplete && !w.open() && r.status().equals("abandoned")) {
                populations.computeIfAbsent(w.code() + " unfinished", p -> new ArrayList<>()).add(r);
            } else {
                incompleteLeftOut++;
            }
        }
        long underK = 0;
        long incompleteIncluded = 0;
        long roleBlank = 0;
        Map<String, String> detail = new LinkedHashMap<>();
        for (Map.Entry<String, List<ResponseRow>> p : populations.entrySet()) {
            List<ResponseRow> members = p.getValue();
            boolean unfinished = p.getKey().endsWith("unfinished");
            if (members.size() < k) {
                if (unfinished) incompleteLeftOut += members.size(); else underK += members.size();
                continue;
            }
            boolean roleShown = !unfinished || groupsSafe(members, roles, k);
            if (unfinished) {
                incompleteIncluded += members.size();
                if (!roleShown) roleBlank += members.size();
            }
            List<DetailLevel.Row> described = members.stream().map(r -> new DetailLevel.Row(
                    roleShown ? roles.groupOf(r.role()) : "", r.submittedOn(), r.versionId())).toList();
            WaveRelease release = released.get(waveOf.get(p.getKey()));
            Choice choice = release != null ? DetailLevel.chooseWithin(described, release, k)
                    : DetailLevel.choose(described, asked, k);
            if (release == null && !unfinished) decisions.put(waveOf.get(p.getKey()), choice.dates());
            detail.put(p.getKey(), describe(choice));
            for (ResponseRow r : members) {
                shown.put(r.id(), new Shown(roleShown ? roles.groupOf(r.role()) : "",
                        choice.version(), choice.dates().period(r.submittedOn())));
                rows.add(r);
            }
        }
        notes = new Notes(heldBack, underK, incompleteLeftOut, incompleteIncluded, roles.mergedCount(), roleBlank, detail);
    }

    private static boolean groupsSafe(List<ResponseRow> members, CellGrouping roles, int k) {
        Map<String, Long> groups = new HashMap<>();
        members.forEach(r -> groups.merge(roles.groupOf(r.role()), 1L, Long::sum));
        return groups.values().stream().allMatch(n -> n >= k);
    }

    private static String describe(Choice c) {
        String dates = c.dates() == Dates.NONE ? "no dates" : "dates by " + c.dates().name().toLowerCase();
        return dates + (c.version() ? "" : ", questionnaire version left blank");
    }

    /** The responses the files hold, in the order given. */
    List<ResponseRow> rows() {
        return rows;
    }

    /** How a response held is described. */
    Shown shown(UUID id) {
        return shown.get(id);
    }

    Notes notes() {
        return notes;
    }

    /** Waves released for the first time by this export, with their date level. */
    Map<Integer, Dates> decisions() {
        return decisions;
    }
}
