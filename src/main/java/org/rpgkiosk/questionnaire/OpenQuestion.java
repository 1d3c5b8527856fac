package org.rpgkiosk.questionnaire;

/** A question answered in the participant's own words, up to the questionnaire's open answer limit. */
public record OpenQuestion(String code, String wording, boolean placeholder) implements Item {
    @Override
    public Kind kind() {
        return Kind.OPEN;
    }
}
