package org.rpgkiosk.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.scrub.Scrubber;

/**
 * Issue 34's precision check on the demo data: every ordinary answer the demo writes comes out
 * of the scrubber as written and unflagged, with a roster of everyday-word names beside it; the
 * answers with a planted address or number come out changed.
 */
class DemoOpenAnswersScrubTest {
    @Test
    void theDemosOrdinaryAnswersStayAndItsPlantedContactsGo() {
        Scrubber scrubber = new Scrubber(List.of("Will Rose", "May Hall", "Hope Green", "Joy Long", "Mark Turner",
                "Grace Bell", "Summer Fox", "Precious Adjei", "Robin Young", "Faith Mills"));
        for (String answer : OpenAnswers.ordinary()) {
            assertEquals(answer, scrubber.scrub(answer));
            assertFalse(scrubber.needsReview(answer), answer);
        }
        for (String answer : OpenAnswers.withContacts()) assertNotEquals(answer, scrubber.scrub(answer));
    }
}
