package org.rpgkiosk.export;

import java.util.List;
import java.util.stream.Collectors;
import org.rpgkiosk.export.Codebook.Type;
import org.rpgkiosk.export.Codebook.Variable;

/** import.R: reads the exported CSVs with their types, variable and value labels (import.sps: {@link SpssSyntax}). */
final class ImportScripts {
    private ImportScripts() {}

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
