package org.rpgkiosk.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import org.rpgkiosk.text.Cells;

/**
 * Standard output and error as the commands write them, with every control, invisible and
 * direction character made the placeholder on its way ({@link Cells#inStream}): a label stored
 * with an escape sequence in it, a file name or an option echoed in a refusal, cannot clear the
 * operator's screen or turn text around. A CR is kept where a line ends with CRLF (a CSV report),
 * since a CR alone would let a text overwrite what was printed before it on its line. Files
 * written with --out keep the text as stored.
 */
public final class TerminalOutput extends FilterWriter {
    private boolean carriageReturn;

    private TerminalOutput(Writer out) {
        super(out);
    }

    public static PrintWriter of(PrintWriter out) {
        return new PrintWriter(new TerminalOutput(out), true);
    }

    @Override
    public void write(int c) throws IOException {
        write(new char[] {(char) c}, 0, 1);
    }

    @Override
    public void write(String text, int offset, int length) throws IOException {
        write(text.toCharArray(), offset, length);
    }

    @Override
    public void write(char[] text, int offset, int length) throws IOException {
        StringBuilder shown = new StringBuilder(length + 1);
        for (int i = offset; i < offset + length; i++) {
            char c = text[i];
            if (carriageReturn) shown.append(c == '\n' ? '\r' : Cells.PLACEHOLDER);
            carriageReturn = c == '\r';
            if (!carriageReturn) shown.append(Cells.inStream(c));
        }
        out.write(shown.toString());
    }

    @Override
    public void close() throws IOException {
        if (carriageReturn) out.write(Cells.PLACEHOLDER);
        carriageReturn = false;
        super.close();
    }
}
