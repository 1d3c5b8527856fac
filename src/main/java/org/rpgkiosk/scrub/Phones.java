package org.rpgkiosk.scrub;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers: UK ones in every shape staff write them ({@link Numbers#PHONE}, which also
 * stops at the number's last digit when a count follows it), and any other country's by
 * Google's libphonenumber (+353 87 123 4567, +1 (415) 555-0134, 0033 6 12 34 56 78), each with
 * an extension written after it ("ext 4412", "x 4412", "extension 4412") taken along.
 *
 * <p>libphonenumber reads as dialled from the UK, with POSSIBLE, not VALID: VALID refuses the
 * ranges Ofcom keeps for drama, which tests and examples use. A number of another country is
 * taken only in international form (+ or 00: how a number abroad is written here), with at least
 * six national digits; POSSIBLE alone would take a year or a sort code.
 */
final class Phones {
    private Phones() {}

    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();
    private static final int UK = 44;
    private static final Pattern EXTENSION = Pattern.compile(
            "\\G[ ,]*(?:\\(?(?:ext(?:ension)?\\.?|x)\\s?\\d{1,6}\\)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern INTERNATIONAL = Pattern.compile("^\\(?(?:\\+|00)");

    static final Finder PHONE = (text, spans) -> {
        if (Prefilter.digits(text) < 9) return;
        List<int[]> found = new ArrayList<>();
        Numbers.PHONE.find(text, found);
        for (PhoneNumberMatch m : UTIL.findNumbers(text, "GB", Leniency.POSSIBLE, Long.MAX_VALUE)) {
            if (m.number().getCountryCode() == UK || !INTERNATIONAL.matcher(m.rawString()).find()) continue;
            if (Long.toString(m.number().getNationalNumber()).length() < 6) continue;
            found.add(new int[] {m.start(), m.end()});
        }
        Matcher ext = EXTENSION.matcher(text);
        for (int[] span : found) {
            if (span[1] < text.length() && ext.find(span[1]) && ext.start() == span[1]) span[1] = ext.end();
            spans.add(span);
        }
    };
}
