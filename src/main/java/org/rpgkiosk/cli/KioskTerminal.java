package org.rpgkiosk.cli;

import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.DefaultTerminalFactory;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixLikeTerminal.CtrlCBehaviour;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.rpgkiosk.tui.StartingScreen;

/**
 * The kiosk's terminal and its private screen. Closing it leaves the private screen and puts
 * back the terminal modes Lanterna found on creating it (Ctrl-C and Ctrl-Z working in the shell
 * included), which is why {@code stty -isig} comes only after the terminal has been created.
 *
 * <p>{@link #startEarly} is what {@code Main.main} asks first: on a plain kiosk start it draws
 * the starting frame before picocli builds its model of the commands and before the log file is
 * set up, and the kiosk command then carries on with this terminal instead of creating one.
 */
public final class KioskTerminal implements AutoCloseable {
    private final Terminal terminal;
    private final TerminalScreen screen;

    private KioskTerminal(Terminal terminal, TerminalScreen screen) {
        this.terminal = terminal;
        this.screen = screen;
    }

    /**
     * The terminal with the starting frame on it, when this is a plain kiosk start on a
     * terminal ({@code ./run.sh} or {@code ./run.sh kiosk}, nothing else); otherwise null, and
     * null too when the terminal cannot be set up here (the kiosk command then tries and says why).
     */
    public static KioskTerminal startEarly(String... args) {
        boolean plainKiosk = args.length == 0 || args.length == 1 && args[0].equals("kiosk");
        if (!plainKiosk || System.console() == null) return null;
        KioskTerminal kiosk = null;
        try {
            kiosk = open();
            StartingScreen.draw(kiosk.screen);
            return kiosk;
        } catch (IOException | RuntimeException e) {
            if (kiosk != null) kiosk.closeQuietly();
            return null;
        }
    }

    /** Creates the terminal (UTF-8 whatever the locale says), turns off the keys that signal, starts the private screen. */
    static KioskTerminal open() throws IOException {
        Terminal terminal = new DefaultTerminalFactory(System.out, System.in, StandardCharsets.UTF_8)
                .setForceTextTerminal(true)
                .setUnixTerminalCtrlCBehaviour(CtrlCBehaviour.TRAP)
                .createTerminal();
        try {
            // No keys that signal: Ctrl-Z would suspend the kiosk to a shell and Ctrl-\ would print
            // a thread dump over the screen. Ctrl-C arrives as a key (staff entrance).
            stty("-isig");
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();   // the terminal's private screen: nothing stays in the scroll-back
            screen.setCursorPosition(null);
            return new KioskTerminal(terminal, screen);
        } catch (IOException | RuntimeException e) {
            try {
                terminal.close();
            } catch (IOException | RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
    }

    public TerminalScreen screen() {
        return screen;
    }

    /** Back to the normal screen and the terminal's own modes: before anything is printed there. */
    @Override
    public void close() throws IOException {
        try {
            screen.stopScreen();
        } finally {
            terminal.close();
        }
    }

    public void closeQuietly() {
        try {
            close();
        } catch (IOException | RuntimeException e) {
            // leaving anyway; the terminal went away
        }
    }

    private static void stty(String setting) {
        try {
            new ProcessBuilder("stty", setting).redirectInput(ProcessBuilder.Redirect.INHERIT).start().waitFor();
        } catch (IOException e) {
            // no stty: Lanterna's own Ctrl-C trap still holds
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
