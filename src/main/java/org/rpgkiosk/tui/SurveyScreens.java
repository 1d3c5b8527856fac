package org.rpgkiosk.tui;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.questionnaire.Questionnaire;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.OpenQuestion;
import org.rpgkiosk.questionnaire.Scale;
import org.rpgkiosk.questionnaire.Statement;
import org.rpgkiosk.survey.Keys;
import org.rpgkiosk.survey.Answer;
import org.rpgkiosk.survey.SurveyState;
import org.rpgkiosk.text.Cells;

/** Draws a participant's state; reads it only. One method a screen, each with its help line. */
final class SurveyScreens {
    static final String STAFF_KEY = "F12 staff";
    static final String NO_TITLE = "Reflective practice groups";
    private static final String MOVING = "Right or Tab goes on to the next screen once this one is answered (or skipped).";
    private static final String BACK = "Shift-Tab, Left, Backspace or Esc goes back one screen";
    private static final String SAVED = "Every answer is saved as you give it; you can change any on the review before submitting.";

    private SurveyScreens() {}

    /** @param saved false while the kiosk holds answers it could not write yet (PendingWrites) */
    static void render(SurveyState s, Painter p, boolean waveOpen, boolean saved, long now) {
        switch (s.screen()) {
            case WELCOME -> welcome(s, p, waveOpen);
            case INFORMATION -> information(s, p);
            case ROLE -> role(s, p);
            case STATEMENT -> statement(s, p);
            case OPEN -> open(s, p);
            case REVIEW -> review(s, p);
            case THANKS -> thanks(s, p, saved, now);
            case STILL_THERE -> stillThere(s, p, now);
            case ENDED -> ended(s, p, now);
        }
        p.notice(s.notice());
    }

    private static void welcome(SurveyState s, Painter p, boolean waveOpen) {
        p.titleBar(s.questionnaire() == null ? NO_TITLE : s.questionnaire().title(), "");
        int row = welcomeRow(p);
        if (!waveOpen) {
            p.bold(row, "No survey is open at the moment.");
            p.line(row + 2, "Thank you for stopping by. Staff can open a survey through the staff entrance.");
            p.helpLine(STAFF_KEY);
            return;
        }
        p.bold(row, "Welcome");
        p.paragraph(row + 2, "You are invited to answer a short anonymous survey about the reflective practice "
                + "groups. It takes about ten minutes and you can skip any question.", p.lastContentRow());
        p.bold(row + 6, "Press Enter to begin.");
        p.helpLine("Enter begin · " + STAFF_KEY);
    }

    /**
     * The welcome's frame before the database is open: its title bar and greeting where they will
     * be, word that it is coming where the start key will be, and no keys offered.
     */
    static void starting(Painter p) {
        p.titleBar(NO_TITLE, "");
        int row = welcomeRow(p);
        p.bold(row, "Welcome");
        p.line(row + 6, "One moment: getting the kiosk ready…");
        p.helpLine("");
    }

    private static int welcomeRow(Painter p) {
        return p.height() / 2 - 3;
    }

    private static void information(SurveyState s, Painter p) {
        Questionnaire q = s.questionnaire();
        p.titleBar(q.title(), "Information and consent");
        List<String> text = new ArrayList<>(Painter.wrap(q.informationSheet(), p.textWidth()));
        text.add("");
        text.addAll(Painter.wrap(q.consentText(), p.textWidth()));
        int firstRow = 2;
        int lastRow = p.height() - 6;
        int visible = lastRow - firstRow + 1;
        int scroll = Math.min(s.scroll(), Math.max(0, text.size() - visible));
        for (int i = 0; i < visible && scroll + i < text.size(); i++) {
            p.line(firstRow + i, text.get(scroll + i));
        }
        if (scroll + visible < text.size()) {
            p.line(lastRow + 1, "(more below: press Down or PgDn)");
        }
        p.choice(p.height() - 4, "Y  Yes, I agree to take part", s.cursor() == 0);
        p.choice(p.height() - 3, "N  No, I do not want to take part", s.cursor() == 1);
        p.helpLine("Up/Down/PgDn read · Y agree · N decline · Tab + Enter · " + STAFF_KEY,
                "Tab or Right moves between Yes and No; Enter then gives that answer. Nothing is chosen for you.",
                "No, after you have agreed, takes your agreement back: nothing you answered is kept.");
    }

