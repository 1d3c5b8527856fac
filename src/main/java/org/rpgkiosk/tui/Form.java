package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.Arrays;
import java.util.List;
import org.rpgkiosk.text.Cells;

/**
 * A few labelled text fields typed one after another (a PIN, a wave's code and label). Enter
 * moves on and, on the last field, submits; Esc cancels. Masked fields show dots, never digits.
 * A value filled in advance (today's date, a default) is accepted with Enter, replaced by
 * whatever is typed into it, or edited after a Backspace, as in most forms. A key that would put
 * a character the screen cannot draw as itself (a control, an invisible or direction mark, half an
 * emoji) into a field types nothing, so a name or a label is stored as it was seen.
 */
final class Form {
    record Field(String label, boolean masked, int maxLength) {}

    enum Result { EDITING, SUBMITTED, CANCELLED }

    final String title;
    final List<Field> fields;
    private final String[] values;
    private final boolean[] suggested;
    private int current;
    private boolean cancellable = true;
    String error;

    Form(String title, Field... fields) {
        this.title = title;
        this.fields = List.of(fields);
        this.values = new String[fields.length];
        this.suggested = new boolean[fields.length];
        Arrays.fill(values, "");
    }

    /** Fills a field in advance (today's date, a default), to be edited or accepted with Enter. */
    Form set(int i, String value) {
        values[i] = value;
        suggested[i] = !value.isEmpty();
        return this;
    }

    /** A form Esc does not leave (the first PIN of set-up: there is nothing before it); its help line says so. */
    Form mustFinish() {
        cancellable = false;
        return this;
    }

    String value(int i) {
        return values[i].strip();
    }

    Result key(KeyStroke k) {
        switch (k.getKeyType()) {
            case Character -> {
                if (k.isCtrlDown() || k.isAltDown() || !Cells.drawable(k.getCharacter())) break;
                if (suggested[current]) values[current] = "";
                suggested[current] = false;
                if (values[current].length() < fields.get(current).maxLength()) values[current] += k.getCharacter();
            }
            case Backspace -> {
                suggested[current] = false;
                if (!values[current].isEmpty()) values[current] = values[current].substring(0, values[current].length() - 1);
            }
            case Tab, ArrowDown -> current = Math.min(current + 1, fields.size() - 1);
            case ReverseTab, ArrowUp -> current = Math.max(current - 1, 0);
            case Enter -> {
                if (current == fields.size() - 1) return Result.SUBMITTED;
                current++;
            }
            case Escape -> {
                if (cancellable) return Result.CANCELLED;
            }
            default -> { }
        }
        return Result.EDITING;
    }

    /** A question about what was typed: kept as it is, on the last field, so Enter answers yes. */
    void ask(String question) {
        error = question;
        current = fields.size() - 1;
    }

    /** After a refused submission: clear masked fields and start again from the first one. */
    void retry(String why) {
        error = why;
        for (int i = 0; i < values.length; i++) {
            if (fields.get(i).masked()) values[i] = "";
        }
        current = 0;
    }

    void render(Painter p, int row, String intro) {
        p.titleBar(title, "");
        if (intro != null) row = p.paragraph(row, intro, p.lastContentRow()) + 1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String shown = f.masked() ? "•".repeat(values[i].length()) : values[i];
            p.choice(row + 2 * i, String.format("%-22s %s%s", f.label() + ":", shown, i == current ? "_" : ""),
                    i == current);
        }
        // A long message (a question about what was typed) goes in full under the fields, not cut to one line.
        if (error != null && Cells.width(error) > p.textWidth()) {
            p.paragraph(row + 2 * fields.size() + 1, error, p.lastContentRow());
        } else {
            p.notice(error);
        }
        p.helpLine("Type · Enter next / done · Up/Down field" + (cancellable ? " · Esc cancel" : ""));
    }
}
