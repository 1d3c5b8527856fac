package org.rpgkiosk.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small-cell suppression of one categorical variable (job role) within one population (the
 * respondents of a wave, or the members of a group). A role held by fewer than k people is
 * shown as {@code other}; if {@code other} then still holds fewer than k people, those people's
 * role is withheld (shown blank), since relabelling a lone senior manager as "other" would hide
 * nothing. Counts are never printed, only what was done.
 */
public final class SmallCells {
    public static final String OTHER = "other";
    public static final String WITHHELD = "";

    private final Map<String, String> shown;
    private final List<String> merged;
    private final boolean otherWithheld;

    private SmallCells(Map<String, String> shown, List<String> merged, boolean otherWithheld) {
        this.shown = shown;
        this.merged = merged;
        this.otherWithheld = otherWithheld;
    }

    /** @param counts people per role code (a role seen with no one counted may be given as 0) */
    public static SmallCells decide(Map<String, Long> counts, int k) {
        Map<String, String> shown = new LinkedHashMap<>();
        List<String> merged = new ArrayList<>();
        long inOther = counts.getOrDefault(OTHER, 0L);
        boolean anyInOther = counts.containsKey(OTHER);
        for (var e : new TreeMap<>(counts).entrySet()) {
            if (e.getKey().equals(OTHER)) continue;
            if (e.getValue() < k) {
                merged.add(e.getKey());
                inOther += e.getValue();
                anyInOther = true;
                shown.put(e.getKey(), OTHER);
            } else {
                shown.put(e.getKey(), e.getKey());
            }
        }
        boolean withhold = anyInOther && inOther < k;
        if (anyInOther) shown.put(OTHER, withhold ? WITHHELD : OTHER);
        if (withhold) shown.replaceAll((role, to) -> to.equals(OTHER) ? WITHHELD : to);
        return new SmallCells(shown, List.copyOf(merged), withhold);
    }

    /** The role to export for a role code; a missing (null) or uncounted role stays blank. */
    public String role(String role) {
        return role == null ? WITHHELD : shown.getOrDefault(role, WITHHELD);
    }

    /** Role codes merged into other, in code order. */
    public List<String> merged() {
        return merged;
    }

    /** Whether {@code other} (after merging) was itself too small and so left blank. */
    public boolean otherWithheld() {
        return otherWithheld;
    }

    /** One line for the manifest, or empty when nothing was changed. */
    public String describe(int k) {
        if (merged.isEmpty() && !otherWithheld) return "";
        StringBuilder s = new StringBuilder();
        if (!merged.isEmpty()) s.append(String.join(", ", merged)).append(" merged into other");
        if (otherWithheld) {
            if (!s.isEmpty()) s.append("; ");
            s.append("other still under ").append(k).append(", so role left blank for its people");
        }
        return s.toString();
    }
}
