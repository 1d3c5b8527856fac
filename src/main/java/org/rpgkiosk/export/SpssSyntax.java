package org.rpgkiosk.export;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.rpgkiosk.export.Codebook.Type;
import org.rpgkiosk.export.Codebook.Value;
import org.rpgkiosk.export.Codebook.Variable;

/**
 * import.sps: reads the exported CSVs into SPSS or PSPP with types, variable and value labels,
 * missing values and display formats, all from the codebook. Checked against PSPP 1.6 by
 * SpssImportTest. What PSPP cannot do decides the shape:
 * <ul>
 * <li>GET DATA reads one case per line, whatever the quoting (also with /DELCASE=VARIABLES), so
 *     open answers are read from {@link #OPEN_TEXT_COPY}, open_text.csv with its line breaks
 *     written {@code \n} (and a backslash {@code \\}).
 * <li>A string missing value may be at most 8 bytes; the one declared is the blank, which fits
 *     any width. A blank number is system-missing already.
 * <li>MEANS prints a mean in its variable's format, so agreement items, read as F1.0, are shown
 *     as F4.2.
 * <li>No CD line: every path is relative, and the header says to run the file with
 *     {@code INSERT ... CD=YES}, so a moved or copied export reads and writes only its own folder.
 * </ul>
 */
final class SpssSyntax {
    static final String OPEN_TEXT_COPY = "open_text_spss.csv";
    private static final String KEEP = "!keep";

    private SpssSyntax() {}

    /** @param excel whether the CSVs were written with --excel: the guard apostrophe is taken off string cells */
    static String of(Codebook codebook, boolean excel) {
        StringBuilder s = new StringBuilder();
        s.append("* Encoding: UTF-8.\n")
                .append("* Reads the RPG kiosk export into SPSS or PSPP with variable and value labels (short ones:\n")
                .append("* codebook.csv says in full what each column holds and when it is blank). Run it from\n")
                .append("* anywhere with this command, CD=YES making this file's folder the working directory:\n")
                .append("*   INSERT FILE='/path/to/export/import.sps' CD=YES.\n")
                .append("* Every FILE= and OUTFILE= below is relative, so a moved or copied export reads and writes\n")
                .append("* only its own folder. Each CSV is saved beside it as an SPSS data file (answers.sav ...);\n")
                .append("* the last stays open.\n")
                .append("* A blank string is declared missing; a blank number is system-missing. Agreement values\n")
                .append("* are shown with two decimals, so that means show theirs.\n")
                .append("* Open answers are read from " + OPEN_TEXT_COPY + ", a copy of open_text.csv in which\n")
                .append("* a line break is written \\n and a backslash \\\\ (SPSS reads one case per line);\n")
                .append("* open_text.csv itself is unchanged.\n");
        boolean selects = codebook.files().stream().anyMatch(f -> hasStatus(codebook.variables(f)));
        if (selects) {
            s.append("* Only submitted responses are kept in the survey files' data sets. To keep in-progress\n")
                    .append("* and abandoned responses too, change the next line to:  DEFINE " + KEEP + " () 1 !ENDDEFINE.\n")
                    .append("DEFINE " + KEEP + " () status = 'submitted' !ENDDEFINE.\n");
        }
        for (String file : codebook.files()) {
            List<Variable> vars = codebook.variables(file);
            String csv = file.equals(Codebook.OPEN_TEXT) ? OPEN_TEXT_COPY : file;
            s.append("\nGET DATA /TYPE=TXT\n  /FILE=").append(quote(csv))
                    .append("\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n")
                    .append("  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n");
            s.append(vars.stream().map(v -> "    " + v.name() + " " + format(v)).collect(Collectors.joining("\n")))
                    .append(".\n");
            s.append("VARIABLE LABELS\n  ").append(vars.stream().map(v -> v.name() + " " + quote(shortLabel(v.label())))
                    .collect(Collectors.joining("\n  /"))).append(".\n");
            List<Variable> coded = vars.stream().filter(v -> !v.values().isEmpty()).toList();
            if (!coded.isEmpty()) {
                s.append("VALUE LABELS\n  ").append(coded.stream().map(v -> v.name() + v.values().stream()
                                .map(x -> "\n    " + value(v, x) + " " + quote(x.label())).collect(Collectors.joining()))
                        .collect(Collectors.joining("\n  /"))).append(".\n");
            }
            List<String> strings = vars.stream().filter(v -> format(v).startsWith("A")).map(Variable::name).toList();
            if (!strings.isEmpty()) s.append("MISSING VALUES ").append(String.join(" ", strings)).append(" ('').\n");
            if (excel) {
                // --excel put an apostrophe before a text a spreadsheet could take for a formula (or one that
                // began with an apostrophe): taken off again, so the analysis sees what was typed.
                strings.forEach(v -> s.append("IF (SUBSTR(").append(v).append(", 1, 1) = \"'\") ").append(v)
                        .append(" = SUBSTR(").append(v).append(", 2).\n"));
            }
            List<String> agreement = vars.stream().filter(v -> isAgreement(codebook, v)).map(Variable::name).toList();
            if (!agreement.isEmpty()) s.append("FORMATS ").append(String.join(" ", agreement)).append(" (F4.2).\n");
            if (hasStatus(vars)) s.append("SELECT IF " + KEEP + ".\n");
            s.append("SAVE OUTFILE=").append(quote(file.replace(".csv", ".sav"))).append(".\n");
        }
        return s.toString();
    }

