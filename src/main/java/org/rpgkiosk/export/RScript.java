package org.rpgkiosk.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.rpgkiosk.export.Codebook.Variable;

/**
 * import.R: the R code is a resource (real R, read and tested as such); only the codebook is
 * written into it here, a line per row of codebook.csv, so the script needs nothing
 * but its CSVs. Non-ASCII is written as R escapes (backslash, u, code point): the script is ASCII, and its labels
 * are UTF-8 whatever the locale and encoding it is sourced in.
 */
final class RScript {
    private static final String TEMPLATE = template();

    private RScript() {}

    /** @param excel whether the CSVs were written with --excel (text cells guarded by an apostrophe) */
    static String of(Codebook codebook, boolean excel) {
        List<String[]> rows = new ArrayList<>();
        for (Variable v : codebook.variables()) {
            String type = v.type().name().toLowerCase();
            if (v.values().isEmpty()) rows.add(new String[] {v.file(), v.name(), type, v.label(), null, null});
            v.values().forEach(x -> rows.add(new String[] {v.file(), v.name(), type, v.label(), x.code(), x.label()}));
        }
        String rowsText = rows.stream().map(r -> "    " + Arrays.stream(r).map(RScript::quote)
                .collect(Collectors.joining(", "))).collect(Collectors.joining(",\n"));
        String frame = "as.data.frame(matrix(c(\n" + rowsText + "),\n    ncol = 6, byrow = TRUE, dimnames = list(NULL, "
                + "c(\"file\", \"variable\", \"type\", \"label\", \"value\", \"value_label\"))), stringsAsFactors = FALSE)";
        return TEMPLATE.replace("@CODEBOOK@", frame).replace("@EXCEL@", excel ? "TRUE" : "FALSE");
    }

    /** An R string literal, ASCII only; null is NA. */
    static String quote(String text) {
        if (text == null) return "NA";
        StringBuilder s = new StringBuilder("\"");
        text.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') s.append('\\').appendCodePoint(cp);
            else if (cp == '\n' || cp == '\r' || cp == '\t') s.append(' ');
            else if (cp < 0x20 || cp > 0x7e) s.append("\\u{").append(Integer.toHexString(cp)).append('}');
            else s.appendCodePoint(cp);
        });
        return s.append('"').toString();
    }

    private static String template() {
        try (InputStream in = RScript.class.getResourceAsStream("import.R")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
