package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.RegisterEvent;
import org.rpgkiosk.survey.SurveyEvent;
import org.rpgkiosk.survey.SurveyState;
import org.rpgkiosk.text.Cells;

/**
 * The one place keys get meaning: a key on a given participant screen becomes a survey event,
 * or nothing. The staff key is tested first, on every screen, so no participant key can hide it.
 */
final class KeyMap {
    private KeyMap() {}

    /**
     * F12, and Ctrl-C, which would quit an ordinary program, open the staff entrance. (Ctrl-S and
     * Ctrl-Q are left alone: many terminals take them for flow control and never deliver them.)
     */
    static boolean isStaffKey(KeyStroke k) {
        if (k.getKeyType() == KeyType.F12) return true;
        return k.getKeyType() == KeyType.Character && k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == 'c';
    }

    static Optional<SurveyEvent> participant(SurveyState s, KeyStroke k, Supplier<UUID> newId) {
        return Optional.ofNullable(switch (s.screen()) {
            case WELCOME -> k.getKeyType() == KeyType.Enter || isChar(k, ' ') ? new SurveyEvent.Begin() : null;
            case INFORMATION -> information(s, k, newId);
            case ROLE -> choiceList(k);
            case STATEMENT -> isChar(k, 's') ? new SurveyEvent.Skip() : choiceList(k);
            case OPEN -> open(k);
            case REVIEW -> review(k);
            case THANKS, STILL_THERE, ENDED -> new SurveyEvent.AnyKey();
        });
    }

    private static SurveyEvent information(SurveyState s, KeyStroke k, Supplier<UUID> newId) {
        if (isChar(k, 'y')) return new SurveyEvent.Consent(newId.get());
        if (isChar(k, 'n')) return new SurveyEvent.Decline();
        return switch (k.getKeyType()) {
            case ArrowUp -> new SurveyEvent.Scroll(-1);
            case ArrowDown -> new SurveyEvent.Scroll(1);
            case PageUp -> new SurveyEvent.Scroll(-10);
            case PageDown -> new SurveyEvent.Scroll(10);
            case Tab, ArrowRight -> new SurveyEvent.Move(1);
            case ReverseTab, ArrowLeft -> new SurveyEvent.Move(-1);
            case Enter -> s.cursor() == 0 ? new SurveyEvent.Consent(newId.get())
                    : s.cursor() == 1 ? new SurveyEvent.Decline() : new SurveyEvent.Choose();   // nothing chosen yet
            default -> null;
        };
    }

    private static SurveyEvent choiceList(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && Character.isDigit(k.getCharacter()) && !k.isCtrlDown()) {
            return new SurveyEvent.Pick(k.getCharacter() - '0');
        }
        return switch (k.getKeyType()) {
            case ArrowUp -> new SurveyEvent.Move(-1);
            case ArrowDown -> new SurveyEvent.Move(1);
            case Enter -> new SurveyEvent.Choose();
            case ArrowRight, Tab -> new SurveyEvent.Forward();
            case ArrowLeft, Backspace, ReverseTab, Escape -> new SurveyEvent.Back();
            default -> null;
        };
    }

    private static SurveyEvent open(KeyStroke k) {
        String typed = typed(k);
        if (typed != null) return typed.isEmpty() ? null : new SurveyEvent.Type(typed);
        return switch (k.getKeyType()) {
            case Backspace -> new SurveyEvent.DeleteBack();
            case ArrowLeft -> new SurveyEvent.CursorLeft();
            case ArrowRight -> new SurveyEvent.CursorRight();
            case Tab -> new SurveyEvent.Next();
            case ReverseTab, Escape -> new SurveyEvent.Back();
            default -> null;
        };
    }

    /**
     * What a key types into an open answer: Enter a new line, a character only as the screen can
     * show it as typed; "" for a character key that types nothing and means nothing else there
     * (Ctrl or Alt held, a control or invisible character); null for any other key (the staff
     * key, Backspace, Tab...). The shell joins a run of typing into one {@link SurveyEvent.Type},
     * so a paste is one step, not one a character, and a refused character does not break the run.
     */
    static String typed(KeyStroke k) {
        if (k.getKeyType() == KeyType.Enter) return "\n";
        if (k.getKeyType() != KeyType.Character || isStaffKey(k)) return null;
        char c = k.getCharacter();
        if (k.isCtrlDown() || k.isAltDown()) return "";
        // Every character goes to the flow, which keeps it as typed or refuses it with a notice
        // (Cells.typable). An emoji arrives as its two UTF-16 halves, one key each: both go, to join.
        return String.valueOf(c);
    }

    private static SurveyEvent review(KeyStroke k) {
        return switch (k.getKeyType()) {
            case ArrowUp -> new SurveyEvent.Move(-1);
            case ArrowDown -> new SurveyEvent.Move(1);
            case PageUp -> new SurveyEvent.Move(-10);
            case PageDown -> new SurveyEvent.Move(10);
            case Home -> new SurveyEvent.Move(-1_000_000);
            case End -> new SurveyEvent.Move(1_000_000);
            case Enter -> new SurveyEvent.Choose();
            case ArrowLeft, Backspace, ReverseTab, Escape -> new SurveyEvent.Back();
            default -> null;
        };
    }

    /** Moving the highlight or the view of a staff list: lines up (negative) or down, or 0. */
    static int move(KeyStroke k, int page) {
        return switch (k.getKeyType()) {
            case ArrowUp -> -1;
            case ArrowDown -> 1;
            case PageUp -> -page;
            case PageDown -> page;
            case Home -> -1_000_000;
            case End -> 1_000_000;
            default -> 0;
        };
    }

    /** A digit 1-9 picking a line of a numbered list (0-based), or -1. */
    static int digit(KeyStroke k) {
        boolean d = k.getKeyType() == KeyType.Character && !k.isCtrlDown() && Character.isDigit(k.getCharacter());
        return d && k.getCharacter() != '0' ? k.getCharacter() - '1' : -1;
    }

    /**
     * The register's checklist: P present, A apologies, X absent, U unmarked, R the rest present,
     * Delete takes an added person off, S saves. Other keys (moving, adding) stay with the screen.
     */
    static Optional<RegisterEvent> checklist(KeyStroke k, int line) {
        if (k.getKeyType() == KeyType.Delete) return Optional.of(new RegisterEvent.Remove(line));
        if (k.getKeyType() != KeyType.Character || k.isCtrlDown() || k.isAltDown()) return Optional.empty();
        return Optional.ofNullable(switch (Character.toLowerCase(k.getCharacter())) {
            case 'p' -> new RegisterEvent.SetMark(line, Mark.PRESENT);
            case 'a' -> new RegisterEvent.SetMark(line, Mark.APOLOGIES);
            case 'x' -> new RegisterEvent.SetMark(line, Mark.ABSENT);
            case 'u' -> new RegisterEvent.SetMark(line, null);
            case 'r' -> new RegisterEvent.MarkRestPresent();
            case 's' -> new RegisterEvent.Save();
            default -> null;
        });
    }

    static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == c;
    }
}
