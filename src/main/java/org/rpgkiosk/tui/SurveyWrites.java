package org.rpgkiosk.tui;

import org.rpgkiosk.store.ResponseRepository;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.survey.Answer;
import org.rpgkiosk.survey.SurveyEffect;

/**
 * A participant's step's write, as the store takes it: the one place a survey effect becomes
 * SQL's call. A {@link SurveyEffect.Handler}, so an effect this does not run cannot compile.
 */
final class SurveyWrites implements SurveyEffect.Handler<Boolean> {
    private final ResponseRepository responses;
    private final PendingWrites.Pending pending;
    private final StoredQuestionnaire asked;

    private SurveyWrites(ResponseRepository responses, PendingWrites.Pending pending) {
        this.responses = responses;
        this.pending = pending;
        this.asked = pending.questionnaire();
    }

    /**
     * With the wave, questionnaire version and day of the moment it was asked for, not of now.
     * False when the store refused it because the response can no longer take it (see
     * {@link ResponseRepository}); an abandon or a withdrawal that finds it ended already is
     * not refused: what it asked for is so.
     */
    static boolean write(ResponseRepository responses, PendingWrites.Pending pending) {
        return pending.effect().handledBy(new SurveyWrites(responses, pending));
    }

    @Override
    public Boolean start(SurveyEffect.StartResponse s) {
        return responses.start(s.responseId(), pending.waveId(), asked.versionId());
    }

    @Override
    public Boolean role(SurveyEffect.SaveRole r) {
        return responses.saveRole(r.responseId(), r.roleCode());
    }

    @Override
    public Boolean answer(SurveyEffect.SaveAnswer a) {
        int item = asked.itemId(a.itemCode());
        Answer given = a.answer();
        return switch (given.kind()) {
            case POINTS -> responses.saveAnswer(a.responseId(), item, given.points(), null);
            case TEXT -> responses.saveAnswer(a.responseId(), item, null, given.text());
            case SKIPPED -> responses.saveAnswer(a.responseId(), item, null, null);
        };
    }

    @Override
    public Boolean draft(SurveyEffect.SaveDraft d) {
        return responses.saveDraft(d.responseId(), asked.itemId(d.itemCode()), d.text());
    }

    @Override
    public Boolean submit(SurveyEffect.Submit s) {
        return responses.submit(s.responseId(), pending.givenOn());
    }

    @Override
    public Boolean withdraw(SurveyEffect.Withdraw w) {
        responses.withdraw(w.responseId());
        return true;
    }

    @Override
    public Boolean abandon(SurveyEffect.Abandon a) {
        responses.abandon(a.responseId());
        return true;
    }
}
