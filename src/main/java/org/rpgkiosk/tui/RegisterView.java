package org.rpgkiosk.tui;

import java.util.List;
import org.rpgkiosk.attendance.Entry;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Person;
import org.rpgkiosk.attendance.Reason;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

/** How the register's steps look; {@link RegisterScreen} decides which one and with what. */
final class RegisterView {
    private RegisterView() {}

    static void groups(Painter p, List<Group> groups, int cursor) {
        p.titleBar("Record attendance: choose the group", "");
        if (groups.isEmpty()) {
            p.paragraph(3, "No groups are held yet: import a roster first (./run.sh roster import FILE.csv).",
                    p.lastContentRow());
        }
        int rows = p.lastContentRow() - 2;
        int first = Math.max(0, cursor - rows + 1);
        for (int i = first; i < groups.size() && i - first < rows; i++) {
            Group g = groups.get(i);
            p.choice(3 + i - first, String.format("%-3s %s %s %s", i < 9 ? (i + 1) + "" : "", Painter.pad(g.name(), 34),
                    Painter.pad(g.level(), 22), g.facilitatorKind().code()), i == cursor);
        }
        p.helpLine("1-9 or Up/Down and Enter choose · Esc back");
    }

    static void checklist(Painter p, String title, Register r, int cursor, boolean done) {
        p.titleBar(title, "");
        p.line(2, r.facilitatorKind().code() + " facilitator " + r.facilitatorName() + ", " + r.minutes() + " minutes");
        p.line(3, r.count(Mark.PRESENT) + " present, " + r.count(Mark.APOLOGIES) + " apologies, " + r.count(Mark.ABSENT)
                + " absent, " + r.unmarked() + " to mark");
        int top = 5;
        int rows = p.lastContentRow() - top + 1;
        int first = Math.max(0, cursor - rows + 1);
        for (int i = first; i < r.entries().size() && i - first < rows; i++) {
            p.choice(top + i - first, line(r.entries().get(i)), i == cursor && !done);
        }
        if (done) {
            p.keysLine("Any key back to the menu");
            return;
        }
        p.helpLine("P A X mark · Enter reason · R rest present · N/V add · S save · Esc",
                "P present, A apologies, X absent mark the highlighted person; U unmarks. A and X ask the reason.",
                "Up/Down (PgUp/PgDn) move. Enter on someone marked A or X changes the reason.",
                "R marks everyone not yet marked present. N adds a new member, V a visitor; Delete takes "
                        + "someone added here off again.",
                "S saves the register. Esc leaves; with changes not saved it asks first.");
    }

    private static String line(Entry e) {
        Person who = e.person();
        String tag = switch (who.kind()) {
            case MEMBER -> "";
            case NEW_MEMBER -> " (new)";
            case VISITOR -> " (visitor)";
        };
        String mark = e.mark() == null ? "?" : e.mark().code();
        String reason = e.reason() == null ? "" : e.reason() == Reason.OTHER ? "other: " + e.note() : e.reason().label();
        return String.format("%s %-9s %s", Painter.pad(who.name() + tag, 32), mark, reason);
    }

    static void reasons(Painter p, Entry e, int cursor) {
        p.titleBar("Reason for " + e.mark().code() + ": " + e.person().name(), "");
        Reason[] all = Reason.values();
        for (int i = 0; i < all.length; i++) {
            p.choice(3 + 2 * i, (i + 1) + "  " + all[i].label(), i == cursor);
        }
        p.helpLine("1-5, or Up/Down and Enter, choose · Esc back to the list");
    }

    static void roles(Painter p, List<Role> roles, int row) {
        for (int i = 0; i < roles.size() && row + i <= p.lastContentRow(); i++) {
            p.line(row + i, String.format("%2d  %s", i + 1, roles.get(i).label()));
        }
    }
}
