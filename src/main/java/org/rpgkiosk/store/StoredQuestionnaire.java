package org.rpgkiosk.store;

import java.util.Map;
import org.rpgkiosk.questionnaire.Questionnaire;

/** A questionnaire version as held in the database: the content plus the ids answers refer to. */
public record StoredQuestionnaire(int versionId, int versionNo, Questionnaire questionnaire,
                                  Map<String, Integer> itemIds) {
    public StoredQuestionnaire {
        itemIds = Map.copyOf(itemIds);
    }

    public int itemId(String code) {
        Integer id = itemIds.get(code);
        if (id == null) throw new IllegalArgumentException("no item " + code + " in version " + versionNo);
        return id;
    }
}
