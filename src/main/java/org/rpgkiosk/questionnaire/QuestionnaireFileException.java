package org.rpgkiosk.questionnaire;

import java.util.List;
import org.rpgkiosk.fault.UserError;

/** A questionnaire file that cannot be used; every problem is named as {@code file:line: what}. */
public final class QuestionnaireFileException extends UserError {
    private final List<String> problems;

    public QuestionnaireFileException(List<String> problems) {
        super(String.join(System.lineSeparator(), problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
