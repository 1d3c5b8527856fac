package org.rpgkiosk.survey;

/** A given answer: points 1..4 for a statement, text for an open question; neither when skipped. */
public record Answer(Integer points, String text) {
    public static final Answer SKIPPED = new Answer(null, null);

    public static Answer points(int points) {
        return new Answer(points, null);
    }

    public static Answer text(String text) {
        return text.isBlank() ? SKIPPED : new Answer(null, text);
    }

    public boolean skipped() {
        return points == null && text == null;
    }
}
