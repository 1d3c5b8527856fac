package org.rpgkiosk.store;

import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.rpgkiosk.scrub.Labels;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.scrub.Scrubber;

/** What the scrubber needs from the database: every person's name on the registers, and the pseudonym key. */
final class Labelling {
    private Labelling() {}

    /** Members and facilitators, every name ever recorded: a person who left is still a person. */
    static List<String> peopleNames(DSLContext dsl) {
        List<String> names = new ArrayList<>(dsl.selectDistinct(MEMBER.NAME).from(MEMBER).fetch(MEMBER.NAME));
        names.addAll(dsl.selectDistinct(GROUP_SESSION.FACILITATOR_NAME).from(GROUP_SESSION)
                .where(GROUP_SESSION.FACILITATOR_NAME.isNotNull()).fetch(GROUP_SESSION.FACILITATOR_NAME));
        return names;
    }

    static Labels of(DSLContext dsl) {
        return new Labels(new Scrubber(peopleNames(dsl)), Pseudonyms.fromHex(dsl.fetchSingle(INSTALLATION).getSecretHex()));
    }
}
