package org.rpgkiosk.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.export.ExportedFiles.Table;
import org.rpgkiosk.scrub.Pseudonyms;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * The attendance files read as an intruder would: the facilitator of a group of two, who knows
 * who came and why, and a manager who knows the one senior manager among team managers.
 */
class AttendanceIntruderTest {
    @TempDir static Path data;
    @TempDir Path dir;
    static Pseudonyms pseudonyms;
    static final List<String> pair = new ArrayList<>();
    static String pairGroup;
    static String leadershipGroup;

    /**
     * "Jo and Sam": 2 social workers, Jo away once for emotional load. "Senior leadership"
     * (level Senior managers): Pat, the one senior manager, absent for training, and 6 team
     * managers, 5 sending apologies for workload. "Social workers east": 8, 3 of them on leave.
     * "Duty team": 12 social workers over two months, 2 sending apologies.
     */
    @BeforeAll
    static void register() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            ReportFixture f = new ReportFixture(store);
            int jo = f.member("Jo Bloggs", "social_worker");
            int sam = f.member("Sam Pike", "social_worker");
            int pairId = f.group("Jo and Sam", "internal");
            for (int month = 1; month <= 2; month++) {
                int s = f.session(pairId, LocalDate.of(2024, month, 8), "internal");
                f.attendance(s, jo, month == 1 ? "apologies" : "present", month == 1 ? "emotional_load" : null);
                f.attendance(s, sam, "present", null);
            }
            int leadership = f.group("Senior leadership", "external");
            store.dsl().update(RP_GROUP).set(RP_GROUP.LEVEL, "Senior managers").where(RP_GROUP.ID.eq(leadership)).execute();
            int s = f.session(leadership, LocalDate.of(2024, 1, 9), "external");
            f.attendance(s, f.member("Pat Lead", "senior_manager"), "absent", "training");
            for (int i = 0; i < 6; i++) {
                f.attendance(s, f.member("Manager " + i, "team_manager"), i < 5 ? "apologies" : "present", i < 5 ? "workload" : null);
            }
            int east = f.group("Social workers east", "internal");
            store.dsl().update(RP_GROUP).set(RP_GROUP.LEVEL, "Social workers").where(RP_GROUP.ID.eq(east)).execute();
            int e = f.session(east, LocalDate.of(2024, 1, 10), "internal");
            for (int i = 0; i < 8; i++) {
                f.attendance(e, f.member("Worker " + i, "social_worker"), i < 3 ? "absent" : "present", i < 3 ? "leave_sickness" : null);
            }
            int duty = f.group("Duty team", "internal");
            List<Integer> team = new ArrayList<>();
            for (int i = 0; i < 12; i++) team.add(f.member("Casey " + i, "social_worker"));
            for (int month = 1; month <= 2; month++) {
                int d = f.session(duty, LocalDate.of(2024, month, 11), "internal");
                for (int i = 0; i < 12; i++) {
                    boolean away = month == 1 && i < 2;
                    f.attendance(d, team.get(i), away ? "apologies" : "present", away ? "workload" : null);
                }
            }
            pseudonyms = Pseudonyms.fromHex(store.exportQueries().secretHex());
            leadershipGroup = pseudonyms.group(leadership);
            pair.add(pseudonyms.member(pairId, jo));
            pair.add(pseudonyms.member(pairId, sam));
            pairGroup = pseudonyms.group(pairId);
        }
    }

    private Map<String, Table> export(String... profile) throws Exception {
        List<String> args = new ArrayList<>(List.of("--out", dir.resolve("x").toString()));
        args.addAll(List.of(profile));
        Run r = Run.export(data, args.toArray(String[]::new));
        assertEquals(0, r.code(), r.err());
        return ExportedFiles.read(dir.resolve("x"));
    }

    private String file(String name) throws Exception {
        return Files.readString(dir.resolve("x").resolve(name));
    }

    /** The manifest's attendance section: from its heading to the next blank line. */
    private String attendanceNotes() throws Exception {
        String manifest = file("manifest.txt");
        String from = manifest.substring(manifest.indexOf("\nattendance ("));
        return from.substring(0, from.indexOf("\n\n", 1));
    }

    @Test
    void researchFilesShowNeitherThePairNorTheSeniorManagerNorAnyonesReason() throws Exception {
        Map<String, Table> t = export();
        Table attendance = t.get("attendance.csv");
        assertFalse(attendance.header().contains("reason"));
        for (String name : List.of("attendance.csv", "absence_reasons.csv", "manifest.txt")) {
            String text = file(name);
            for (String secret : List.of(pair.get(0), pair.get(1), pairGroup, "[name] and [name]", "Senior", "senior_manager",
                    "leadership", "emotional_load", "training")) {
                assertFalse(text.contains(secret), "'" + secret + "' in " + name + ":\n" + text);
            }
        }
        assertEquals(27, new HashSet<>(attendance.column("member")).size(), "7 in the leadership group, 8 east, 12 duty");
        assertEquals(Set.of("other", "social_worker"), new HashSet<>(attendance.column("role")));
        assertEquals(Set.of("", "Social workers", "front line"), new HashSet<>(attendance.column("level")));
        assertEquals(Set.of(""), new HashSet<>(attendance.where("role", "other").stream()
                .map(r -> attendance.cell(r, "level")).toList()), "the level would say who the pooled are");

        Table reasons = t.get("absence_reasons.csv");
        assertEquals(List.of(List.of(leadershipGroup, "workload", "5", "")), reasons.rows(),
                "east's 3 and duty's 2 away are pooled (5), but 3 absent and 2 apologies are each too few for a column;"
                + " in the leadership group 1 absent is too few for one");
        String notes = attendanceNotes();
        assertTrue(notes.contains("groups left out (fewer than 5 members on the register): 1"), notes);
        assertTrue(notes.contains("groups whose level was left blank and name replaced by its pseudonym (a role pooled): 1"), notes);
    }

    @Test
    void thePublicAttendanceHasNoMemberRowsAndLeavesOutGroupsUnderTen() throws Exception {
        Map<String, Table> t = export("--profile", "public");
        Table attendance = t.get("attendance.csv");
        assertEquals(List.of("group", "level", "facilitator_kind", "month", "sessions", "present", "apologies", "absent"),
                attendance.header());
        assertEquals(List.of(List.of("Duty team", "front line", "internal", "2024-01", "1", "10", "2", "0"),
                List.of("Duty team", "front line", "internal", "2024-02", "1", "12", "0", "0")), attendance.rows(),
                "only the duty team has 10 members");
        assertEquals(List.of(), t.get("absence_reasons.csv").rows(), "2 away are too few");
        assertTrue(attendanceNotes().contains("groups left out (fewer than 10 members on the register): 3"), attendanceNotes());
        for (String secret : List.of(pair.get(0), pairGroup, leadershipGroup, "Senior", "east", "m_")) {
            assertFalse(file("attendance.csv").contains(secret), secret);
        }
    }
}
