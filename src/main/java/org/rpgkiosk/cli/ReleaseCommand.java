package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.export.WaveReleases;
import org.rpgkiosk.export.WaveReleases.Line;
import org.rpgkiosk.store.Store;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "release", header = "Decide (or preview) what every output of a wave may give.",
        mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Decide a wave's release once: the level of its dates (day, week, month or",
                "none; as fine as asked where every cell of date and role holds K or more)",
                "and K. Every later export, research or public, and every report of the wave",
                "follows it; an export asking for other dates is refused. Without this step",
                "the first export decides. --preview shows the decision and changes nothing."})
public final class ReleaseCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--wave", paramLabel = "CODE", split = ",", arity = "1..*",
            description = "these waves (default: every wave)")
    List<String> waves = new ArrayList<>();

    @Option(names = "--dates", paramLabel = "day|week|month|none",
            description = "the finest dates to release (default week); coarsened where a cell would be under K")
    String dates;

    @Option(names = "--min-cell", paramLabel = "K", description = "k for the release (default 5, at least 3)")
    Integer minCell;

    @Option(names = "--preview", description = "show what would be released; record nothing, release no response")
    boolean preview;

    @Override
    public Integer call() {
        Dates asked = dates == null ? null : Dates.parse(dates);
        List<Line> lines;
        try (Store store = Commands.root(spec).openExistingStore()) {
            lines = WaveReleases.run(store, waves, asked, minCell, !preview);
            if (!preview) {
                long recorded = lines.stream().filter(l -> !l.already() && l.decidedOn() != null).count();
                store.audit().record("cli", "release", "waves=" + (waves.isEmpty() ? "all" : String.join(",", waves))
                        + " recorded=" + recorded);
            }
        }
        PrintWriter o = spec.commandLine().getOut();
        if (lines.isEmpty()) o.println("No waves yet.");
        for (Line l : lines) {
            o.printf("Wave %s (%s), k=%d:%n", l.wave(), l.label(), l.k());
            o.printf("  responses: %d go out as rows, %d held back until k more are submitted or the wave closes%n",
                    l.rows(), l.heldBack());
            o.printf("  dates: %s%n", l.dates() == Dates.NONE ? "none" : "by " + l.dates().name().toLowerCase(java.util.Locale.ROOT));
            o.printf("  roles: %d pooled into other, in every output%n", l.rolesPooled());
            o.printf("  %s%n", status(l));
        }
        return 0;
    }

    private String status(Line l) {
        if (l.already()) return "released on " + l.decidedOn() + ": it stands for every later output";
        if (l.rows() == 0) return "fewer than " + l.k() + " responses to release: nothing goes out yet, nothing decided";
        if (preview) return "previewed: nothing recorded; run without --preview to release it";
        return "released now: every later export and report of " + l.wave() + " follows it";
    }
}
