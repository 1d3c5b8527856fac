package org.rpgkiosk.tasks;

import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.QuestionnaireRepository.LoadResult;
import org.rpgkiosk.store.Store;

/**
 * The shipped questionnaire (db/questionnaires/rpg-outcomes.txt, inside the program), loaded
 * where none is: the one task behind the kiosk's first start and demo-data (issue 36: the kiosk
 * audited its load and demo-data did not). The audit log says who loaded which version, and why.
 */
public final class DefaultQuestionnaire {
    private DefaultQuestionnaire() {}

    /** The shipped questionnaire as its file reads. */
    public static Questionnaire read() {
        return QuestionnaireReader.readShipped();
    }

    /**
     * Loads it if no questionnaire is loaded; nothing otherwise.
     *
     * @param actor who asks, for the audit log ("cli", "kiosk")
     * @param why   for the audit log ("first run", "demo-data")
     * @return whether it was loaded now
     */
    public static boolean loadIfNone(Store store, String actor, String why) {
        if (!store.questionnaires().names().isEmpty()) return false;
        Questionnaire q = read();
        LoadResult result = store.questionnaires().load(q, "rpg-outcomes.txt (default)");
        store.audit().record(actor, "questionnaire.load", q.name() + " v" + result.versionNo() + " (" + why + ")");
        return true;
    }
}
