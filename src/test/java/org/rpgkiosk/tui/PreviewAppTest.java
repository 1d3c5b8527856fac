package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.survey.SurveyState.Timing;

/** The preview on the virtual terminal: the participant's screens, stamped, and no store to write to. */
class PreviewAppTest {
    private final DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(80, 24));
    private long now = 1_000_000;
    private PreviewApp app;

    private void key(KeyStroke k) {
        app.handle(k);
        String screen = KioskHarness.text(terminal);
        assertTrue(screen.contains("PREVIEW: nothing is stored"), "stamped on every screen:\n" + screen);
    }

    private void type(String keys) {
        for (char c : keys.toCharArray()) key(new KeyStroke(c, false, false));
    }

    @Test
    void aWholeWalkThroughShowsTheParticipantsScreensStampedAndEndsOnF12() throws Exception {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        app = new PreviewApp(screen, QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")),
                Timing.DEFAULT, () -> now);
        app.render();
        assertTrue(KioskHarness.text(terminal).contains("Press Enter to begin."));
        key(new KeyStroke(KeyType.Enter));
        assertTrue(KioskHarness.text(terminal).contains("Information and consent"));
        type("y5");
        assertTrue(KioskHarness.text(terminal).contains("Statement 1 of 8"), KioskHarness.text(terminal));
        type("43214321432143214");
        assertTrue(KioskHarness.text(terminal).contains("Question 1 of 3"), KioskHarness.text(terminal));
        type("a thought");
        for (int i = 0; i < 3; i++) key(new KeyStroke(KeyType.Tab));
        assertTrue(KioskHarness.text(terminal).contains("Check your answers"), KioskHarness.text(terminal));
        for (int i = 0; i < 3; i++) key(new KeyStroke(KeyType.PageDown));
        key(new KeyStroke(KeyType.Enter));
        assertTrue(KioskHarness.text(terminal).contains("Thank you"), KioskHarness.text(terminal));
        now += 6_000;
        app.tick();
        assertTrue(KioskHarness.text(terminal).contains("Press Enter to begin."), "ready for another walk");
        assertTrue(app.running());
        app.handle(new KeyStroke(KeyType.F12));
        assertFalse(app.running(), "F12 ends the preview");
    }
}