    private static void role(SurveyState s, Painter p) {
        p.titleBar(s.questionnaire().title(), "Your role");
        p.bold(2, "Which best describes your job role?");
        List<Questionnaire.Role> roles = s.questionnaire().roles();
        for (int i = 0; i < roles.size(); i++) {
            p.choice(4 + i, (i + 1) + "  " + roles.get(i).label(), i == s.cursor());
        }
        p.helpLine("1-" + roles.size() + " answer · Up/Down + Enter choose · Shift-Tab back · " + STAFF_KEY,
                MOVING, BACK + " (to the information and consent)", SAVED);
    }

    private static void statement(SurveyState s, Painter p) {
        Questionnaire q = s.questionnaire();
        p.titleBar("Part " + s.blockNumber() + " of " + q.blocks().size() + ": " + s.currentBlock().title(),
                "Statement " + s.positionInBlock() + " of " + s.currentBlock().items().size()
                        + " · " + s.itemsLeft() + " left");
        p.line(2, "How much do you agree?");
        int row = p.paragraph(4, s.currentItem().wording(), 9);
        row = Math.max(row + 1, 8);
        Scale scale = ((Statement) s.currentItem()).scale();
        List<Scale.Point> points = scale.points();
        for (int i = 0; i < points.size(); i++) {
            p.choice(row + i, points.get(i).points() + "  " + points.get(i).label(), i == s.cursor());
        }
        Answer given = s.answers().get(s.currentItem().code());
        if (given != null && given.skipped()) {
            p.line(row + points.size() + 1, "(skipped so far)");
        }
        p.helpLine(Keys.span(scale) + " answer · Up/Down + Enter · S skip · Shift-Tab back · " + STAFF_KEY,
                MOVING, BACK + ", your answers kept", SAVED);
    }

    private static void open(SurveyState s, Painter p) {
        Questionnaire q = s.questionnaire();
        List<Item> open = s.items().stream().filter(i -> i instanceof OpenQuestion).toList();
        int number = open.indexOf(s.currentItem()) + 1;
        p.titleBar("Open questions", "Question " + number + " of " + open.size()
                + " · " + s.itemsLeft() + " left");
        int row = p.paragraph(2, s.currentItem().wording(), 5) + 1;
        p.line(row++, "Your answer (optional; please do not name anyone):");
        String withCursor = s.draft().substring(0, s.draftCursor()) + "█" + s.draft().substring(s.draftCursor());
        List<String> lines = Painter.wrap(withCursor, p.textWidth());
        int last = p.height() - 4;
        int visible = last - row + 1;
        int cursorLine = cursorLine(lines);
        int first = Math.max(0, Math.min(cursorLine - visible + 1, lines.size() - visible));
        for (int i = 0; i < visible && first + i < lines.size(); i++) {
            p.line(row + i, lines.get(first + i));
        }
        int used = s.draft().codePointCount(0, s.draft().length());
        p.line(p.height() - 3, used + " of " + q.openAnswerLimit() + " characters"
                + (undrawable(s.draft()) ? " · " + Cells.PLACEHOLDER + " " + UNDRAWABLE : ""));
        p.helpLine("Enter new line · Tab done (empty skips) · Shift-Tab back · " + STAFF_KEY,
                "Left and Right move in your answer; Backspace deletes before the cursor. Esc also goes back.",
                "What you write is kept as you type; please do not name anyone. Identifiers are removed on export.");
    }

    /** Said beside a placeholder, so an emoji shown as one is known to be kept. */
    static final String UNDRAWABLE = "= a character not shown here, kept as typed";

    /** Whether the screen shows some of this text as the placeholder (an emoji, a control character). */
    private static boolean undrawable(String text) {
        return Cells.line(text.replace('\n', ' ')).indexOf(Cells.PLACEHOLDER) >= 0;
    }

