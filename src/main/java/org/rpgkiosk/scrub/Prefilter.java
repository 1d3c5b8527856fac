package org.rpgkiosk.scrub;

/**
 * Cheap tests that tell a finder its pattern cannot match, so that most answers (no digit, no
 * "@", no dot inside a word) are never scanned by the costlier regular expressions. Each must
 * only ever say "cannot" when that is true.
 */
final class Prefilter {
    private Prefilter() {}

    static int digits(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) n++;
        }
        return n;
    }

    /** A dot between a letter or digit and a letter ("www.x", "council.gov", "x.com"). */
    static boolean hasJoinedDot(String s) {
        for (int i = s.indexOf('.'); i > 0 && i + 1 < s.length(); i = s.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(s.charAt(i - 1)) && Character.isLetter(s.charAt(i + 1))) return true;
        }
        return false;
    }

    /** The word, in any case, with no letter either side of it. */
    static boolean containsWord(String s, String word) {
        int n = word.length();
        for (int i = 0; i + n <= s.length(); i++) {
            if (s.regionMatches(true, i, word, 0, n)
                    && (i == 0 || !Character.isLetter(s.charAt(i - 1)))
                    && (i + n == s.length() || !Character.isLetter(s.charAt(i + n)))) return true;
        }
        return false;
    }
}
