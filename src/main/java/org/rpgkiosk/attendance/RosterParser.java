package org.rpgkiosk.attendance;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rpgkiosk.IoReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;
import org.rpgkiosk.UserError;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.text.TextRule;

/**
 * Reads a roster CSV file (as Excel or LibreOffice saves one: UTF-8, a byte-order mark, CRLF,
 * quoted fields). One row a membership: {@code group,name,role,part_time,level,facilitator_kind}
 * and an optional {@code usual_minutes}. Rows of one group repeat the group's level, facilitator
 * kind and length, so they must agree; a name is one person, so two rows with the same name agree
 * on role and part time. Every problem is reported with its line, all at once, before anything
 * is imported. The text fields are held to {@link TextRule} (tab and line breaks inside quotes are
 * whitespace, made one space) and stored composed, no longer than their columns in the database.
 */
public final class RosterParser {
    public static final List<String> HEADER = List.of("group", "name", "role", "part_time", "level", "facilitator_kind");
    public static final String MINUTES_COLUMN = "usual_minutes";
    private static final int MAX_PROBLEMS = 20;
    private static final int MAX_LEVEL = 100;

    private final String source;
    private final String text;
    private final Set<String> roleCodes;
    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, GroupDraft> groups = new LinkedHashMap<>();
    private final Map<String, Listed> people = new LinkedHashMap<>();
    private int columns;
    private int countedTo;
    private int countedLines = 1;

    private record Problem(int line, String message) {}

    /** A group's settings as first given, where, and its members so far by name with their lines. */
    private record GroupDraft(RosterGroup group, int line, Map<String, Listed> members) {
        RosterGroup build() {
            return new RosterGroup(group.name(), group.level(), group.facilitatorKind(), group.usualMinutes(),
                    members.values().stream().map(Listed::member).toList());
        }
    }

    private record Listed(RosterMember member, int line) {}

