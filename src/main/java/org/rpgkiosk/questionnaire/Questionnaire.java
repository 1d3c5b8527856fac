package org.rpgkiosk.questionnaire;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One questionnaire as its file describes it: what the participant reads, the 4-point scale,
 * the job roles, the blocks of agreement statements and the open questions ({@link Item}). Immutable, and
 * free of database ids, so the survey flow can be tested from a file alone.
 */
public record Questionnaire(
        String name,
        String title,
        String informationSheet,
        String consentText,
        int openAnswerLimit,
        Scale scale,
        List<Role> roles,
        List<Block> blocks,
        List<OpenQuestion> openItems) {

    public static final int DEFAULT_OPEN_ANSWER_LIMIT = 4000;

    public Questionnaire {
        roles = List.copyOf(roles);
        blocks = List.copyOf(blocks);
        openItems = List.copyOf(openItems);
    }

    /** The agreement statements of every block, in the order they are asked. */
    public List<Statement> agreementItems() {
        return blocks.stream().flatMap(b -> b.items().stream()).toList();
    }

    /** Every item, agreement statements first, then the open questions. */
    public List<Item> allItems() {
        return Stream.<Item>concat(agreementItems().stream(), openItems.stream()).toList();
    }

    public Optional<Block> blockOf(Item item) {
        return blocks.stream().filter(b -> b.items().contains(item)).findFirst();
    }

    public String scaleLabel(int points) {
        return scale.label(points);
    }

    public record Role(String code, String label) {}

    public record Block(String code, String title, List<Statement> items) {
        public Block {
            items = List.copyOf(items);
        }
    }

    /** The items still marked as placeholders, in the order they are asked. */
    public List<Item> placeholders() {
        return allItems().stream().filter(Item::placeholder).toList();
    }
}
