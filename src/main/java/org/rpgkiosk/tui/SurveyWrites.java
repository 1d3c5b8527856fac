package org.rpgkiosk.tui;

import org.rpgkiosk.store.ResponseRepository;
import org.rpgkiosk.store.StoredQuestionnaire;
import org.rpgkiosk.survey.SurveyEffect;

/** A participant's step's write, as the store takes it: the one place a survey effect becomes SQL's call. */
final class SurveyWrites {
    private SurveyWrites() {}

    /**
     * With the wave, questionnaire version and day of the moment it was asked for, not of now.
     * False when the store refused it because the response can no longer take it (see
     * {@link ResponseRepository}); an abandon or a withdrawal that finds it ended already is
     * not refused: what it asked for is so.
     */
    static boolean write(ResponseRepository responses, PendingWrites.Pending pending) {
        SurveyEffect effect = pending.effect();
        StoredQuestionnaire asked = pending.questionnaire();
        if (effect instanceof SurveyEffect.StartResponse s) {
            return responses.start(s.responseId(), pending.waveId(), asked.versionId());
        } else if (effect instanceof SurveyEffect.SaveRole r) {
            return responses.saveRole(r.responseId(), r.roleCode());
        } else if (effect instanceof SurveyEffect.SaveAnswer a) {
            return responses.saveAnswer(a.responseId(), asked.itemId(a.itemCode()), a.points(), a.text());
        } else if (effect instanceof SurveyEffect.SaveDraft d) {
            return responses.saveDraft(d.responseId(), asked.itemId(d.itemCode()), d.text());
        } else if (effect instanceof SurveyEffect.Submit s) {
            return responses.submit(s.responseId(), pending.givenOn());
        } else if (effect instanceof SurveyEffect.Withdraw w) {
            responses.withdraw(w.responseId());
        } else if (effect instanceof SurveyEffect.Abandon a) {
            responses.abandon(a.responseId());
        }
        return true;
    }
}
