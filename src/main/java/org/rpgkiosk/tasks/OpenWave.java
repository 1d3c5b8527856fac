package org.rpgkiosk.tasks;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.rpgkiosk.questionnaire.Placeholders;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WaveRepository;
import org.rpgkiosk.store.WaveRepository.Wave;
import org.rpgkiosk.tasks.WaveRefused.Problem;
import org.rpgkiosk.text.TextRule;

/**
 * Opening a wave, or reopening a closed one: the one staff task behind `wave open` and the
 * kiosk's open-wave form (issue 36: the two had their own code rule and their own answer to
 * which questionnaire a new wave uses). Checks what was asked, chooses the questionnaire,
 * stops at placeholders unless accepted, opens, and records who did it in the audit log.
 */
public final class OpenWave {
    /** Letters, digits, _ . and -, starting with a letter or digit, at most 40. */
    public static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}";

    /**
     * @param label              null: a reopened wave keeps its own (a new one needs it)
     * @param invited            null: likewise
     * @param questionnaire      a loaded questionnaire's name, or null for the only one loaded
     * @param acceptPlaceholders open even though the questionnaire still marks placeholders
     */
    public record Request(String code, String label, Integer invited, String questionnaire, boolean acceptPlaceholders) {}

    /** The wave as opened, and whether it existed (closed) before. */
    public record Opened(Wave wave, boolean reopened) {}

    private OpenWave() {}

    /**
     * @param actor who asks, for the audit log ("cli", "kiosk")
     * @throws WaveRefused for what the person can mend; the store's own refusals (another wave
     *                     open, a label naming someone) pass as they are
     */
    public static Opened run(Store store, Request request, String actor, LocalDate today) {
        String label = checked(request);
        store.waves().openWave().filter(w -> !w.code().equals(request.code())).ifPresent(w -> {
            throw new WaveRefused(Problem.ANOTHER_OPEN, "wave '" + w.code() + "' is still open; close it first", w.code());
        });
        int questionnaireId = questionnaire(store, request.questionnaire());
        if (!request.acceptPlaceholders()) {
            placeholders(store, questionnaireId).ifPresent(q -> {
                throw new WaveRefused(Problem.PLACEHOLDERS, q);
            });
        }
        Optional<Wave> existing = store.waves().find(request.code());
        boolean reopened = existing.filter(w -> !w.open()).isPresent();
        boolean isNew = existing.isEmpty();
        // Another wave open is the store's refusal to make, before this one.
        if (isNew && store.waves().openWave().isEmpty() && (label == null || request.invited() == null)) {
            throw new WaveRefused(Problem.NEEDS_LABEL_AND_INVITED, "a new wave needs a label and the number of staff invited");
        }
        Wave w = store.waves().open(request.code(), label, request.invited() == null ? -1 : request.invited(),
                questionnaireId, today);
        store.audit().record(actor, "wave.open", w.code());
        return new Opened(w, reopened);
    }

    /** The sentence naming the questionnaire's placeholder statements, if it has any: asked before opening. */
    public static Optional<String> placeholders(Store store, int questionnaireId) {
        return store.questionnaires().latest(questionnaireId).map(v -> v.questionnaire()).flatMap(Placeholders::question);
    }

    /**
     * What was typed, checked without the store (a front end calls it first, so a refusal opens
     * nothing): the code, the label as it will be stored (composed, not blank, no longer than its
     * column; null when none was given), the number invited.
     */
    public static String checked(Request r) {
        if (r.code() == null || !r.code().matches(CODE_PATTERN)) {
            throw new WaveRefused(Problem.BAD_CODE, "'" + r.code() + "' is not a wave code: use up to 40 letters, digits, _ . or -");
        }
        String label = r.label() == null ? null : TextRule.composed(r.label().strip());
        if (label != null && label.isEmpty()) {
            throw new WaveRefused(Problem.NO_LABEL, "the label is empty: give the wave a label, e.g. +1 year");
        }
        if (label != null) {
            TextRule.tooLong("the label", label, WaveRepository.MAX_LABEL).ifPresent(p -> {
                throw new WaveRefused(Problem.LABEL_TOO_LONG, p);
            });
        }
        if (r.invited() != null && r.invited() < 0) {
            throw new WaveRefused(Problem.NEGATIVE_INVITED, "the number invited cannot be negative");
        }
        return label;
    }

    /**
     * Which questionnaire a new wave uses, the one answer to it: the one named, or the only one
     * loaded; with several loaded, one must be named.
     */
    public static int questionnaire(Store store, String named) {
        List<String> names = store.questionnaires().names();
        if (named != null) {
            return store.questionnaires().idOf(named).orElseThrow(() -> new WaveRefused(Problem.UNKNOWN_QUESTIONNAIRE,
                    "no questionnaire named '" + named + "' (loaded: " + String.join(", ", names) + ")"));
        }
        if (names.isEmpty()) throw new WaveRefused(Problem.NO_QUESTIONNAIRE, "no questionnaire is loaded");
        if (names.size() > 1) {
            throw new WaveRefused(Problem.SEVERAL_QUESTIONNAIRES, "several questionnaires are loaded ("
                    + String.join(", ", names) + "); say which one the wave uses");
        }
        return store.questionnaires().idOf(names.get(0)).orElseThrow();
    }
}
