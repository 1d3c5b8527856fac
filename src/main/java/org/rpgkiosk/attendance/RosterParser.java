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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rpgkiosk.fault.IoReason;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.rpgkiosk.attendance.Roster.RosterGroup;
import org.rpgkiosk.attendance.Roster.RosterMember;
import org.rpgkiosk.fault.UserError;
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
    private static final int MAX_LEVEL = 100;

    private final String source;
    private final String text;
    /** A role as a spreadsheet may spell it (code or label, any case or spacing), folded, to its code. */
    private final Map<String, String> roles = new LinkedHashMap<>();
    private final List<Problem> problems = new ArrayList<>();
    /** Each group's rows in file order; settings are compared across all of them at the end. */
    private final Map<String, List<Row>> groupRows = new LinkedHashMap<>();
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

    private record Row(int line, RosterGroup settings, RosterMember member) {}

    private RosterParser(String source, String text, Map<String, String> labelsByCode) {
        this.source = source;
        this.text = text.startsWith("\uFEFF") ? text.substring(1) : text;
        labelsByCode.forEach((code, label) -> {
            roles.putIfAbsent(fold(code), code);
            roles.putIfAbsent(fold(label), code);
        });
    }

    /** "Senior social worker", "SENIOR  SOCIAL WORKER" and "senior_social_worker" are one role. */
    private static String fold(String role) {
        return role.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    /**
     * @param labelsByCode the job roles a member may have (those of the latest questionnaire), each
     *        with its label: a row may give either
     * @throws Refused naming each bad line, one a line
     */
    public static Roster read(Path file, Map<String, String> labelsByCode) {
        try {
            return parse(file.toString(), QuestionnaireReader.decode(file.toString(), Files.readAllBytes(file)), labelsByCode);
        } catch (NoSuchFileException e) {
            throw new UserError(file + ": no such file");
        } catch (IOException e) {
            throw new UserError(file + ": cannot be read (" + IoReason.of(e) + ")");
        }
    }

    /** The roles by code alone (no labels to match). */
    public static Roster read(Path file, Set<String> roleCodes) {
        return read(file, byCode(roleCodes));
    }

    private static Map<String, String> byCode(Set<String> roleCodes) {
        Map<String, String> byCode = new LinkedHashMap<>();
        roleCodes.stream().sorted().forEach(c -> byCode.put(c, c));
        return byCode;
    }

    /** @param roleCodes the job roles a member may have (those of the latest questionnaire), by code alone */
    public static Roster parse(String source, String text, Set<String> roleCodes) {
        return parse(source, text, byCode(roleCodes));
    }

    public static Roster parse(String source, String text, Map<String, String> labelsByCode) {
        return new RosterParser(source, text, labelsByCode).run();
    }

    /**
     * A file refused: every problem, one a line, in line order ({@link #all}); the message holds
     * the first {@link #SHOWN} and how many more, for a terminal.
     */
    public static final class Refused extends UserError {
        public static final int SHOWN = 20;
        private final transient List<String> all;

        Refused(String source, List<String> all) {
            super(String.join(System.lineSeparator(), all.subList(0, Math.min(SHOWN, all.size())))
                    + (all.size() > SHOWN ? System.lineSeparator() + source + ": ... and " + (all.size() - SHOWN)
                    + " more problems" : ""));
            this.all = List.copyOf(all);
        }

        public List<String> all() {
            return all;
        }
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
        groupRows.forEach(this::settle);
        if (columns > 0 && groupRows.isEmpty() && problems.isEmpty()) problem(2, "no rows below the header");
        if (columns == 0 && problems.isEmpty()) problem(1, "the file is empty: it needs the header " + String.join(",", HEADER));
        if (!problems.isEmpty()) {
            throw new Refused(source, problems.stream().sorted(Comparator.comparingInt(Problem::line)).map(Problem::message).toList());
        }
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
        String role = roles.get(fold(cells.get(2)));
        if (role == null) {
            problem(line, "role '" + cells.get(2).strip() + "' is not one of the questionnaire's roles: "
                    + String.join(", ", new LinkedHashSet<>(roles.values())) + " (a code or its label)");
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
        groupRows.computeIfAbsent(group, g -> new ArrayList<>())
                .add(new Row(line, new RosterGroup(group, level, kind, minutes, List.of()), member));
        Listed earlier = people.putIfAbsent(name, new Listed(member, line));
        if (earlier != null && !earlier.member().equals(member)) {
            problem(line, "'" + name + "' is " + describe(member) + " here but " + describe(earlier.member())
                    + " on line " + earlier.line() + "; one name is one person, so if these are two people write"
                    + " their names so they differ");
        }
    }

    /**
     * A group's rows must agree on its level, facilitator and length: the rows that differ from
     * what most of its rows say are the ones named (a wrong first row once had every right row
     * blamed). A tie goes to the earliest. The agreeing rows make the group, each name once.
     */
    private void settle(String name, List<Row> rows) {
        Map<RosterGroup, List<Row>> bySettings = new LinkedHashMap<>();
        for (Row r : rows) bySettings.computeIfAbsent(r.settings(), k -> new ArrayList<>()).add(r);
        List<Row> most = bySettings.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        RosterGroup settings = most.get(0).settings();
        String majority = settings(settings) + (most.size() == 1 ? " on line " + most.get(0).line()
                : " on " + most.size() + " of its " + rows.size() + " rows (from line " + most.get(0).line() + ")");
        GroupDraft draft = new GroupDraft(settings, most.get(0).line(), new LinkedHashMap<>());
        groups.put(name, draft);
        for (Row r : rows) {
            if (!sameSettings(r.settings(), settings)) {
                problem(r.line(), "group '" + name + "' is " + settings(r.settings()) + " here but " + majority
                        + "; every row of a group must say the same");
                continue;
            }
            Listed earlier = draft.members().putIfAbsent(r.member().name(), new Listed(r.member(), r.line()));
            if (earlier != null) {
                problem(r.line(), "'" + r.member().name() + "' is listed in group '" + name + "' twice (also line "
                        + earlier.line() + ")");
            }
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

}
