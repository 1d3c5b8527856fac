package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.rpgkiosk.survey.SurveyEvent;
import org.rpgkiosk.survey.SurveyState;

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
            case THANKS, STILL_THERE -> new SurveyEvent.AnyKey();
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
            case Enter -> s.cursor() == 0 ? new SurveyEvent.Consent(newId.get()) : new SurveyEvent.Decline();
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
            case ArrowLeft, Backspace, ReverseTab -> new SurveyEvent.Back();
            default -> null;
        };
    }

    private static SurveyEvent open(KeyStroke k) {
        if (k.getKeyType() == KeyType.Character && (k.isCtrlDown() || k.isAltDown())) {
            return null;
        }
        return switch (k.getKeyType()) {
            case Character -> new SurveyEvent.Type(String.valueOf(k.getCharacter()));
            case Enter -> new SurveyEvent.Type("\n");
            case Backspace -> new SurveyEvent.DeleteBack();
            case ArrowLeft -> new SurveyEvent.CursorLeft();
            case ArrowRight -> new SurveyEvent.CursorRight();
            case Tab -> new SurveyEvent.Next();
            case ReverseTab, Escape -> new SurveyEvent.Back();
            default -> null;
        };
    }

    private static SurveyEvent review(KeyStroke k) {
        return switch (k.getKeyType()) {
            case ArrowUp -> new SurveyEvent.Move(-1);
            case ArrowDown -> new SurveyEvent.Move(1);
            case PageUp -> new SurveyEvent.Move(-10);
            case PageDown -> new SurveyEvent.Move(10);
            case Enter -> new SurveyEvent.Choose();
            case ArrowLeft, Backspace, ReverseTab -> new SurveyEvent.Back();
            default -> null;
        };
    }

    private static boolean isChar(KeyStroke k, char c) {
        return k.getKeyType() == KeyType.Character && !k.isCtrlDown() && Character.toLowerCase(k.getCharacter()) == c;
    }
}