    private RosterParser(String source, String text, Set<String> roleCodes) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        this.roleCodes = roleCodes;
    }

    /** @throws UserError naming each bad line, one a line */
    public static Roster read(Path file, Set<String> roleCodes) {
        try {
            return parse(file.toString(), QuestionnaireReader.decode(file.toString(), Files.readAllBytes(file)), roleCodes);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + IoReason.of(e) + ")");
        }
    }

    /** @param roleCodes the job roles a member may have (those of the latest questionnaire) */
    public static Roster parse(String source, String text, Set<String> roleCodes) {
        return new RosterParser(source, text, roleCodes).run();
    }

    private Roster run() {
        // Empty lines come through as blank records, so a record's position is its own line's.
        CSVFormat format = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();
        long linesRead = 0;
        try (CSVParser csv = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : csv) {
                int line = lineOf(record.getCharacterPosition());
                if (record.getRecordNumber() == 1) {
                    header(line, record.toList());
                } else if (!blank(record.toList())) {
                    row(line, record.toList());
                }
                linesRead = csv.getCurrentLineNumber();
            }
        } catch (IOException | UncheckedIOException e) {
            problem((int) linesRead + 1,
                    "the quotes do not pair up from this line on: a field that starts with \" must end with \"");
        }
        if (columns > 0 && groups.isEmpty() && problems.isEmpty()) problem(2, "no rows below the header");
        if (columns == 0 && problems.isEmpty()) problem(1, "the file is empty: it needs the header " + String.join(",", HEADER));
        if (!problems.isEmpty()) throw new UserError(String.join(System.lineSeparator(), shownProblems()));
        return new Roster(groups.values().stream().map(GroupDraft::build).toList());
    }

    private void header(int line, List<String> cells) {
        List<String> names = cells.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
        List<String> withMinutes = new ArrayList<>(HEADER);
        withMinutes.add(MINUTES_COLUMN);
        if (names.equals(HEADER) || names.equals(withMinutes)) {
            columns = names.size();
        } else {
            problem(line, "the first line must be the header " + String.join(",", HEADER)
                    + " (optionally followed by ," + MINUTES_COLUMN + "); it is " + String.join(",", cells));
        }
    }

    private void row(int line, List<String> cells) {
        if (columns == 0) return;
        if (cells.size() != columns) {
            problem(line, "expected " + columns + " fields, found " + cells.size()
                    + " (a name with a comma in it must be in double quotes)");
            return;
        }
        int before = problems.size();
        String group = required(line, cells.get(0), "group", Register.MAX_NAME);
        String name = required(line, cells.get(1), "name", Register.MAX_NAME);
        String role = cells.get(2).strip();
        if (!roleCodes.contains(role)) {
            problem(line, "role '" + role + "' is not one of the questionnaire's roles: " + String.join(", ", roleCodes));
        }
        Boolean partTime = yesNo(cells.get(3).strip());
        if (partTime == null) problem(line, "part_time must be yes or no, not '" + cells.get(3).strip() + "'");
        String level = required(line, cells.get(4), "level", MAX_LEVEL);
        FacilitatorKind kind = FacilitatorKind.fromCode(cells.get(5)).orElse(null);
        if (kind == null) problem(line, "facilitator_kind must be external or internal, not '" + cells.get(5).strip() + "'");
        Integer minutes = Roster.defaultMinutes(level);
        if (columns > HEADER.size()) minutes = minutes(line, cells.get(6).strip(), level);
        if (problems.size() > before) return;
        RosterMember member = new RosterMember(name, role, partTime);
        addToGroup(line, new RosterGroup(group, level, kind, minutes, List.of()), member);
        Listed earlier = people.putIfAbsent(name, new Listed(member, line));
        if (earlier != null && !earlier.member().equals(member)) {
            problem(line, "'" + name + "' is " + describe(member) + " here but " + describe(earlier.member())
                    + " on line " + earlier.line() + "; one name is one person, so if these are two people write"
                    + " their names so they differ");
        }
    }

    private void addToGroup(int line, RosterGroup group, RosterMember member) {
        GroupDraft draft = groups.get(group.name());
        if (draft == null) {
            draft = new GroupDraft(group, line, new LinkedHashMap<>());
            groups.put(group.name(), draft);
        } else if (!sameSettings(draft.group(), group)) {
            RosterGroup first = draft.group();
            problem(line, "group '" + group.name() + "' is " + settings(group) + " here but " + settings(first)
                    + " on line " + draft.line() + "; every row of a group must say the same");
            return;
        }
        Listed earlier = draft.members().putIfAbsent(member.name(), new Listed(member, line));
        if (earlier != null) {
            problem(line, "'" + member.name() + "' is listed in group '" + group.name() + "' twice (also line "
                    + earlier.line() + ")");
        }
    }

    private static boolean sameSettings(RosterGroup a, RosterGroup b) {
        return a.level().equals(b.level()) && a.facilitatorKind() == b.facilitatorKind()
                && a.usualMinutes() == b.usualMinutes();
    }

    private static String settings(RosterGroup g) {
        return "'" + g.level() + "', " + g.facilitatorKind().code() + ", " + g.usualMinutes() + " minutes";
    }

    private static String describe(RosterMember m) {
        return m.roleCode() + (m.partTime() ? ", part time" : ", full time");
    }

    private String required(int line, String cell, String column, int max) {
        TextRule.problem(cell, "\t\r\n").ifPresent(p -> problem(line, column + ": " + p));
        String value = Person.tidy(TextRule.composed(cell));
        if (value.isEmpty()) problem(line, column + " is empty");
        if (value.length() > max) problem(line, column + " is longer than " + max + " characters");
        return value;
    }

    private Integer minutes(int line, String cell, String level) {
        if (cell.isEmpty()) return Roster.defaultMinutes(level);
        if (cell.matches("\\d{1,4}") && Integer.parseInt(cell) >= 1 && Integer.parseInt(cell) <= Register.MAX_MINUTES) {
            return Integer.parseInt(cell);
        }
        problem(line, MINUTES_COLUMN + " must be a number of minutes from 1 to " + Register.MAX_MINUTES
                + " or empty, not '" + cell + "'");
        return null;
    }

    private static Boolean yesNo(String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> null;
        };
    }

    private static boolean blank(List<String> cells) {
        return cells.stream().allMatch(String::isBlank);
    }

    /**
     * Lines as an editor counts them, so CRLF, a lone CR and newlines inside quotes all count once.
     * Records come in order, so counting goes on from the previous record.
     */
    private int lineOf(long position) {
        for (; countedTo < position && countedTo < text.length(); countedTo++) {
            char c = text.charAt(countedTo);
            boolean crlf = c == '\r' && countedTo + 1 < text.length() && text.charAt(countedTo + 1) == '\n';
            if (c == '\n' || (c == '\r' && !crlf)) countedLines++;
        }
        return countedLines;
    }

    private void problem(int line, String what) {
        problems.add(new Problem(line, source + ":" + line + ": " + what));
    }

    private List<String> shownProblems() {
        List<String> shown = new ArrayList<>(problems.stream().sorted(Comparator.comparingInt(Problem::line))
                .limit(MAX_PROBLEMS).map(Problem::message).toList());
        if (problems.size() > MAX_PROBLEMS) {
            shown.add(source + ": ... and " + (problems.size() - MAX_PROBLEMS) + " more problems");
        }
        return shown;
    }
}
