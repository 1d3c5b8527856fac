package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 32, defect 4: every command the README prints works as printed. Each ```sh block is
 * read from the README and its lines run with bash, as a reader pastes them, through the real
 * run.sh, in a fresh folder with fresh data directories: "Getting started" on an empty one, the
 * look-around line's demo data, then the report, export and backup blocks on that demo data.
 * The blocks that cannot run here say why ({@link #NOT_RUN}); a new block is run, or must be
 * named there.
 */
class ReadmeCommandsIT {
    static final Path ROOT = Path.of("").toAbsolutePath();

    /** A block's first words, and why it is not run here (each is run by another test). */
    static final Map<String, String> NOT_RUN = Map.of(
            "./run.sh          # run the kiosk", "the kiosk itself: KioskEndToEndIT types at it under tmux; mvn verify is this run",
            "./run.sh db-server", "a server left running: H2ServerTest serves a data directory itself",
            "createuser -P kiosk", "needs a PostgreSQL server's admin; the PostgreSQL tests start their own");

    @TempDir Path work;

    private static List<String> shBlocks() throws Exception {
        String readme = Files.readString(ROOT.resolve("README.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = Pattern.compile("(?ms)^```sh\\n(.*?)^```").matcher(readme);
        while (m.find()) blocks.add(m.group(1));
        return blocks;
    }

    private String block(List<String> blocks, String firstWords) {
        return blocks.stream().filter(b -> b.startsWith(firstWords)).findFirst()
                .orElseThrow(() -> new AssertionError("the README has no block starting " + firstWords));
    }

    /** Each line as pasted into bash in the work folder, with the environment given; every one must exit 0. */
    private void paste(String block, Map<String, String> env) throws Exception {
        for (String line : block.strip().split("\n")) {
            ProcessBuilder pb = new ProcessBuilder("bash", "-c", "set -o pipefail; " + line).directory(work.toFile())
                    .redirectErrorStream(true);
            pb.environment().putAll(env);
            Process p = pb.start();
            p.getOutputStream().close();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), line);
            assertEquals(0, p.exitValue(), "as printed in the README: " + line + "\n" + out);
        }
    }

    @Test
    void everyPrintedCommandRunsAsPrinted() throws Exception {
        // The reader's folder: run.sh and the shipped questionnaires where the README's paths expect them.
        Path runSh = work.resolve("run.sh");
        Files.writeString(runSh, "#!/usr/bin/env bash\nexec " + ROOT.resolve("run.sh") + " \"$@\"\n");
        Files.setPosixFilePermissions(runSh, PosixFilePermissions.fromString("rwx------"));
        Files.createSymbolicLink(work.resolve("db"), ROOT.resolve("db"));
        List<String> blocks = shBlocks();

        Map<String, String> fresh = Map.of("KIOSK_DATA_DIR", work.resolve("data").toString());
        paste(block(blocks, "./run.sh questionnaire load"), fresh);

        String readme = Files.readString(ROOT.resolve("README.md"));
        Matcher demo = Pattern.compile("`(\\./run\\.sh --data-dir /tmp/rpg-demo demo-data[^`]*)`").matcher(readme);
        assertTrue(demo.find(), "the look-around line is in the README");
        Path demoDir = work.resolve("rpg-demo");
        paste(demo.group(1).replace("/tmp/rpg-demo", demoDir.toString()), Map.of());

        Map<String, String> onDemo = Map.of("KIOSK_DATA_DIR", demoDir.toString(),
                "KIOSK_BACKUP_PASSPHRASE", "correct horse battery staple");
        paste(block(blocks, "./run.sh report"), onDemo);
        paste(block(blocks, "./run.sh release"), onDemo);
        paste(block(blocks, "./run.sh export"), onDemo);
        Path stick = work.resolve("stick");
        Files.createDirectories(stick);
        paste(block(blocks, "./run.sh backup").replace("/media/stick", stick.toString()), onDemo);
        assertTrue(Files.exists(work.resolve("data-restored").resolve("kiosk.mv.db")), "restored where it says");

        List<String> unrun = new ArrayList<>();
        for (String b : blocks) {
            boolean ran = List.of("./run.sh questionnaire load", "./run.sh report", "./run.sh release", "./run.sh export",
                            "./run.sh backup")
                    .stream().anyMatch(b::startsWith);
            boolean excused = NOT_RUN.keySet().stream().anyMatch(b::startsWith);
            if (!ran && !excused) unrun.add(b.lines().findFirst().orElse(""));
        }
        assertEquals(List.of(), unrun, "a README block neither run here nor excused with a reason");
    }
}
