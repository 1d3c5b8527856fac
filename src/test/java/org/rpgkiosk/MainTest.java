package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** The command line as a script would use it: exit codes, what stdout and stderr say. */
class MainTest {
    @TempDir Path dir;

    private Run run(String... args) {
        return Run.in(dir, args);
    }

    @Test
    void aMistypedCommandIsRefusedWithWhatItIsCloseTo() {
        Run r = run("reprot");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("'reprot'. Did you mean report or restore or group? Try 'run.sh --help'.\n"), r.err());
        Run sub = run("wave", "opne");
        assertEquals(2, sub.code());
        assertTrue(sub.err().contains("Did you mean wave open?") || sub.err().contains("Did you mean open?"), sub.err());
    }

    @Test
    void helpListsTheCommands() {
        Run r = run("--help");
        assertEquals(0, r.code());
        for (String command : new String[] {"kiosk", "questionnaire", "wave", "pin"}) {
            assertTrue(r.out().contains("  " + command + " "), r.out());
        }
        assertEquals(0, run("wave", "open", "--accept-placeholders", "--help").code());
    }

    @Test
    void theKioskWithoutATerminalSaysSoInsteadOfDrawing() {
        for (Run r : new Run[] {run(), run("kiosk")}) {
            assertEquals(2, r.code());
            assertTrue(r.err().startsWith("error: the kiosk needs a terminal to draw on"), r.err());
            assertEquals("", r.out());
        }
    }

    @Test
    void loadListAndOpenAWave() {
        Run load = run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        assertEquals(0, load.code(), load.err());
        assertEquals("Loaded rpg-outcomes version 1: 3 blocks, 17 statements, 3 open questions, 6 roles\n", load.out());
        Run again = run("questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        assertTrue(again.out().startsWith("Unchanged: rpg-outcomes version 1"), again.out());

        Run list = run("questionnaire", "list");
        assertEquals(0, list.code());
        assertTrue(list.out().lines().anyMatch(l -> l.matches("rpg-outcomes +1 \\(current\\) +3 +17 +3 .*")), list.out());

        assertEquals(0, run("wave", "open", "--accept-placeholders", "y1", "--label", "+1 year", "--invited", "210").code());
        Run waves = run("wave", "list");
        assertTrue(waves.out().lines().anyMatch(l -> l.matches("y1 +\\+1 year +open +210 +0 +0% .*")), waves.out());

        Run second = run("wave", "open", "--accept-placeholders", "y3", "--label", "+3 years", "--invited", "235");
        assertEquals(2, second.code());
        assertEquals("error: wave 'y1' is still open; close it first (./run.sh wave close y1)\n", second.err());

        assertEquals(0, run("wave", "close", "y1").code());
        assertEquals(0, run("wave", "open", "--accept-placeholders", "y3", "--label", "+3 years", "--invited", "235").code());
        assertEquals(2, run("wave", "close", "nope").code());
    }

    @Test
    void aBrokenQuestionnaireIsRefusedWithItsLineAndChangesNothing() throws Exception {
        Path bad = dir.resolve("bad.txt");
        Files.writeString(bad, Files.readString(Path.of("db/questionnaires/rpg-outcomes.txt"))
                .replace("rel_peers = The RPG", "rel_peers The RPG"));
        Run r = run("questionnaire", "load", bad.toString());
        assertEquals(2, r.code());
        assertEquals("error: " + bad + ":75: expected 'code = statement' here\n", r.err());
        assertTrue(run("questionnaire", "list").err().startsWith("error: no database at"), "nothing was made");
    }

    @Test
    void aWaveNeedsAQuestionnaireAndUsageMistakesExit2() {
        Run r = run("wave", "open", "--accept-placeholders", "y1", "--label", "x", "--invited", "3");
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("error: load a questionnaire first"), r.err());
        assertEquals(2, run("wave", "open", "--accept-placeholders", "y 1", "--label", "x", "--invited", "3").code());
        assertEquals(2, run("frobnicate").code());
        assertEquals(2, run("wave", "open", "--accept-placeholders", "y1", "--invited", "many").code());
    }

    @Test
    void aPinIsReadFromStdinTwiceAndStoredHashed() {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("2468\n2468\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(0, run("pin", "set", "evaluator").code());
            System.setIn(new ByteArrayInputStream("1357\n1358\n".getBytes(StandardCharsets.UTF_8)));
            Run differ = run("pin", "set", "facilitator");
            assertEquals(2, differ.code());
            assertEquals("error: the two PINs on standard input differ; nothing was changed\n", differ.err());
            System.setIn(new ByteArrayInputStream("1111\n".getBytes(StandardCharsets.UTF_8)));
            assertEquals(2, run("pin", "set", "facilitator").code());
            assertEquals(2, run("pin", "set", "janitor").code());
            System.setIn(new ByteArrayInputStream("2468\n".getBytes(StandardCharsets.UTF_8)));
            Run same = run("pin", "set", "facilitator");
            assertEquals(2, same.code());
            assertEquals("error: the facilitator PIN must differ from the evaluator's; nothing was changed\n", same.err());
        } finally {
            System.setIn(stdin);
        }
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            String stored = store.pins().hash(StaffRole.EVALUATOR).orElseThrow();
            assertTrue(PinHasher.verify("2468", stored));
            assertTrue(store.pins().hash(StaffRole.FACILITATOR).isEmpty());
            assertEquals(1, store.audit().count("pin.set"));
        }
    }
}
