package org.rpgkiosk.questionnaire;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rpgkiosk.questionnaire.Questionnaire.Block;
import org.rpgkiosk.questionnaire.Item.Kind;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.text.Cells;
import org.rpgkiosk.text.TextRule;

/**
 * Turns the text of a questionnaire file into a {@link Questionnaire}. The format is meant for
 * evaluators with a plain text editor (see db/questionnaires/rpg-outcomes.txt): header lines
 * {@code key: value}, then sections in brackets, entries as {@code code = text}. Every problem
 * found is reported with its line, all of them at once, so one edit-and-load fixes the file.
 * Every line is held to {@link TextRule} (a tab is whitespace) and stored composed, and every text
 * to the size of its column in the database (db/migration/V1__schema.sql).
 */
public final class QuestionnaireParser {
    static final Pattern CODE = Pattern.compile("[a-z][a-z0-9_]{0,39}");
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,99}");
    private static final Pattern SECTION = Pattern.compile("\\[\\s*([a-z]+)(?:\\s+([^:\\]]*?))?\\s*(?::\\s*([^\\]]*?))?\\s*]\\s*");
    private static final Pattern HEADER = Pattern.compile("([a-z][a-z ]*[a-z])\\s*:\\s*(.*)");
    private static final Pattern ENTRY = Pattern.compile("(\\S+)\\s*=\\s*(.*)");
    /** {@code code (placeholder) = wording}: a statement or question whose wording is still to be written. */
    private static final Pattern PLACEHOLDER = Pattern.compile("(\\S+)\\s+\\(placeholder\\)(\\s*=.*)");
    /** Item codes become column names beside these in the exports, so they may not clash. */
    private static final Set<String> RESERVED = Set.of("response_id", "wave", "questionnaire_version",
            "role", "status", "submitted_on", "block", "item_code", "value", "text");
    static final int MAX_OPEN_ANSWER_LIMIT = 20000;
    static final int MAX_TITLE = 500;
    static final int MAX_INFORMATION = 100_000;
    static final int MAX_CONSENT = 10_000;
    static final int MAX_SCALE_LABEL = 100;
    static final int MAX_ROLE_LABEL = 200;
    static final int MAX_WORDING = 2000;
    private static final int MAX_PROBLEMS = 20;

    private final String source;
    private final List<Problem> problems = new ArrayList<>();

    private final Map<String, String> header = new HashMap<>();
    private final Map<String, Integer> sectionLines = new HashMap<>();
    private final StringBuilder information = new StringBuilder();
    private final StringBuilder consent = new StringBuilder();
    private final Map<Integer, String> scale = new LinkedHashMap<>();
    private final List<Role> roles = new ArrayList<>();
    private final List<BlockDraft> blocks = new ArrayList<>();
    private final List<ItemDraft> openItems = new ArrayList<>();
    private final Set<String> itemCodes = new HashSet<>();

    private String section;
    private BlockDraft currentBlock;
    private boolean paragraphBreak;

    private record BlockDraft(String code, String title, int line, List<ItemDraft> items) {}

    /** An item as its line gives it; made a {@link Statement} once the file's scale is known. */
    private record ItemDraft(String code, String wording, boolean placeholder) {}

    private QuestionnaireParser(String source) {
        this.source = source;
    }

    /** @throws QuestionnaireFileException naming each bad line as {@code source:line: what} */
    public static Questionnaire parse(String source, String text) {
        return new QuestionnaireParser(source).run(text);
    }

    private Questionnaire run(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        String[] lines = text.split("\r?\n|\r", -1);
        for (int i = 0; i < lines.length; i++) {
            int no = i + 1;
            String line = TextRule.composed(lines[i]);
            var bad = TextRule.problem(line, "\t");
            bad.ifPresent(p -> problem(no, p));
            // Read on as shown, so a character "." does not match (a NEL) is not also a second problem.
            line(no, (bad.isPresent() ? Cells.line(line) : line).strip());
        }
        int end = lines.length;
        Questionnaire result = assemble(end);
        if (!problems.isEmpty()) {
            List<String> shown = new ArrayList<>(problems.stream()
                    .sorted(java.util.Comparator.comparingInt(Problem::line))
                    .limit(MAX_PROBLEMS).map(Problem::message).toList());
            if (problems.size() > MAX_PROBLEMS) {
                shown.add(source + ": ... and " + (problems.size() - MAX_PROBLEMS) + " more problems");
            }
            throw new QuestionnaireFileException(shown);
        }
        return result;
    }

    private void problem(int line, String what) {
        problems.add(new Problem(line, source + ":" + line + ": " + what));
    }

    private void length(int line, String what, String text, int most) {
        TextRule.tooLong(what, text, most).ifPresent(p -> problem(line, p));
    }

    private record Problem(int line, String message) {}

    private void line(int no, String line) {
        if (line.startsWith("#")) {
            return;
        }
        if (line.isEmpty()) {
            paragraphBreak = true;
            return;
        }
        if (line.startsWith("[")) {
            startSection(no, line);
            return;
        }
        if (section == null) {
            headerLine(no, line);
            return;
        }
        switch (section) {
            case "information" -> appendText(information, line);
            case "consent" -> appendText(consent, line);
            case "scale" -> scaleLine(no, line);
            case "roles" -> roleLine(no, line);
            case "block" -> itemLine(no, line, Kind.AGREEMENT);
            case "open" -> itemLine(no, line, Kind.OPEN);
            default -> { } // an unknown section was reported at its header; skip its lines
        }
        paragraphBreak = false;
    }

    private void headerLine(int no, String line) {
        Matcher m = HEADER.matcher(line);
        if (!m.matches()) {
            problem(no, "expected 'name: ...', 'title: ...' or a [section] line here");
            return;
        }
        String key = m.group(1).replaceAll("\\s+", " ");
        String value = m.group(2).strip();
        if (!Set.of("name", "title", "open answer limit").contains(key)) {
            problem(no, "unknown setting '" + key + "' (known: name, title, open answer limit)");
        } else if (header.containsKey(key)) {
            problem(no, "'" + key + "' is given twice");
        } else if (value.isEmpty()) {
            problem(no, "'" + key + "' needs a value");
        } else {
            if (key.equals("title")) length(no, "the title", value, MAX_TITLE);
            header.put(key, value);
            sectionLines.put(key, no);
        }
    }

    private void startSection(int no, String line) {
        Matcher m = SECTION.matcher(line);
        currentBlock = null;
        if (!m.matches()) {
            problem(no, "a section line looks like [information], [consent], [scale], [roles], "
                    + "[block code: Title] or [open]");
            section = "unknown";
            return;
        }
        String kind = m.group(1);
        section = kind;
        paragraphBreak = false;
        if (kind.equals("block")) {
            String code = m.group(2) == null ? "" : m.group(2).strip();
            String title = m.group(3) == null ? "" : m.group(3).strip();
            if (!CODE.matcher(code).matches()) {
                problem(no, "a block needs a code and a title, like [block skills: Professional skills]");
            } else if (title.isEmpty()) {
                problem(no, "block '" + code + "' needs a title after the colon");
            } else if (blocks.stream().anyMatch(b -> b.code().equals(code))) {
                problem(no, "block '" + code + "' appears twice");
            }
            length(no, "the block title", title, MAX_TITLE);
            currentBlock = new BlockDraft(code, title, no, new ArrayList<>());
            blocks.add(currentBlock);
            return;
        }
        if (!Set.of("information", "consent", "scale", "roles", "open").contains(kind)) {
            problem(no, "unknown section [" + kind + "] (known: information, consent, scale, roles, block, open)");
            section = "unknown";
        } else if (m.group(2) != null || m.group(3) != null) {
            problem(no, "[" + kind + "] takes nothing after its name");
        } else if (sectionLines.containsKey("[" + kind + "]")) {
            problem(no, "[" + kind + "] appears twice (first on line " + sectionLines.get("[" + kind + "]") + ")");
        } else {
            sectionLines.put("[" + kind + "]", no);
        }
    }

    private void appendText(StringBuilder text, String line) {
        if (!text.isEmpty()) {
            text.append(paragraphBreak ? "\n\n" : " ");
        }
        text.append(line);
    }

    private String[] entry(int no, String line, String what) {
        Matcher m = ENTRY.matcher(line);
        if (!m.matches()) {
            problem(no, "expected '" + what + "' here");
            return null;
        }
        if (m.group(2).isBlank()) {
            problem(no, "nothing after '=': write the text of '" + m.group(1) + "'");
            return null;
        }
        return new String[] {m.group(1), m.group(2).strip()};
    }

    private void scaleLine(int no, String line) {
        String[] e = entry(no, line, "a point and its label, like 4 = Agree strongly");
        if (e == null) return;
        if (!e[0].matches("[1-4]")) {
            problem(no, "scale points are 4, 3, 2 and 1 (no midpoint); '" + e[0] + "' is not one");
        } else if (scale.containsKey(Integer.parseInt(e[0]))) {
            problem(no, "scale point " + e[0] + " is labelled twice");
        } else {
            length(no, "the label", e[1], MAX_SCALE_LABEL);
            scale.put(Integer.parseInt(e[0]), e[1]);
        }
    }

    private void roleLine(int no, String line) {
        String[] e = entry(no, line, "code = Role label");
        if (e == null || !validCode(no, e[0], "role")) return;
        if (roles.stream().anyMatch(r -> r.code().equals(e[0]))) {
            problem(no, "role '" + e[0] + "' appears twice");
        } else {
            length(no, "the label", e[1], MAX_ROLE_LABEL);
            roles.add(new Role(e[0], e[1]));
        }
    }

    private void itemLine(int no, String line, Kind kind) {
        Matcher marked = PLACEHOLDER.matcher(line);
        boolean placeholder = marked.matches();
        if (placeholder) line = marked.group(1) + marked.group(2);
        String[] e = entry(no, line, kind == Kind.AGREEMENT ? "code = statement" : "code = question");
        if (e == null || !validCode(no, e[0], "item")) return;
        if (RESERVED.contains(e[0])) {
            problem(no, "'" + e[0] + "' is used by the exported data; choose another code");
        } else if (!itemCodes.add(e[0])) {
            problem(no, "item code '" + e[0] + "' is used twice; every statement needs its own code");
        } else {
            length(no, kind == Kind.AGREEMENT ? "the statement" : "the question", e[1], MAX_WORDING);
            (kind == Kind.AGREEMENT ? currentBlock.items() : openItems).add(new ItemDraft(e[0], e[1], placeholder));
        }
    }

    private boolean validCode(int no, String code, String what) {
        if (CODE.matcher(code).matches()) return true;
        problem(no, "'" + code + "' is not a valid " + what + " code: use lower case letters, digits "
                + "and _, starting with a letter, at most 40 characters");
        return false;
    }

    private Questionnaire assemble(int lastLine) {
        String name = header.get("name");
        if (name == null) {
            problem(1, "the file needs a 'name: ...' line at the top");
        } else if (!NAME.matcher(name).matches()) {
            problem(sectionLines.get("name"), "the name '" + name + "' may hold only lower case letters, digits, - and _");
        }
        if (header.get("title") == null) {
            problem(1, "the file needs a 'title: ...' line at the top");
        }
        int limit = openAnswerLimit();
        requireSection("[information]", information.isEmpty(), lastLine, "the information sheet participants read first");
        requireSection("[consent]", consent.isEmpty(), lastLine, "the consent statement participants agree to");
        if (sectionLines.containsKey("[information]")) {
            length(sectionLines.get("[information]"), "the [information] section", information.toString(), MAX_INFORMATION);
        }
        if (sectionLines.containsKey("[consent]")) {
            length(sectionLines.get("[consent]"), "the [consent] section", consent.toString(), MAX_CONSENT);
        }
        requireSection("[roles]", roles.isEmpty(), lastLine, "the job roles, one 'code = label' a line");
        if (roles.stream().noneMatch(r -> r.code().equals("other")) && sectionLines.containsKey("[roles]")) {
            problem(sectionLines.get("[roles]"), "the roles need one with code 'other' (small groups are merged into it)");
        }
        if (!sectionLines.containsKey("[scale]")) {
            problem(lastLine, "the [scale] section is missing: label the points 4, 3, 2 and 1");
        } else if (scale.size() != 4) {
            List<Integer> missing = new ArrayList<>(List.of(4, 3, 2, 1));
            missing.removeAll(scale.keySet());
            problem(sectionLines.get("[scale]"), "the scale needs a label for each of 4, 3, 2 and 1; missing " + missing);
        }
        if (blocks.isEmpty()) {
            problem(lastLine, "no [block code: Title] section: the questionnaire needs at least one block of statements");
        }
        for (BlockDraft b : blocks) {
            if (b.items().isEmpty()) {
                problem(b.line(), "block '" + b.code() + "' has no statements");
            }
        }
        Scale agreement = new Scale(scale.entrySet().stream()
                .sorted(Map.Entry.<Integer, String>comparingByKey().reversed())
                .map(e -> new Scale.Point(e.getKey(), e.getValue())).toList());
        List<Block> made = blocks.stream().map(b -> new Block(b.code(), b.title(), b.items().stream()
                .map(d -> new Statement(d.code(), d.wording(), d.placeholder(), agreement)).toList())).toList();
        return new Questionnaire(name, header.get("title"), information.toString(), consent.toString(), limit,
                agreement, roles, made, openItems.stream().map(d -> new OpenQuestion(d.code(), d.wording(), d.placeholder())).toList());
    }

    private void requireSection(String key, boolean empty, int lastLine, String what) {
        if (!sectionLines.containsKey(key)) {
            problem(lastLine, "the " + key + " section is missing: it holds " + what);
        } else if (empty) {
            problem(sectionLines.get(key), "the " + key + " section is empty: it holds " + what);
        }
    }

    private int openAnswerLimit() {
        String value = header.get("open answer limit");
        if (value == null) return Questionnaire.DEFAULT_OPEN_ANSWER_LIMIT;
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_OPEN_ANSWER_LIMIT) return limit;
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(sectionLines.get("open answer limit"),
                "'open answer limit' must be a whole number of characters from 1 to " + MAX_OPEN_ANSWER_LIMIT);
        return Questionnaire.DEFAULT_OPEN_ANSWER_LIMIT;
    }
}
