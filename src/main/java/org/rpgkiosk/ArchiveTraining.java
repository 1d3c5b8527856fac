package org.rpgkiosk;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.DefaultKeyDecodingProfile;
import com.googlecode.lanterna.input.InputDecoder;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTTYTerminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.rpgkiosk.cli.KioskTerminal;
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
        earlyFrameClasses();
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

    /**
     * The classes a plain start loads before its first frame (KioskTerminal.startEarly): the
     * Unix terminal wants a real terminal, which training has not, so its classes are loaded
     * and its input decoder, stty's process and the console are used without one.
     */
    private static void earlyFrameClasses() throws Exception {
        KioskTerminal.startEarly("kiosk");   // no console here: returns at once, loaded all the same
        System.console();
        new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8).setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP);
        for (Class<?> c : List.of(UnixTerminal.class, UnixLikeTTYTerminal.class)) {
            Class.forName(c.getName(), true, c.getClassLoader());
        }
        InputDecoder keys = new InputDecoder(new StringReader("\u001b[24;80R"));
        keys.addProfile(new DefaultKeyDecodingProfile());
        keys.getNextCharacter(false);
        try {
            new ProcessBuilder("stty", "-a").redirectInput(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        } catch (IOException e) {
            // no stty: its classes are loaded regardless
        }
    }
}
