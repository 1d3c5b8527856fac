package org.rpgkiosk.questionnaire;

/** A statement in a block, answered on its own scale (the questionnaire's agreement scale today). */
public record Statement(String code, String wording, boolean placeholder, Scale scale) implements Item {
    @Override
    public Kind kind() {
        return Kind.AGREEMENT;
    }
}
