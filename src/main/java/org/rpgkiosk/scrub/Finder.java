package org.rpgkiosk.scrub;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One kind of identifier: where it occurs in a folded text, as [start, end) spans. The text
 * may hold spans another finder took already, masked by {@link #MASK}, which no pattern takes
 * for a letter, a digit or a space.
 */
interface Finder {
    char MASK = '\u0000';

    void find(String text, List<int[]> spans);

    /** Every match of a pattern (or of its group 1, where it has one) that {@code keep} accepts. */
    static Finder of(Pattern pattern, Predicate<MatchResult> keep) {
        return (text, spans) -> {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (!keep.test(m)) continue;
                int g = m.groupCount() >= 1 && m.start(1) >= 0 ? 1 : 0;
                spans.add(new int[] {m.start(g), m.end(g)});
            }
        };
    }

    static Finder of(Pattern pattern) {
        return of(pattern, m -> true);
    }
}