    /**
     * A variable's label as a title: up to its first "; ", " (" or ": " (the rest says how the
     * column was made, which codebook.csv keeps whole), at most {@link #SHORT_LABEL} characters cut
     * at a space. A paragraph as label (role's ran to 190 characters) wrapped every FREQUENCIES
     * title over twenty lines.
     */
    static String shortLabel(String label) {
        int end = label.length();
        for (String stop : List.of("; ", " (", ": ")) {
            int at = label.indexOf(stop);
            if (at > 0 && at < end) end = at;
        }
        String s = label.substring(0, end);
        if (s.length() <= SHORT_LABEL) return s;
        int space = s.lastIndexOf(' ', SHORT_LABEL - 1);
        return s.substring(0, space > 0 ? space : SHORT_LABEL - 1) + "\u2026";
    }

    static final int SHORT_LABEL = 80;

    /**
     * Writes {@link #OPEN_TEXT_COPY} beside open_text.csv: the same rows, each cell on one line.
     * The escape is reversible (a backslash doubled), though a CR LF and a lone LF both become \n.
     */
    static void writeOpenTextCopy(Path dir) {
        try (Reader in = Files.newBufferedReader(dir.resolve(Codebook.OPEN_TEXT), StandardCharsets.UTF_8);
             Writer out = Files.newBufferedWriter(dir.resolve(OPEN_TEXT_COPY), StandardCharsets.UTF_8,
                     StandardOpenOption.CREATE_NEW);
             CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            for (CSVRecord row : CSVFormat.RFC4180.parse(in)) {
                for (String cell : row) printer.print(escapeLineBreaks(cell));
                printer.println();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String escapeLineBreaks(String cell) {
        return cell.replace("\\", "\\\\").replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** The survey files that carry a response's status; attendance's status is a register mark. */
    private static boolean hasStatus(List<Variable> vars) {
        return vars.stream().anyMatch(v -> v.name().equals("status")
                && v.values().stream().anyMatch(x -> x.code().equals("submitted")));
    }

    private static boolean isAgreement(Codebook codebook, Variable v) {
        return v.file().equals(Codebook.ANSWERS) && v.name().equals("value")
                || v.file().equals(Codebook.RESPONSES) && codebook.agreementCodes().contains(v.name());
    }

    private static String format(Variable v) {
        return switch (v.type()) {
            case INTEGER -> "F" + v.width() + ".0";
            case STRING -> "A" + v.width();
        };
    }

    private static String value(Variable v, Value x) {
        return v.type() == Type.INTEGER ? x.code() : quote(x.code());
    }

    private static String quote(String text) {
        return "'" + text.replaceAll("[\\r\\n\\t]+", " ").replace("'", "''") + "'";   // a label on one line
    }
}
