package org.rpgkiosk.scrub;

import java.io.IOException;
import java.util.List;

/** The scrubber corpora (src/test/resources/scrub/) for tests outside this package. */
public final class ScrubberCorpusFiles {
    private ScrubberCorpusFiles() {}

    /** An answer as a participant typed it, and the identifiers planted in it. */
    public record Parsed(String text, List<String> plants) {}

    public static List<String> lines(String name) throws IOException {
        return ScrubberRoundThreeTest.lines(name);
    }

    public static Parsed parse(String line) {
        ScrubberCorpusTest.Answer a = ScrubberCorpusTest.parse(line);
        return new Parsed(a.text(), a.planted().stream().map(ScrubberCorpusTest.Planted::text).toList());
    }
}
