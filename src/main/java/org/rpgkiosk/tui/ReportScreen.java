package org.rpgkiosk.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.report.Report;
import org.rpgkiosk.report.TextReport;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.WaveRepository.Wave;

/**
 * The evaluator's returns and report. The open wave's returns are read afresh at every frame, at
 * the top, so whether to send a reminder is seen at a glance; below, the same text report as
 * {@code report} (every wave's returns, the chart with the 2.5 line, the tables), read once on
 * entry and scrolled.
 */
final class ReportScreen implements StaffScreen {
    private static final Logger LOG = Logger.getLogger(ReportScreen.class.getName());
    private static final int TOP = 4;

    private final Store store;
    private final List<String> body = new ArrayList<>();
    private int scroll;
    private int page = 10;
    private String shownFor;
    private String shownLabel;

    ReportScreen(Store store) {
        this.store = store;
        try {
            Report.Options options = Report.Options.defaults();
            body.addAll(store.reports().readReleasing(new Threshold(options.minCell()),
                    data -> TextReport.render(Report.build(data, options)).lines().toList()));
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "report failed", e);
            body.add("The report could not be built: " + e.getMessage());
        }
    }

    private static String rate(Wave w) {
        return w.responseRate().map(r -> Math.round(100 * r) + "%").orElse("-");
    }

    @Override
    public boolean key(KeyStroke k) {
        if (k.getKeyType() == KeyType.Escape) return false;
        scroll = Math.max(0, Math.min(scroll + KeyMap.move(k, page), body.size() - page));
        return true;
    }

    @Override
    public void render(Painter p) {
        p.titleBar("Returns and report", "");
        var open = store.waves().openWave();
        if (open.isPresent()) {
            Wave w = open.get();
            if (!w.code().equals(shownFor)) {   // scrubbed as in the report below; once, not every frame
                shownFor = w.code();
                shownLabel = store.labels().text(w.label());
            }
            p.bold(1, "Open wave " + w.code() + " (" + shownLabel + "): " + w.submitted() + " submitted of " + w.invited()
                    + " invited, response rate " + rate(w));
            p.line(2, w.inProgress() + " in progress now · " + w.abandoned() + " abandoned");
        } else {
            p.bold(1, "No wave is open.");
        }
        page = p.height() - 2 - TOP;
        scroll = Math.max(0, Math.min(scroll, body.size() - page));
        for (int i = 0; i < page && scroll + i < body.size(); i++) p.raw(TOP + i, body.get(scroll + i));
        int last = Math.min(body.size(), scroll + page);
        p.helpLine("Up/Down PgUp/PgDn Home/End scroll · Esc back   lines " + (scroll + 1) + "-" + last + " of " + body.size());
    }
}