    private static int cursorLine(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("█")) return i;
        }
        return lines.size() - 1;
    }

    /**
     * One entry a line of the list the cursor moves on; an open question's entry takes two rows,
     * the question and, under it, what was written (three identical "Your words:" lines once left
     * a person guessing which answer was which).
     */
    private static void review(SurveyState s, Painter p) {
        Questionnaire q = s.questionnaire();
        p.titleBar("Check your answers", "Change any, then submit");
        List<List<String>> entries = new ArrayList<>();
        entries.add(List.of("Job role: " + q.roles().stream().filter(r -> r.code().equals(s.role()))
                .map(Questionnaire.Role::label).findFirst().orElse("(not given)")));
        for (Item item : s.items()) {
            Answer a = s.answers().get(item.code());
            if (item instanceof Statement statement) {
                entries.add(List.of(Cells.pad(a == null || a.skipped() ? "(no answer)" : statement.scale().label(a.points()), 18)
                        + " " + item.wording()));
            } else {
                entries.add(List.of(item.wording(), "   " + (a == null || a.skipped() ? "(no answer)"
                        : "\"" + a.text().replace('\n', ' ') + "\"")));
            }
        }
        entries.add(List.of("[ Submit my answers ]"));
        if (s.answers().values().stream().anyMatch(a -> a.text() != null && undrawable(a.text()))) {
            p.notice(Cells.PLACEHOLDER + " " + UNDRAWABLE);   // on the notice line: seen wherever the list is scrolled
        }
        int first = 2;
        int visible = p.height() - 4 - first;
        int top = reviewTop(entries, s.cursor(), visible);
        int row = first;
        for (int index = top; index < entries.size() && row + entries.get(index).size() <= first + visible; index++) {
            for (String line : entries.get(index)) p.choice(row++, line, index == s.cursor());
        }
        p.helpLine("Up/Down choose · Enter change or submit · Shift-Tab back · " + STAFF_KEY,
                "PgUp/PgDn move a page; Home goes to the first line, End to Submit.",
                "Enter on an answer goes to it to change it, then back here. " + BACK + ".", SAVED);
    }

    /** The first entry shown: the cursor's entry about mid-screen, and no empty rows below the last. */
    private static int reviewTop(List<List<String>> entries, int cursor, int visible) {
        int top = Math.max(0, Math.min(cursor, entries.size() - 1));
        int rows = entries.get(top).size();
        while (top > 0 && rows + entries.get(top - 1).size() <= visible / 2) rows += entries.get(--top).size();
        int below = 0;
        for (int i = top; i < entries.size(); i++) below += entries.get(i).size();
        while (top > 0 && below + entries.get(top - 1).size() <= visible) below += entries.get(--top).size();
        return top;
    }

    private static void thanks(SurveyState s, Painter p, boolean saved, long now) {
        p.titleBar(s.questionnaire().title(), "");
        int row = p.height() / 2 - 2;
        p.bold(row, saved ? "Thank you. Your answers have been saved."
                : "Thank you. Your answers are kept on this kiosk until its database can take them.");
        p.line(row + 2, "This screen clears in " + Painter.seconds(secondsLeft(s, now)) + " for the next person.");
        p.keysLine("Any key: finish now");
    }

    private static void stillThere(SurveyState s, Painter p, long now) {
        p.titleBar("Are you still there?", "");
        int row = p.height() / 2 - 3;
        p.bold(row, "Are you still there? Press any key to carry on.");
        p.paragraph(row + 2, "Otherwise this screen will be cleared in " + Painter.seconds(secondsLeft(s, now))
                + ", so that nobody else can see your answers. The answers you have given "
                + "so far are kept.", p.lastContentRow());
        p.keysLine("Any key: carry on");
    }

    /**
     * The response was ended under the screen (its wave closed, a restore): said plainly, with
     * nothing claimed saved that may not be. Keys do nothing for its first seconds.
     */
    private static void ended(SurveyState s, Painter p, long now) {
        p.titleBar(s.questionnaire().title(), "");
        int row = p.height() / 2 - 4;
        p.bold(row, "This survey has been closed, so no more answers can be taken.");
        p.paragraph(row + 2, "Staff closed it while you were answering. The answers you gave before it closed "
                + "are kept, but not as a finished response; nothing given after that was stored. Your "
                + "answers have been cleared from this screen.", p.lastContentRow());
        p.line(row + 7, "This screen clears in " + Painter.seconds(secondsLeft(s, now)) + ". Thank you for your time.");
        boolean quiet = now < s.deadline() - SurveyState.ENDED_MILLIS + SurveyState.ENDED_QUIET_MILLIS;
        p.keysLine(quiet ? "" : "Any key: finish now");
    }

    private static long secondsLeft(SurveyState s, long now) {
        return Math.max(0, (s.deadline() - now + 999) / 1000);
    }
}
