package org.rpgkiosk.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Cold start, measured from outside: a child JVM is started under a pseudo-terminal
 * ({@code script} from util-linux; the kiosk wants a terminal) with the JVM options this
 * process was started with (run.sh's), and timed from the start of the process until its
 * output shows what is awaited: "hello" from the hello-world floor, "ready" from
 * {@link DatabaseProbe}, or the kiosk's first frame (the first visible character after it
 * enters the terminal's private screen). Its peak resident memory is read, then it is stopped.
 */
final class ColdStart {
    private static final String PRIVATE_SCREEN = "\u001b[?1049h";
    private static final String CURSOR_QUERY = "\u001b[6n";
    private final List<String> java;

    ColdStart(List<String> jvmOptions) {
        java = new ArrayList<>();
        java.add(ProcessHandle.current().info().command().orElse("java"));
        java.addAll(jvmOptions);
        java.add("-cp");
        java.add(System.getProperty("java.class.path"));
    }

    static boolean available() {
        return Files.isExecutable(Path.of("/usr/bin/script")) || Files.isExecutable(Path.of("/bin/script"));
    }

    /** Seconds to "hello" and peak bytes, of a hello-world. */
    Sample hello() throws IOException, InterruptedException {
        return run(List.of(Hello.class.getName()), out -> out.contains("hello"));
    }

    Sample database(Path dataDir) throws IOException, InterruptedException {
        return run(List.of(DatabaseProbe.class.getName(), dataDir.toString()), out -> out.contains("ready"));
    }

    Sample kioskFirstFrame(Path dataDir) throws IOException, InterruptedException {
        // As ./run.sh starts it: the data directory from the environment and no other argument,
        // so the starting frame is drawn before the command line is parsed (KioskTerminal.startEarly).
        return run(List.of("org.rpgkiosk.Main", "kiosk"), Map.of("KIOSK_DATA_DIR", dataDir.toString()),
                ColdStart::frameDrawn);
    }

    record Sample(double seconds, long peakBytes) {}

    private Sample run(List<String> mainAndArgs, Predicate<String> done) throws IOException, InterruptedException {
        return run(mainAndArgs, Map.of(), done);
    }

    private Sample run(List<String> mainAndArgs, Map<String, String> env, Predicate<String> done)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(java);
        command.addAll(mainAndArgs);
        StringBuilder shell = new StringBuilder("stty rows 24 cols 80; exec");
        for (String word : command) shell.append(' ').append(quote(word));
        ProcessBuilder pb = new ProcessBuilder("script", "-qec", shell.toString(), "/dev/null").redirectErrorStream(true);
        pb.environment().putAll(env);
        long began = System.nanoTime();
        Process p = pb.start();
        try {
            StringBuilder seen = new StringBuilder();
            byte[] buffer = new byte[8192];
            InputStream in = p.getInputStream();
            OutputStream keyboard = p.getOutputStream();
            Thread watchdog = new Thread(() -> {
                try {
                    if (!p.waitFor(60, TimeUnit.SECONDS)) stop(p);
                } catch (InterruptedException e) {
                    // stopped by the caller; the finally below ends the child
                }
            });
            watchdog.setDaemon(true);
            watchdog.start();
            int answered = 0;
            while (!done.test(seen.toString())) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IllegalStateException("the child never got there: " + mainAndArgs + "; it wrote: " + seen);
                }
                seen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                // Lanterna asks the terminal where the cursor is to learn its size; answer as a terminal would.
                int queries = count(seen, CURSOR_QUERY);
                while (answered < queries) {
                    keyboard.write("\u001b[24;80R".getBytes(StandardCharsets.US_ASCII));
                    keyboard.flush();
                    answered++;
                }
            }
            double seconds = (System.nanoTime() - began) / 1e9;
            return new Sample(seconds, peakResident(p.toHandle()));
        } finally {
            stop(p);
            p.waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static void stop(Process p) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
    }

    private static int count(CharSequence text, String what) {
        int n = 0;
        for (int at = text.toString().indexOf(what); at >= 0; at = text.toString().indexOf(what, at + 1)) n++;
        return n;
    }

    /** The first visible character drawn after the private screen is entered. */
    static boolean frameDrawn(String out) {
        int at = out.indexOf(PRIVATE_SCREEN);
        if (at < 0) return false;
        String rest = out.substring(at + PRIVATE_SCREEN.length()).replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "")
                .replaceAll("\u001b[()][A-Za-z0-9]", "").replaceAll("\u001b.", "");
        return rest.chars().anyMatch(Character::isLetterOrDigit);
    }

    /** VmHWM of the JVM among the process's descendants (the child is script, then the JVM). */
    private static long peakResident(ProcessHandle root) {
        long peak = 0;
        for (ProcessHandle h : (Iterable<ProcessHandle>) root.descendants()::iterator) {
            try {
                for (String line : Files.readAllLines(Path.of("/proc/" + h.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // gone already, or no /proc: no figure
            }
        }
        return peak;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
