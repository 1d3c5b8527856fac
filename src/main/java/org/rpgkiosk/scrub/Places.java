package org.rpgkiosk.scrub;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Where someone lives: UK postcodes (with one space, two, a dash or none: "BS1  4DJ",
 * "SW1A-1AA") and street addresses ("12 Acacia Avenue", "Flat 3, 27 Ashley Road",
 * "221b Baker Street", "on Ashley Road", "Ty Gwyn, 14 Heol y Bont").
 */
final class Places {
    private Places() {}

    private static final Pattern POSTCODE_PATTERN = Pattern.compile(
            "(?<![\\p{L}\\p{N}])[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?[ -]{0,2}\\d[ABD-HJLNP-UW-Z]{2}(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private static final String STREET_TYPES = "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Cl|Drive|Dr|Way"
            + "|Crescent|Cres|Court|Ct|Place|Pl|Terrace|Terr|Gardens|Gdns|Grove|Gr|Hill|Park|Row|Square|Sq"
            + "|Walk|Mews|Parade|View|Rise|Green|Vale|Wharf|Heights|Boulevard|Broadway|Crossing|Meadow|Meadows"
            + "|Fields|Road|Yard|Approach|Circus|Embankment|Esplanade|Hollow|Wynd|Brae";
    /** Without a house number, only street words that rarely end an ordinary capitalised phrase. */
    private static final String STREET_TYPES_ALONE = "Road|Street|Avenue|Crescent|Terrace|Gardens|Mews|Grove";

    /** A capitalised word of a street's name ("Acacia", "St.", "O'Neill"). */
    private static final String NAME_WORD = "(?!(?:The|A|An|On|In|At|Of|To|My|Our|Your|Their|This|That|Every)\\s)"
            + "\\p{Lu}[\\p{L}'-]*\\.?";
    private static final String FLAT = "(?:(?:Flat|Apartment|Apt|Unit|Room)\\s+\\d{1,4}\\p{L}?,?\\s+)?";

    /** Welsh street words come before the street's name: "14 Heol y Bont", "3 Lôn Las". */
    private static final String WELSH_STREET = "(?:Heol|Stryd|Ffordd|Lôn|Lon|Rhodfa|Cilgant|Teras|Maes|Parc|Clos"
            + "|Llwyn|Rhes|Y Stryd)\\s+(?:(?:y|yr|'r)\\s+)?" + NAME_WORD + "(?:\\s+" + NAME_WORD + ")?";
    /** A house's name before its number: "Ty Gwyn, 14 Heol y Bont", "Rose Cottage, 2 Mill Lane". */
    private static final String HOUSE_NAME = "(?:(?:" + NAME_WORD + "\\s+){0,2}" + NAME_WORD + ",\\s+)?";

    private static final Pattern NUMBERED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + HOUSE_NAME + FLAT + "\\d{1,4}\\p{L}?,?\\s+(?:(?:" + NAME_WORD + "\\s+){1,3}(?:"
                    + STREET_TYPES + ")\\.?|" + WELSH_STREET + ")(?![\\p{L}\\p{N}])");
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + NAME_WORD + "\\s+){1,2}(?:" + STREET_TYPES_ALONE + ")(?![\\p{L}\\p{N}])");

    private static final Finder POSTCODE_FINDER = Finder.of(POSTCODE_PATTERN);

    static final Finder POSTCODE = (text, spans) -> {
        if (Prefilter.digits(text) >= 2) POSTCODE_FINDER.find(text, spans);
    };

    private static final Finder NUMBERED_FINDER = Finder.of(NUMBERED);
    private static final Finder NAMED_FINDER = Finder.of(NAMED);
    private static final List<String> ALONE = List.of(STREET_TYPES_ALONE.split("\\|"));

    static final Finder ADDRESS = (text, spans) -> {
        if (Prefilter.digits(text) > 0) NUMBERED_FINDER.find(text, spans);
        if (ALONE.stream().anyMatch(text::contains)) NAMED_FINDER.find(text, spans);
    };
}
