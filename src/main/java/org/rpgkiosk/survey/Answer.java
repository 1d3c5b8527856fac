package org.rpgkiosk.survey;

/** A given answer: points 1..4 for a statement, text for an open question; neither when skipped. */
public record Answer(Integer points, String text) {
    public static final Answer SKIPPED = new Answer(null, null);

    public static Answer points(int points) {
        return new Answer(points, null);
    }

    /** Half of an emoji left alone (a terminal that sent one half only) is dropped: it is no character. */
    public static Answer text(String text) {
        String whole = paired(text);
        return whole.isBlank() ? SKIPPED : new Answer(null, whole);
    }

    static String paired(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !Character.isSurrogate((char) cp) || cp > Character.MAX_VALUE)
                .forEach(out::appendCodePoint);
        return out.toString();
    }

    public boolean skipped() {
        return points == null && text == null;
    }
}
