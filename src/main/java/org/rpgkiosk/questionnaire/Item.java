package org.rpgkiosk.questionnaire;

/**
 * One thing a participant is asked: a statement to agree or disagree with on its scale, or an
 * open question (issue 36: a sealed family, so a new kind of question is one more record here
 * and every {@code switch} over items that forgot it fails to compile).
 */
public sealed interface Item permits Statement, OpenQuestion {
    /** The item's code: its column name in every export. */
    String code();

    /** What the participant reads. */
    String wording();

    /**
     * Marked "(placeholder)" in the file: wording still to be replaced by the evaluation's own
     * (opening a wave on it asks first).
     */
    boolean placeholder();

    Kind kind();

    /** The kinds of item, with the word the database stores for each. */
    enum Kind {
        AGREEMENT("agreement"),
        OPEN("open");

        public final String stored;

        Kind(String stored) {
            this.stored = stored;
        }

        public static Kind ofStored(String stored) {
            for (Kind k : values()) {
                if (k.stored.equals(stored)) return k;
            }
            throw new IllegalArgumentException("no item kind stored as '" + stored + "'");
        }
    }
}
