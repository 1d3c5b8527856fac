package org.rpgkiosk.bench;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.UUID;
import org.rpgkiosk.Main;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.survey.SurveyState.Timing;
import org.rpgkiosk.tui.KioskApp;
import org.rpgkiosk.tui.StartingScreen;

/**
 * The start-up run.sh records an application class-data archive from
 * ({@code -XX:ArchiveClassesAtExit}): the command line, a database opened and migrated in a
 * scratch directory, and the kiosk's starting frame and welcome on a virtual terminal, so that
 * the classes a kiosk or a command loads first are in the archive. Not for people; run.sh runs it after a build.
 */
public final class ArchiveTraining {
    private ArchiveTraining() {}

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Main.run("--data-dir", dir.toString(), "wave", "list");
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            TerminalScreen screen = new TerminalScreen(new DefaultVirtualTerminal(new TerminalSize(80, 24)));
            screen.startScreen();
            StartingScreen.draw(screen);
            new KioskApp(screen, store, Timing.DEFAULT, System::currentTimeMillis, UUID::randomUUID, new PinHasher(1_000),
                    dir.resolve("backups")).start();
            screen.stopScreen();
        }
    }
}
