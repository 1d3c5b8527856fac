package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.QuestionnaireReader;

/** questionnaire show: the questionnaire as participants will meet it, from a file or as loaded. */
class QuestionnaireShowTest {
    @TempDir Path dir;

    @Test
    void aFileOrTheLoadedVersionIsPrintedPartByPartWithEveryStatement() {
        Path file = Path.of("db/questionnaires/rpg-outcomes.txt");
        Questionnaire q = QuestionnaireReader.read(file);
        Run fromFile = Run.in(dir, "questionnaire", "show", file.toString());
        assertEquals(0, fromFile.code(), fromFile.err());
        String out = fromFile.out();
        assertTrue(out.startsWith(q.title() + "\nrpg-outcomes, file rpg-outcomes.txt: 3 parts, 17 statements, 3 open questions"), out);
        assertTrue(out.contains("PART 1 OF 3: Professional skills and support"), out);
        assertTrue(out.contains("    Y  Yes, I agree to take part"), out);
        String joined = out.replaceAll("\\s+", " ");
        assertTrue(joined.contains("Answer each with: 4 Agree strongly, 3 Agree, 2 Disagree, 1 Strongly disagree, or S to skip."), out);
        q.allItems().forEach(i -> assertTrue(joined.contains(i.wording().replaceAll("\\s+", " ") + " [" + i.code() + "]"),
                "every statement and question: " + i.code()));
        q.roles().forEach(r -> assertTrue(out.contains("  " + r.label() + "\n"), r.code()));
        out.lines().forEach(l -> assertTrue(l.length() <= 80, l));

        assertEquals(0, Run.in(dir, "questionnaire", "load", file.toString()).code());
        Run loaded = Run.in(dir, "questionnaire", "show");
        assertTrue(loaded.out().contains("rpg-outcomes, version 1: 3 parts"), loaded.out());
        Run unknown = Run.in(dir, "questionnaire", "show", "nope");
        assertEquals(2, unknown.code());
        assertEquals("error: there is no questionnaire 'nope' (loaded: rpg-outcomes), nor a file of that name\n", unknown.err());
    }
}
