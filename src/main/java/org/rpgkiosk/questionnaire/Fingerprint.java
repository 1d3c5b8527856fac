package org.rpgkiosk.questionnaire;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;
import org.rpgkiosk.questionnaire.Item;

/**
 * A questionnaire's meaning as one canonical text, and its SHA-256: equal for equal content
 * whatever the file's comments and layout, different for any change a participant or an
 * analyst would see. A load whose fingerprint equals the latest version's makes no new version.
 *
 * <p>The text is written here field by field, not taken from {@code toString}: a new field in a
 * record must not silently make every stored questionnaire a new version (issue 36). Its shape is
 * the one the stored versions were fingerprinted with (the records' text as it was), so they keep
 * their versions; an item kind that did not exist then adds its own fields after these.
 */
public final class Fingerprint {
    private Fingerprint() {}

    public static String of(Questionnaire q) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalText(q).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The canonical text: what the fingerprint is of. */
    public static String canonicalText(Questionnaire q) {
        return "Questionnaire[name=" + q.name() + ", title=" + q.title() + ", informationSheet=" + q.informationSheet()
                + ", consentText=" + q.consentText() + ", openAnswerLimit=" + q.openAnswerLimit()
                + ", scale=" + list(q.scale().points(), p -> "ScalePoint[points=" + p.points() + ", label=" + p.label() + "]")
                + ", roles=" + list(q.roles(), r -> "Role[code=" + r.code() + ", label=" + r.label() + "]")
                + ", blocks=" + list(q.blocks(), b -> "Block[code=" + b.code() + ", title=" + b.title()
                        + ", items=" + list(b.items(), Fingerprint::item) + "]")
                + ", openItems=" + list(q.openItems(), Fingerprint::item) + "]";
    }

    private static String item(Item item) {
        return "Item[code=" + item.code() + ", kind=" + item.kind() + ", wording=" + item.wording() + "]"
                + (item.placeholder() ? "[placeholder]" : "");
    }

    /** As {@link java.util.AbstractCollection#toString()} writes a list: "[a, b]". */
    private static <T> String list(List<T> values, Function<T, String> text) {
        StringBuilder s = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) s.append(i == 0 ? "" : ", ").append(text.apply(values.get(i)));
        return s.append(']').toString();
    }
}
