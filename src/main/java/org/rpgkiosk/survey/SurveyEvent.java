package org.rpgkiosk.survey;

import java.util.UUID;

/** What can happen to a participant's survey: keys already translated by the key map, and time. */
public sealed interface SurveyEvent {
    /** Leave the welcome screen for the information sheet. */
    record Begin() implements SurveyEvent {}

    /** Agree to take part; the shell supplies the new response's random id. */
    record Consent(UUID responseId) implements SurveyEvent {}

    /** Do not take part: back to welcome, nothing stored (after consent: what was stored is deleted). */
    record Decline() implements SurveyEvent {}

    /** Move the highlighted choice (or line, on the review) up or down. */
    record Move(int delta) implements SurveyEvent {}

    /** Scroll a long text by whole lines. */
    record Scroll(int lines) implements SurveyEvent {}

    /** Take the highlighted choice. */
    record Choose() implements SurveyEvent {}

    /** Answer the current statement with 1..4, or pick role number n on the role screen. */
    record Pick(int number) implements SurveyEvent {}

    /** Leave the current statement or question unanswered and go on. */
    record Skip() implements SurveyEvent {}

    /** One screen back (the same keys everywhere: Shift-Tab or Esc; Left where it moves nothing else). */
    record Back() implements SurveyEvent {}

    /** On to the next item without changing this one's answer: only once it has one (or a skip). */
    record Forward() implements SurveyEvent {}

    /** Typing in an open answer. */
    record Type(String text) implements SurveyEvent {}

    record DeleteBack() implements SurveyEvent {}

    record CursorLeft() implements SurveyEvent {}

    record CursorRight() implements SurveyEvent {}

    /** Finish an open answer and go on. */
    record Next() implements SurveyEvent {}

    /** Time passing, with no key: drives the idle screen and the return to welcome. */
    record Tick() implements SurveyEvent {}

    /**
     * The store can no longer take this response's answers (its wave was closed, a backup was
     * restored): the screen ends it at once and says so. Not a key: the shell finds it.
     */
    record Ended(UUID responseId) implements SurveyEvent {}

    /** Any key on a screen that waits for one (the idle warning, the thank-you). */
    record AnyKey() implements SurveyEvent {}
}
