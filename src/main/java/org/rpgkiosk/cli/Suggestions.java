package org.rpgkiosk.cli;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * What a mistyped word on the command line was likely meant to be. picocli suggests commands by
 * similarity but options only by their first two letters, so "--otu" found nothing; here an
 * option one or two edits away (a letter swapped, missing, extra or wrong) is suggested too.
 */
public final class Suggestions {
    private Suggestions() {}

    public static List<String> of(CommandLine.UnmatchedArgumentException e) {
        Set<String> found = new LinkedHashSet<>(e.getSuggestions());
        String word = e.getUnmatched().isEmpty() ? "" : e.getUnmatched().get(0).split("=", 2)[0];
        if (word.startsWith("--")) {
            for (OptionSpec o : e.getCommandLine().getCommandSpec().options()) {
                if (o.hidden()) continue;
                for (String n : o.names()) {
                    if (n.startsWith("--") && distance(word, n) <= 2) found.add(n);
                }
            }
        }
        return new ArrayList<>(found).subList(0, Math.min(3, found.size()));
    }

    /** Edits between two words, a swap of neighbours counting as one (optimal string alignment). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
