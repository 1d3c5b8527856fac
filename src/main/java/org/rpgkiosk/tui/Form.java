package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    /** {@code digits}: a key other than a digit types nothing and says so at once (a PIN, a count). */
    record Field(String label, boolean masked, int maxLength, boolean digits) {
        Field(String label, boolean masked, int maxLength) {
            this(label, masked, maxLength, false);
        }

        /** A field that takes digits only. */
        static Field digits(String label, boolean masked, int maxLength) {
            return new Field(label, masked, maxLength, true);
        }
    }

    enum Result { EDITING, SUBMITTED, CANCELLED }

    final String title;
    final List<Field> fields;
    private final String[] values;
    private final boolean[] suggested;
    private int current;
    private boolean cancellable = true;
    String error;
    /** What is wrong with each field, by its index, shown on the line under it until it is edited. */
    private final Map<Integer, String> problems = new TreeMap<>();
    /** The message shown is about a key refused as typed, to go with the next key that is taken. */
    private boolean keyRefused;

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
                if (fields.get(current).digits() && !Character.isDigit(k.getCharacter())) {
                    // Refused as typed: a masked letter once showed as a dot and was refused only at Enter.
                    error = fields.get(current).label().replaceFirst(" \\(.*", "") + " takes digits only: that key was not typed.";
                    keyRefused = true;
                    break;
                }
                if (keyRefused) error = null;   // said, and the next key typed is right
                keyRefused = false;
                problems.remove(current);
                if (suggested[current]) values[current] = "";
                suggested[current] = false;
                if (values[current].length() < fields.get(current).maxLength()) values[current] += k.getCharacter();
            }
            case Backspace -> {
                problems.remove(current);
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
        problems.clear();
        for (int i = 0; i < values.length; i++) {
            if (fields.get(i).masked()) values[i] = "";
        }
        current = 0;
    }

    /**
     * After a submission refused for what some fields hold: each problem beside its field, all at
     * once, and the cursor on the first wrong one, its value kept to edit (Backspace) or replace
     * (typing), so a correction lands where it was meant; the right fields keep their values.
     * False when there are none (the caller goes on).
     */
    boolean refuse(Map<Integer, String> wrong) {
        if (wrong.isEmpty()) return false;
        problems.clear();
        problems.putAll(wrong);
        error = wrong.size() == 1 ? "Please correct the field marked below." : "Please correct the "
                + wrong.size() + " fields marked below.";
        current = problems.keySet().iterator().next();
        for (int i : problems.keySet()) {
            if (fields.get(i).masked()) values[i] = "";
            suggested[i] = !values[i].isEmpty();
        }
        return true;
    }

    /** The one field a later check found wrong (a folder that turned out not empty, say). */
    void refuse(int field, String why) {
        refuse(Map.of(field, why));
    }

    /** Which field the cursor is on (tests, and screens that say what it is for). */
    int current() {
        return current;
    }

    void render(Painter p, int row, String intro) {
        p.titleBar(title, "");
        if (intro != null) row = p.paragraph(row, intro, p.lastContentRow()) + 1;
        for (int i = 0; i < fields.size(); i++) {
            Field f = fields.get(i);
            String shown = f.masked() ? "•".repeat(values[i].length()) : values[i];
            p.choice(row + 2 * i, String.format("%-22s %s%s", f.label() + ":", shown, i == current ? "_" : ""),
                    i == current);
            String problem = problems.get(i);
            if (problem != null) {
                // Under the value where it fits (the label column and the choice mark take 25 cells), else from the left.
                String mark = "^ " + problem;
                p.problem(row + 2 * i + 1, Cells.width(mark) <= p.textWidth() - 25 ? " ".repeat(25) + mark : "  " + mark);
            }
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
