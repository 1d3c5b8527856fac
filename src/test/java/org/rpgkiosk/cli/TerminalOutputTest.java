package org.rpgkiosk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TerminalOutputTest {
    @Test
    void controlCharactersArePlaceholdersButLinesEndAsWritten() {
        StringWriter written = new StringWriter();
        PrintWriter out = TerminalOutput.of(new PrintWriter(written));
        out.print("a,b\r\nc\u001B[2J\rover");
        out.print('\r');
        out.print("\nlast\u202E\r");
        out.close();
        assertEquals("a,b\r\nc\uFFFD[2J\uFFFDover\r\nlast\uFFFD\uFFFD", written.toString());
    }
}
