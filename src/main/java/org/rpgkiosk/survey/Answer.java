package org.rpgkiosk.survey;

/**
 * A given answer, one record per kind of value (issue 36): points on a statement's scale, text
 * for an open question, or skipped. The next kinds (a choice, choices, a number) are records
 * here; every {@code switch} over {@link #kind()} that forgot one fails to compile.
 */
public sealed interface Answer permits Answer.Points, Answer.Text, Answer.Skipped {
    /** The kinds of value, for the switches that store and show them. */
    enum Kind { POINTS, TEXT, SKIPPED }

    Kind kind();

    /** A point of the statement's scale. */
    record Points(int value) implements Answer {
        @Override
        public Kind kind() {
            return Kind.POINTS;
        }
    }

    /** An open answer: never blank (a blank one is skipped). */
    record Text(String value) implements Answer {
        public Text {
            if (value == null) throw new IllegalArgumentException("a text answer holds text");
        }

        @Override
        public Kind kind() {
            return Kind.TEXT;
        }
    }

    /** Gone past without an answer (S, or an open question left empty). */
    record Skipped() implements Answer {
        @Override
        public Kind kind() {
            return Kind.SKIPPED;
        }
    }

    Answer SKIPPED = new Skipped();

    static Answer points(int points) {
        return new Points(points);
    }

    /** Half of an emoji left alone (a terminal that sent one half only) is dropped: it is no character. */
    static Answer text(String text) {
        String whole = paired(text);
        return whole.isBlank() ? SKIPPED : new Text(whole);
    }

    /** As the store holds a statement's or an open question's answer: points, or text, or neither. */
    static Answer of(Integer points, String text) {
        return points != null ? new Points(points) : text != null ? new Text(text) : SKIPPED;
    }

    private static String paired(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isSurrogate((char) cp) || cp > Character.MAX_VALUE)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    default boolean skipped() {
        return kind() == Kind.SKIPPED;
    }

    /** The points given, or null for any other kind. */
    default Integer points() {
        return this instanceof Points p ? p.value() : null;
    }

    /** The text given, or null for any other kind. */
    default String text() {
        return this instanceof Text t ? t.value() : null;
    }
}
