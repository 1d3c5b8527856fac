package org.rpgkiosk;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A person at a terminal, played by tmux: a detached 80x24 session runs a command; keys are
 * typed with send-keys and the screen read with capture-pane.
 */
final class Tmux implements AutoCloseable {
    private static final long WAIT_MILLIS = 60_000;
    final String session;

    Tmux(String session, String command) throws Exception {
        this.session = session;
        tmux("new-session", "-d", "-s", session, "-x", "80", "-y", "24", command);
    }

    static boolean available() {
        try {
            return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** Keys by tmux's names (Enter, Tab, F12, PageDown) or, with literal, as text. */
    void keys(String... keys) throws Exception {
        List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
        args.addAll(List.of(keys));
        tmux(args.toArray(String[]::new));
    }

    void text(String text) throws Exception {
        tmux("send-keys", "-t", session, "-l", text);
    }

    String screen() throws Exception {
        return tmux("capture-pane", "-p", "-t", session);
    }

    /** Everything the pane ever showed, scroll-back included. */
    String history() throws Exception {
        return tmux("capture-pane", "-p", "-S", "-", "-t", session);
    }

    /** Polls the screen, a bounded number of times, until it shows {@code text}. */
    String waitFor(String text) throws Exception {
        long end = System.currentTimeMillis() + WAIT_MILLIS;
        String screen = screen();
        while (!screen.contains(text)) {
            if (System.currentTimeMillis() > end) {
                throw new AssertionError("the screen never showed '" + text + "'; it shows:\n" + screen);
            }
            Thread.sleep(50);   // a person waiting for the screen; bounded by WAIT_MILLIS
            screen = screen();
        }
        return screen;
    }

    /** Whether the program left the terminal on its private screen (the alternate screen). */
    boolean onPrivateScreen() throws Exception {
        return tmux("display-message", "-p", "-t", session, "#{alternate_on}").strip().equals("1");
    }

    String panePid() throws Exception {
        return tmux("list-panes", "-t", session, "-F", "#{pane_pid}").strip();
    }

    static String tmux(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("tmux"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
        }
        return out;
    }

    @Override
    public void close() throws Exception {
        try {
            tmux("kill-session", "-t", session);
        } catch (IOException e) {
            // already gone with its program
        }
    }
}
