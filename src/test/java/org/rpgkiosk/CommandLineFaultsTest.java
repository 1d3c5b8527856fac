package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.cli.LogFile;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/** Options, messages and leftovers found wrong in issue 14, each as a person meets it. */
class CommandLineFaultsTest {
    @TempDir Path data;

    @Test
    void theReadmesDbUserBeforeTheCommandIsTheUsersName() {
        Store.open(DatabaseUrl.defaultFor(data)).close();   // wave list reads a database that is there
        Run r = Run.in(data, "--db-user", "kiosk", "wave", "list");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("No waves yet"), r.out());
    }

    /** Issue 32, defect 4: a mistyped --data-dir made an empty database and suggested a refused command. */
    @Test
    void aCommandThatReadsRefusesADataDirectoryWithNoDatabaseAndMakesNone() throws Exception {
        Path typo = data.resolve("dta");
        for (String[] args : List.of(new String[] {"wave", "list"}, new String[] {"report"}, new String[] {"check"},
                new String[] {"group", "list"}, new String[] {"questionnaire", "list"}, new String[] {"wave", "close", "y1"},
                new String[] {"export", "--out", data.resolve("out").toString()})) {
            Run r = Run.in(typo, args);
            assertEquals(2, r.code(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().startsWith("error: no database at " + typo.toAbsolutePath().resolve("kiosk.mv.db")
                    + ": check --data-dir"), r.err());
            assertFalse(Files.exists(typo.resolve("kiosk.mv.db")), "none made");
        }
        assertFalse(Files.exists(data.resolve("out")), "no export folder either");
        assertEquals(0, Run.in(typo, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Run list = Run.in(typo, "wave", "list");
        assertEquals(0, list.code(), list.err());
        assertTrue(list.out().contains("--accept-placeholders"), "the suggestion works as printed: " + list.out());
        String suggested = list.out().lines().filter(l -> l.contains("./run.sh wave open")).findFirst().orElseThrow()
                .strip().replace("./run.sh ", "");
        Run open = Run.in(typo, suggested.replace("\"+1 year\"", "+1_year").split(" "));
        assertEquals(0, open.code(), suggested + ": " + open.err());
    }

    @Test
    void anInMemoryDatabaseIsRefusedBeforeAnythingIsTyped() {
        for (String url : java.util.List.of("jdbc:h2:mem:x", "JDBC:H2:MEM:", "jdbc:h2:tcp://localhost:9092/mem:kiosk")) {
            Run r = Run.in(data, "--db", url, "wave", "list");
            assertEquals(2, r.code(), url);
            assertTrue(r.err().contains("in-memory database, lost when the program ends"), r.err());
        }
    }

    @Test
    void fileErrorsSayWhyInWordsNotThePathTwice() throws Exception {
        Path pass = data.resolve("pp");
        Files.writeString(pass, "correct horse battery staple\n");
        Run restore = Run.in(data.resolve("restored"), "restore", data.resolve("missing.kbak").toString(), "--passphrase-file", pass.toString());
        assertEquals(2, restore.code());
        assertTrue(restore.err().endsWith(": no such file or folder\n") || restore.err().strip().endsWith("no such file or folder"), restore.err());
        Run db = Run.in(data, "--db", "jdbc:h2:/proc/nowhere/kiosk", "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt");
        assertEquals(2, db.code());
        assertFalse(db.err().contains("/proc/nowhere: /proc/nowhere"), db.err());
        assertTrue(db.err().contains("no such file or folder"), db.err());
        Run list = Run.in(data, "--db", "jdbc:h2:/proc/nowhere/kiosk", "wave", "list");
        assertEquals("error: no database at /proc/nowhere/kiosk.mv.db: check --db (or KIOSK_DB_URL); a new one is made"
                + " by ./run.sh or ./run.sh questionnaire load FILE\n", list.err(), "a command that reads makes nothing");
    }

    @Test
    void whatAKilledWriterLeftIsSweptByTheNextAndALiveOnesIsNot() throws Exception {
        assertEquals(0, Run.in(data, "demo-data", "--responses", "20").code());
        Path out = Files.createDirectory(data.resolve("out"));
        long dead = deadPid();
        Path killedExport = Files.createDirectory(out.resolve(".e1.partial-" + dead + "-123"));
        Files.writeString(killedExport.resolve("answers.csv"), "half an export");
        Path killedBackup = Files.writeString(out.resolve(".b1.kbak.partial-" + dead + "-456"), "half a backup");
        Path running = Files.writeString(out.resolve(".b2.kbak.partial-" + ProcessHandle.current().pid() + "-789"), "being written");
        Run export = Run.in(data, "export", "--out", out.resolve("e2").toString());
        assertEquals(0, export.code(), export.err());
        assertFalse(Files.exists(killedExport), "a killed export's folder is removed");
        assertFalse(Files.exists(killedBackup), "a killed backup's file is removed");
        assertTrue(Files.exists(running), "a partial file of a running program is left alone");
    }

    @Test
    void libraryOutputOnStderrGoesToTheLogNotTheTerminal() throws Exception {
        PrintStream terminal = System.err;
        try {
            LogFile.configure(data);
            LogFile.keepLibrariesOffTheTerminal();
            System.err.println("org.h2.message.DbException: Log file error: \"/proc/x.trace.db\"");
            System.err.flush();
        } finally {
            System.setErr(terminal);
            java.util.logging.LogManager.getLogManager().reset();   // closes the file
        }
        String log = Files.readString(data.resolve(LogFile.NAME));
        assertTrue(log.contains("WARNING stderr: org.h2.message.DbException: Log file error"), log);
    }

    @Test
    void twoDemoDataRunsAtOnceTakeTurnsInsteadOfFailing() throws Exception {
        Path file = data.resolve("db");
        assertEquals(0, Run.in(file, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        DatabaseUrl url = DatabaseUrl.defaultFor(file);
        List<long[]> spans = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch go = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        try (Store a = Store.open(url); Store b = Store.open(url)) {
            for (Store s : List.of(a, b)) {
                Thread t = new Thread(() -> {
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    s.alone(() -> {
                        long start = System.nanoTime();
                        try {
                            Thread.sleep(300);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                        spans.add(new long[] {start, System.nanoTime()});
                        return null;
                    });
                });
                t.start();
                threads.add(t);
            }
            go.countDown();
            for (Thread t : threads) t.join();
        }
        assertEquals(2, spans.size(), "both ran");
        long[] first = spans.get(0)[0] < spans.get(1)[0] ? spans.get(0) : spans.get(1);
        long[] second = first == spans.get(0) ? spans.get(1) : spans.get(0);
        assertTrue(second[0] >= first[1], "the second began after the first ended");
    }

    private static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) pid++;
        return pid;
    }
}
