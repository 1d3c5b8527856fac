package org.rpgkiosk.scrub;

import com.ibm.icu.text.SpoofChecker;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Letters of another script that pass for Latin ones: Cyrillic а, е, о, р, с, Greek ο, ν...
 * ("Niаmh", "Bartholοmew"), read as the Latin letter they imitate, by Unicode's confusables data
 * (UTS #39) as ICU4J's {@link SpoofChecker} applies it: a letter's skeleton. Only Cyrillic and
 * Greek letters are asked about (the scripts a look-alike name is written with), and a letter
 * whose skeleton is not one plain Latin letter stays itself. ICU is loaded at the first such
 * letter, not before.
 */
final class LookAlikes {
    private LookAlikes() {}

    private static final ConcurrentHashMap<Integer, String> SEEN = new ConcurrentHashMap<>();

    /** The Latin letter a Cyrillic or Greek letter imitates, or null. */
    static String latin(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script != Character.UnicodeScript.CYRILLIC && script != Character.UnicodeScript.GREEK) return null;
        if (!Character.isLetter(cp)) return null;
        String found = SEEN.computeIfAbsent(cp, LookAlikes::skeleton);
        return found.isEmpty() ? null : found;
    }

    private static String skeleton(int cp) {
        String s = Holder.CHECKER.getSkeleton(new String(Character.toChars(cp)));
        return s.length() == 1 && s.charAt(0) < 0x80 && Character.isLetter(s.charAt(0)) ? s : "";
    }

    /** Built on first use: ICU reads its confusables data then. */
    private static final class Holder {
        static final SpoofChecker CHECKER = new SpoofChecker.Builder().build();
    }
}
