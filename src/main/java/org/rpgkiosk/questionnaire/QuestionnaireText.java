package org.rpgkiosk.questionnaire;

import java.util.ArrayList;
import java.util.List;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Questionnaire.Role;

/**
 * A questionnaire as participants will meet it, screen by screen, as plain text for a terminal or
 * a print-out (`questionnaire show`): the information sheet, consent, the roles, each part's
 * statements with the scale, the open questions. Lines are wrapped at 78 columns.
 */
public final class QuestionnaireText {
    private static final int WIDTH = 78;

    private QuestionnaireText() {}

    public static String render(Questionnaire q, String version) {
        List<String> out = new ArrayList<>();
        out.add(q.title());
        out.add(q.name() + (version == null ? "" : ", " + version) + ": " + q.blocks().size() + " parts, "
                + q.agreementItems().size() + " statements, " + q.openItems().size() + " open questions");
        out.add("");
        out.add("INFORMATION AND CONSENT");
        q.informationSheet().lines().forEach(line -> out.addAll(wrap(line, "  ")));
        out.add("");
        out.addAll(wrap(q.consentText(), "  "));
        out.add("    Y  Yes, I agree to take part");
        out.add("    N  No, I do not want to take part");
        out.add("");
        out.add("YOUR ROLE: Which best describes your job role?");
        List<Role> roles = q.roles();
        for (int i = 0; i < roles.size(); i++) out.add("    " + (i + 1) + "  " + roles.get(i).label());
        StringBuilder scale = new StringBuilder("Answer each with:");
        for (Scale.Point p : q.scale().points()) scale.append(' ').append(p.points()).append(' ').append(p.label()).append(',');
        scale.append(" or S to skip.");
        List<Block> blocks = q.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            out.add("");
            out.add("PART " + (b + 1) + " OF " + blocks.size() + ": " + blocks.get(b).title());
            out.addAll(wrap(scale.toString(), "  "));
            List<Statement> items = blocks.get(b).items();
            for (int i = 0; i < items.size(); i++) {
                out.addAll(wrap((i + 1) + ". " + items.get(i).wording() + "  [" + items.get(i).code() + "]"
                        + (items.get(i).placeholder() ? " (PLACEHOLDER: to be replaced)" : ""), "  ", "     "));
            }
        }
        out.add("");
        out.add("OPEN QUESTIONS (optional; up to " + q.openAnswerLimit() + " characters each)");
        for (int i = 0; i < q.openItems().size(); i++) {
            OpenQuestion item = q.openItems().get(i);
            out.addAll(wrap((i + 1) + ". " + item.wording() + "  [" + item.code() + "]"
                    + (item.placeholder() ? " (PLACEHOLDER: to be replaced)" : ""), "  ", "     "));
        }
        out.add("");
        out.add("REVIEW: every answer listed, each can be changed, then submitted.");
        return String.join("\n", out) + "\n";
    }

    static List<String> wrap(String text, String indent) {
        return wrap(text, indent, indent);
    }

    /** Words in lines of at most 78 columns: the first indented by {@code first}, the rest by {@code rest}. */
    static List<String> wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        String indent = first;
        StringBuilder line = new StringBuilder(indent);
        for (String word : text.strip().split("\\s+")) {
            if (line.length() > indent.length() && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                indent = rest;
                line = new StringBuilder(indent);
            }
            if (line.length() > indent.length()) line.append(' ');
            line.append(word);
        }
        lines.add(line.toString().stripTrailing());
        return lines;
    }
}
