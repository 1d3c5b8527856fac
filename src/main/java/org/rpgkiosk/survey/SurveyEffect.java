package org.rpgkiosk.survey;

import java.util.UUID;

/**
 * What the shell must do after a transition: the store writes. Each answer is its own effect,
 * run at once, so a crash loses at most the screen in progress.
 */
public sealed interface SurveyEffect {
    /** Every write is for one response: a refused one ends that response's writes. */
    UUID responseId();

    record StartResponse(UUID responseId) implements SurveyEffect {}

    record SaveRole(UUID responseId, String roleCode) implements SurveyEffect {}

    /** points is 1..4 for an agreement item; text for an open one; both null when skipped. */
    record SaveAnswer(UUID responseId, String itemCode, Integer points, String text) implements SurveyEffect {}

    /**
     * The open answer as typed so far, kept in case the person never finishes it: stored flagged
     * as a draft, replaced by the answer when they go on.
     */
    record SaveDraft(UUID responseId, String itemCode, String text) implements SurveyEffect {}

    record Submit(UUID responseId) implements SurveyEffect {}

    /**
     * Consent taken back (N on the consent screen, reached back from the role screen): the
     * response and every answer of it are deleted, as if never begun.
     */
    record Withdraw(UUID responseId) implements SurveyEffect {}

    /** Left at the idle screen: the answers stay, the response is flagged incomplete. */
    record Abandon(UUID responseId) implements SurveyEffect {}
}
