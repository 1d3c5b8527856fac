package org.rpgkiosk.survey;

import java.util.UUID;

/**
 * What the shell must do after a transition: the store writes. Each answer is its own effect,
 * run at once, so a crash loses at most the screen in progress. A shell runs them through a
 * {@link Handler}: a new effect is a new method there, so no runner can drop one silently.
 */
public sealed interface SurveyEffect {
    /** Every write is for one response: a refused one ends that response's writes. */
    UUID responseId();

    <R> R handledBy(Handler<R> handler);

    /** One method per effect: what a shell does with each. */
    interface Handler<R> {
        R start(StartResponse effect);

        R role(SaveRole effect);

        R answer(SaveAnswer effect);

        R draft(SaveDraft effect);

        R submit(Submit effect);

        R withdraw(Withdraw effect);

        R abandon(Abandon effect);
    }

    record StartResponse(UUID responseId) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.start(this);
        }
    }

    record SaveRole(UUID responseId, String roleCode) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.role(this);
        }
    }

    /** An item's answer, of whatever kind: {@link Answer}. */
    record SaveAnswer(UUID responseId, String itemCode, Answer answer) implements SurveyEffect {
        /** A statement's points or an open question's text, as the tests of the first two kinds write them. */
        public SaveAnswer(UUID responseId, String itemCode, Integer points, String text) {
            this(responseId, itemCode, Answer.of(points, text));
        }

        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.answer(this);
        }
    }

    /**
     * The open answer as typed so far, kept in case the person never finishes it: stored flagged
     * as a draft, replaced by the answer when they go on.
     */
    record SaveDraft(UUID responseId, String itemCode, String text) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.draft(this);
        }
    }

    record Submit(UUID responseId) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.submit(this);
        }
    }

    /**
     * Consent taken back (N on the consent screen, reached back from the role screen): the
     * response and every answer of it are deleted, as if never begun.
     */
    record Withdraw(UUID responseId) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.withdraw(this);
        }
    }

    /** Left at the idle screen: the answers stay, the response is flagged incomplete. */
    record Abandon(UUID responseId) implements SurveyEffect {
        @Override
        public <R> R handledBy(Handler<R> handler) {
            return handler.abandon(this);
        }
    }
}
