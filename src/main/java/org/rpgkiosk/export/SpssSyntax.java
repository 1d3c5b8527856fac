package org.rpgkiosk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.rpgkiosk.export.Codebook.Type;
import org.rpgkiosk.export.Codebook.Value;
import org.rpgkiosk.export.Codebook.Variable;

/** import.sps: reads the exported CSVs into SPSS or PSPP with their types, variable and value labels. */
final class SpssSyntax {
    private SpssSyntax() {}

    static String of(Codebook codebook, Path folder) {
        StringBuilder s = new StringBuilder();
        s.append("* Encoding: UTF-8.\n")
                .append("* Reads the RPG kiosk export into SPSS (or PSPP) with variable and value labels.\n")
                .append("* The CSV files are UTF-8. If you move the folder, change the CD line below.\n")
                .append("* Each file is saved beside its CSV as an SPSS data file (answers.sav ...); the last stays open.\n")
                .append("* SPSS reads one case per line: an open answer holding a line break cannot be read here;\n")
                .append("* read open_text.csv with R, Excel or NVivo instead.\n")
                .append("CD ").append(spssQuote(folder.toString())).append(".\n");
        for (String file : codebook.files()) {
            List<Variable> vars = codebook.variables(file);
            String dataset = file.replace(".csv", "");
            s.append("\nGET DATA /TYPE=TXT\n  /FILE=").append(spssQuote(file))
                    .append("\n  /ENCODING='UTF8'\n  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n")
                    .append("  /DELIMITERS=\",\"\n  /QUALIFIER='\"'\n  /VARIABLES=\n");
            s.append(vars.stream().map(v -> "    " + v.name() + " " + spssFormat(v)).collect(Collectors.joining("\n")))
                    .append(".\n");
            s.append("VARIABLE LABELS\n  ").append(vars.stream().map(v -> v.name() + " " + spssQuote(v.label()))
                    .collect(Collectors.joining("\n  /"))).append(".\n");
            List<Variable> coded = vars.stream().filter(v -> !v.values().isEmpty()).toList();
            if (!coded.isEmpty()) {
                s.append("VALUE LABELS\n  ").append(coded.stream().map(v -> v.name() + v.values().stream()
                                .map(x -> "\n    " + spssValue(v, x) + " " + spssQuote(x.label())).collect(Collectors.joining()))
                        .collect(Collectors.joining("\n  /"))).append(".\n");
            }
            s.append("SAVE OUTFILE=").append(spssQuote(dataset + ".sav")).append(".\n");
        }
        return s.toString();
    }

    private static String spssFormat(Variable v) {
        return switch (v.type()) {
            case INTEGER -> "F" + v.width() + ".0";
            case DATE -> "SDATE10";
            case STRING, BOOLEAN -> "A" + v.width();
        };
    }

    private static String spssValue(Variable v, Value x) {
        return v.type() == Type.INTEGER ? x.code() : spssQuote(x.code());
    }

    private static String spssQuote(String text) {
        return "'" + ImportScripts.oneLine(text).replace("'", "''") + "'";
    }
}
