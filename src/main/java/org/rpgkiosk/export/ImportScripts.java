package org.rpgkiosk.export;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.rpgkiosk.export.Codebook.Type;
import org.rpgkiosk.export.Codebook.Value;
import org.rpgkiosk.export.Codebook.Variable;

/** import.sps and import.R: read the exported CSVs with their types, variable and value labels. */
final class ImportScripts {
    private ImportScripts() {}

    static String spss(Codebook codebook, Path folder) {
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
        return "'" + oneLine(text).replace("'", "''") + "'";
    }

    static String r(Codebook codebook) {
        StringBuilder s = new StringBuilder();
        s.append("# Reads the RPG kiosk export into R with variable and value labels:\n")
                .append("#   source(\"path/to/import.R\", encoding = \"UTF-8\")\n")
                .append("# Every column has attr \"label\"; a coded column also attr \"labels\", a named vector\n")
                .append("# label = code (the convention of the haven and labelled packages). as_factor(x) turns a\n")
                .append("# coded column into a factor of its labels.\n")
                .append("export_dir <- tryCatch(dirname(sys.frame(1)$ofile), error = function(e) getwd())\n")
                .append("read_export <- function(file, classes) {\n")
                .append("  read.csv(file.path(export_dir, file), fileEncoding = \"UTF-8-BOM\", colClasses = classes,\n")
                .append("           na.strings = \"\", check.names = FALSE, stringsAsFactors = FALSE)\n}\n")
                .append("labelled <- function(x, label, labels = NULL) {\n")
                .append("  attr(x, \"label\") <- label\n  if (!is.null(labels)) attr(x, \"labels\") <- labels\n  x\n}\n")
                .append("as_factor <- function(x) {\n  l <- attr(x, \"labels\")\n")
                .append("  factor(x, levels = unname(l), labels = names(l))\n}\n");
        for (String file : codebook.files()) {
            List<Variable> vars = codebook.variables(file);
            String frame = file.replace(".csv", "");
            s.append("\n").append(frame).append(" <- read_export(").append(rQuote(file)).append(", c(\n")
                    .append(vars.stream().map(v -> "  " + rQuote(v.name()) + " = " + rQuote(rClass(v.type())))
                            .collect(Collectors.joining(",\n"))).append("))\n");
            for (Variable v : vars) {
                String column = frame + "[[" + rQuote(v.name()) + "]]";
                s.append(column).append(" <- labelled(").append(column).append(", ").append(rQuote(v.label()));
                if (!v.values().isEmpty()) {
                    s.append(", c(").append(v.values().stream()
                            .map(x -> rQuote(x.label()) + " = " + (v.type() == Type.INTEGER ? x.code() + "L" : rQuote(x.code())))
                            .collect(Collectors.joining(", "))).append(")");
                }
                s.append(")\n");
            }
        }
        return s.toString();
    }

    private static String rClass(Type type) {
        return switch (type) {
            case STRING -> "character";
            case INTEGER -> "integer";
            case DATE -> "Date";
            case BOOLEAN -> "logical";
        };
    }

    private static String rQuote(String text) {
        return "\"" + oneLine(text).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ");
    }
}
