package org.rpgkiosk.survey;

import java.util.UUID;

/**
 * What the shell must do after a transition: the store writes. Each answer is its own effect,
 * run at once, so a crash loses at most the screen in progress.
 */
public sealed interface SurveyEffect {
    record StartResponse(UUID responseId) implements SurveyEffect {}

    record SaveRole(UUID responseId, String roleCode) implements SurveyEffect {}

    /** points is 1..4 for an agreement item; text for an open one; both null when skipped. */
    record SaveAnswer(UUID responseId, String itemCode, Integer points, String text) implements SurveyEffect {}

    record Submit(UUID responseId) implements SurveyEffect {}

    /** Left at the idle screen: the answers stay, the response is flagged incomplete. */
    record Abandon(UUID responseId) implements SurveyEffect {}
}
