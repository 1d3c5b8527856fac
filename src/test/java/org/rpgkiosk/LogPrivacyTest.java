package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.MEMBER;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;

/**
 * Issue 12: kiosk.log, and anything else the program writes beside the database, holds no
 * name, role or part-time status, even when what was refused or what failed was full of them.
 */
class LogPrivacyTest {
    @TempDir Path dir;

    static final List<String> FORBIDDEN = List.of("sian", "rhys", "okafor", "team_manager", "part-time", "yes,front");

    @Test
    void aRefusedRosterImportLeavesNoNameInTheLog() throws Exception {
        assertEquals(0, Run.in(dir, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Path roster = Files.writeString(dir.resolve("roster.csv"),
                "Team Siân,Siân ap Rhys,team_manager,yes,front line,internal\n"
                        + "Team Siân,Grace Okafor-Smith,part-time,yes,front line,internal\n", StandardCharsets.UTF_8);
        Run refused = Run.in(dir, "roster", "import", roster.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("Siân ap Rhys"), "the person at the terminal sees the line: " + refused.err());
        String log = log();
        assertTrue(log.contains("refused: run.sh roster import (exit 2)"), log);
        assertEquals(List.of(), leaks(dir));
    }

    @Test
    void aRefusedQuestionnaireLeavesNoTextOfItInTheLog() throws Exception {
        Path file = Files.writeString(dir.resolve("q.txt"), "name: survey\ntitle: t\n\n[roles]\nSiân_ap_Rhys =\n",
                StandardCharsets.UTF_8);
        Run refused = Run.in(dir, "questionnaire", "load", file.toString());
        assertEquals(2, refused.code(), refused.err());
        assertTrue(refused.err().contains("Siân_ap_Rhys"), refused.err());
        assertTrue(log().contains("refused: run.sh questionnaire load (exit 2)"), log());
        assertEquals(List.of(), leaks(dir));
    }

    @Test
    void aFaultIsLoggedAsItsTypesAndFramesAndTheDatabaseKeepsNoTraceFile() throws Exception {
        assertEquals(0, Run.in(dir, "questionnaire", "load", "db/questionnaires/rpg-outcomes.txt").code());
        Files.writeString(dir.resolve("kiosk.trace.db"), "old trace: Siân ap Rhys");   // from an older release
        try (Store store = Store.open(DatabaseUrl.defaultFor(dir))) {
            // A real refusal by the database, its message holding the name it refused.
            Exception fault = assertThrows(Exception.class, () -> store.dsl().insertInto(MEMBER)
                    .set(MEMBER.NAME, "Siân ap Rhys " + "x".repeat(400)).set(MEMBER.ROLE_CODE, "team_manager")
                    .set(MEMBER.PART_TIME, true).execute());
            assertTrue(fault.getMessage().contains("Rhys") || causeMentions(fault, "Rhys"), "the fault names her");
            Logger.getLogger("org.rpgkiosk.tui.RegisterScreen").log(Level.SEVERE, "could not save the register", fault);
        }
        String log = log();
        assertTrue(log.contains("SEVERE org.rpgkiosk.tui.RegisterScreen: could not save the register"), log);
        assertTrue(log.contains("[message not logged]"), log);
        assertTrue(log.contains("SQLState 22001"), "what went wrong is still there: " + log);
        assertEquals(List.of(), leaks(dir));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(), files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".trace.db")).toList());
        }
    }

    private static boolean causeMentions(Throwable t, String text) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c.getMessage() != null && c.getMessage().contains(text)) return true;
            if (c instanceof SQLException) return c.getMessage().contains(text);
        }
        return false;
    }

    private String log() throws Exception {
        return Files.readString(dir.resolve("kiosk.log"), StandardCharsets.UTF_8);
    }

    /** Every file the program wrote beside the database (the database itself holds the register). */
    private static List<String> leaks(Path dir) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".mv.db") || name.endsWith(".csv") || name.equals("q.txt")) continue;
                String text = Normalizer.normalize(new String(Files.readAllBytes(f), StandardCharsets.UTF_8),
                        Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
                for (String bad : FORBIDDEN) {
                    if (text.contains(bad)) found.add(name + ": " + bad);
                }
            }
        }
        return found;
    }
}
