package org.rpgkiosk.scrub;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scrub time per 1 000 open answers, for BENCHMARKS.md (issue 34 asks for it before and after
 * each change): the corpora of src/test/resources/scrub/ (ordinary answers and answers with
 * identifiers, braces taken off), 20 passes timed after 30 to warm up, best of 7. Not a test:
 * run from the project folder with
 * {@code mvn -q test-compile && java -cp 'target/classes:target/test-classes:target/lib/*' org.rpgkiosk.scrub.ScrubTiming}.
 */
public final class ScrubTiming {
    private ScrubTiming() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of("src/test/resources/scrub");
        List<String> roster = Files.readAllLines(dir.resolve("roster.txt")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).toList();
        List<String> texts = new ArrayList<>();
        for (String file : List.of("plain.txt", "planted.txt", "planted-round3.txt")) {
            for (String line : Files.readAllLines(dir.resolve(file))) {
                if (line.startsWith("#") || line.isBlank()) continue;
                texts.add(ScrubberCorpusTest.parse(line).text());
            }
        }
        Scrubber scrubber = new Scrubber(roster);
        long sink = 0;
        for (int warm = 0; warm < 30; warm++) for (String t : texts) sink += scrubber.scrub(t).length();
        double best = Double.MAX_VALUE;
        for (int run = 0; run < 7; run++) {
            long start = System.nanoTime();
            for (int pass = 0; pass < 20; pass++) for (String t : texts) sink += scrubber.scrub(t).length();
            best = Math.min(best, (System.nanoTime() - start) / 1e6 / (20.0 * texts.size()) * 1000);
        }
        System.out.printf("%d answers; scrub per 1 000 answers: %.1f ms (best of 7; %d)%n", texts.size(), best, sink % 10);
    }
}
