package org.rpgkiosk.survey;

import java.util.List;
import org.rpgkiosk.questionnaire.Scale;

/** The keys that answer on a scale, in the words the screens and notices use ("1, 2, 3 or 4", "1-4"). */
public final class Keys {
    private Keys() {}

    /** "1, 2, 3 or 4": every point, lowest first. */
    public static String eachOf(Scale scale) {
        List<String> keys = ascending(scale);
        return keys.size() == 1 ? keys.get(0)
                : String.join(", ", keys.subList(0, keys.size() - 1)) + " or " + keys.get(keys.size() - 1);
    }

    /** "1 to 4". */
    public static String range(Scale scale) {
        List<String> keys = ascending(scale);
        return keys.get(0) + " to " + keys.get(keys.size() - 1);
    }

    /** "1-4", for a help line. */
    public static String span(Scale scale) {
        List<String> keys = ascending(scale);
        return keys.get(0) + "-" + keys.get(keys.size() - 1);
    }

    private static List<String> ascending(Scale scale) {
        return scale.points().stream().map(Scale.Point::points).sorted().map(String::valueOf).toList();
    }
}
