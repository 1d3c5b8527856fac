package org.rpgkiosk.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class FormTest {
    private static Form dateAndName() {
        return new Form("Register", new Form.Field("Date", false, 10), new Form.Field("Name", false, 20))
                .set(0, "2026-11-23");
    }

    private static void type(Form f, String text) {
        for (char c : text.toCharArray()) f.key(new KeyStroke(c, false, false));
    }

    @Test
    void typingIntoASuggestedValueReplacesIt() {
        Form f = dateAndName();
        type(f, "2026-11-20");
        assertEquals("2026-11-20", f.value(0));
    }

    @Test
    void enterAcceptsASuggestionAndBackspaceEditsIt() {
        Form f = dateAndName();
        f.key(new KeyStroke(KeyType.Backspace));
        type(f, "2");
        assertEquals("2026-11-22", f.value(0));
        f.key(new KeyStroke(KeyType.Enter));
        type(f, "Pat");
        assertEquals("Pat", f.value(1));
        assertEquals(Form.Result.SUBMITTED, f.key(new KeyStroke(KeyType.Enter)));
        assertEquals("2026-11-22", f.value(0));
    }

    @Test
    void aFieldTypedIntoIsNotReplacedWhenComeBackTo() {
        Form f = dateAndName();
        type(f, "2026-01-0");
        f.key(new KeyStroke(KeyType.ArrowDown));
        f.key(new KeyStroke(KeyType.ArrowUp));
        type(f, "5");
        assertEquals("2026-01-05", f.value(0));
    }
}
