package org.rpgkiosk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One questionnaire as its file describes it: what the participant reads, the 4-point scale,
 * the job roles, the blocks of agreement statements and the open questions. Immutable, and
 * free of database ids, so the survey flow can be tested from a file alone.
 */
public record Questionnaire(
        String name,
        String title,
        String informationSheet,
        String consentText,
        int openAnswerLimit,
        List<ScalePoint> scale,
        List<Role> roles,
        List<Block> blocks,
        List<Item> openItems) {

    public static final int DEFAULT_OPEN_ANSWER_LIMIT = 4000;

    public Questionnaire {
        scale = List.copyOf(scale);
        roles = List.copyOf(roles);
        blocks = List.copyOf(blocks);
        openItems = List.copyOf(openItems);
    }

    /** The agreement statements of every block, in the order they are asked. */
    public List<Item> agreementItems() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }

    /** Every item, agreement statements first, then the open questions. */
    public List<Item> allItems() {
        return Stream.concat(agreementItems().stream(), openItems.stream()).toList();
    }

    public Optional<Block> blockOf(Item item) {
        return blocks.stream().filter(b -> b.items().contains(item)).findFirst();
    }

    public String scaleLabel(int points) {
        return scale.stream().filter(p -> p.points() == points).map(ScalePoint::label)
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no scale point " + points));
    }

    public record ScalePoint(int points, String label) {}

    public record Role(String code, String label) {}

    public record Block(String code, String title, List<Item> items) {
        public Block {
            items = List.copyOf(items);
        }
    }

    public enum Kind { AGREEMENT, OPEN }

    /**
     * @param placeholder marked "(placeholder)" in the file: wording still to be replaced by the
     *                    evaluation's own (opening a wave on it asks first)
     */
    public record Item(String code, Kind kind, String wording, boolean placeholder) {
        public Item(String code, Kind kind, String wording) {
            this(code, kind, wording, false);
        }

        /**
         * As before the flag existed unless it is set: a stored version's fingerprint is of this
         * text, so an unchanged file loaded again must give the same one.
         */
        @Override
        public String toString() {
            return "Item[code=" + code + ", kind=" + kind + ", wording=" + wording + "]" + (placeholder ? "[placeholder]" : "");
        }
    }

    /** The items still marked as placeholders, in the order they are asked. */
    public List<Item> placeholders() {
        return allItems().stream().filter(Item::placeholder).toList();
    }
}
