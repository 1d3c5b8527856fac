package org.rpgkiosk.tasks;

import org.rpgkiosk.fault.UserError;

/**
 * A wave task refused, with what was wrong as a {@link Problem} each front end words its own way
 * (the command line names its options, the kiosk's form the field). The message is the neutral
 * one, naming no option and no command: a screen may show it as it is.
 */
public final class WaveRefused extends UserError {
    public enum Problem {
        /** Not letters, digits, _ . or -, or longer than 40. */
        BAD_CODE,
        /** The label is empty. */
        NO_LABEL,
        /** The label is longer than its column. */
        LABEL_TOO_LONG,
        /** Fewer than 0 invited. */
        NEGATIVE_INVITED,
        /** A new wave, and no label or no number invited. */
        NEEDS_LABEL_AND_INVITED,
        /** No questionnaire is loaded. */
        NO_QUESTIONNAIRE,
        /** The questionnaire named is not loaded. */
        UNKNOWN_QUESTIONNAIRE,
        /** Several are loaded and none was named. */
        SEVERAL_QUESTIONNAIRES,
        /** Its questionnaire marks statements as placeholders, and that was not accepted. */
        PLACEHOLDERS,
        /** Another wave is open: {@link #wave()} names it. */
        ANOTHER_OPEN,
        /** No wave has this code: {@link #wave()}. */
        NO_SUCH_WAVE
    }

    private final Problem problem;
    private final String wave;

    public WaveRefused(Problem problem, String message) {
        this(problem, message, null);
    }

    public WaveRefused(Problem problem, String message, String wave) {
        super(message);
        this.problem = problem;
        this.wave = wave;
    }

    public Problem problem() {
        return problem;
    }

    /** The wave the problem is about, where it is about one. */
    public String wave() {
        return wave;
    }
}
