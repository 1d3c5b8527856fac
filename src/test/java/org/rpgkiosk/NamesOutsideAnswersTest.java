package org.rpgkiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.ReportFixture;
import org.rpgkiosk.store.Store;

/**
 * Issue 12's other doors: names in group names, group levels, wave labels and absence notes,
 * which are no open answer, must leave by no export file, no report form and no listing. Two
 * groups named after two people ("Team Okafor-Smith", "Team Siân") scrub alike and must still
 * stay two groups. The wave label was stored before labels with names were refused at opening.
 */
class NamesOutsideAnswersTest {
    @TempDir static Path data;

    /** Folded and in lower case, as {@link #folded} compares. */
    static final List<String> FORBIDDEN = List.of("okafor", "smith", "sian", "rhys", "07700", "900123",
            "behind the bins", "may.hall", "council.gov", "4dj", "acacia", "linkedin", "dafydd", "sw04471");

    @BeforeAll
    static void plant() {
        try (Store store = Store.open(DatabaseUrl.defaultFor(data))) {
            ReportFixture f = new ReportFixture(store);
            int wave = f.wave("y3", "+3 years (Siân ap Rhys pilot, 07700 900123)", 40, LocalDate.of(2024, 1, 1));
            f.submitted(wave, "social_worker", 12, 3.0, new Random(12));
            int later = f.wave("y4", "+4 years: may.hall [at] council.gov.uk, BS1  4DJ", 40, LocalDate.of(2025, 1, 1));
            f.submitted(later, "social_worker", 12, 3.0, new Random(13));
            int grace = f.member("Grace Okafor-Smith", "social_worker");
            int sian = f.member("Siân ap Rhys", "social_worker");
            int teamGrace = f.group("Team Okafor-Smith", "internal");
            int teamSian = f.group("Team Siân", "internal");
            int hub = f.group("Hub at 12 Acacia Avenue (linkedin.com/in/dafyddllyr, case SW04471)", "internal");
            store.dsl().update(RP_GROUP).set(RP_GROUP.LEVEL, "Rhys's managers").where(RP_GROUP.ID.eq(teamSian)).execute();
            for (int month = 1; month <= 2; month++) {
                int s1 = f.session(teamGrace, LocalDate.of(2024, month, 9), "internal");
                int s2 = f.session(teamSian, LocalDate.of(2024, month, 10), "internal");
                f.attendance(s1, grace, "present", null);
                f.attendance(s2, sian, "absent", "other");
                store.dsl().update(ATTENDANCE).set(ATTENDANCE.REASON_NOTE, "behind the bins with Grace")
                        .where(ATTENDANCE.SESSION_ID.eq(s2).and(ATTENDANCE.MEMBER_ID.eq(sian))).execute();
                int s3 = f.session(hub, LocalDate.of(2024, month, 11), "internal");
                for (int i = 0; i < 7; i++) {
                    f.attendance(s3, member(f, month, "c", i), "present", null);
                    f.attendance(s1, member(f, month, "a", i), "present", null);
                    f.attendance(s2, member(f, month, "b", i), "present", null);
                }
            }
        }
    }

    private static final java.util.Map<String, Integer> members = new java.util.HashMap<>();

    private static int member(ReportFixture f, int month, String team, int i) {
        return members.computeIfAbsent(team + i, k -> f.member("Worker " + team + i, "social_worker"));
    }

    @Test
    void noExportFileOfEitherProfileNamesThem() throws Exception {
        for (String profile : List.of("research", "public")) {
            Path out = data.resolve("export-" + profile);
            Run run = Run.in(data, "export", "--profile", profile, "--out", out.toString());
            assertEquals(0, run.code(), run.err());
            assertEquals(List.of(), leaks(out), profile);
            String manifest = Files.readString(out.resolve("manifest.txt"));
            assertTrue(manifest.contains("y3 (+3 years ([name] pilot, [phone]))"), manifest);
            assertTrue(manifest.matches("(?s).*group names, levels and wave labels: scrubbed as open answers are, [1-9].*"),
                    manifest);
        }
        String attendance = Files.readString(data.resolve("export-research/attendance.csv"));
        assertEquals(2, groupsRenamed(attendance).size(), "two groups, two names: " + attendance);
        assertTrue(attendance.contains("Hub at [address] ([url], case [reference]) (g_"), attendance);
    }

    @Test
    void noReportFormNamesThem() throws Exception {
        Run text = Run.in(data, "report");
        assertEquals(0, text.code(), text.err());
        assertEquals(List.of(), leaks("report (text)", text.out()));
        assertTrue(text.out().contains("[name]"), "the label is there, scrubbed: " + text.out());

        Path csv = data.resolve("report-csv");
        assertEquals(0, Run.in(data, "report", "--format", "csv", "--out", csv.toString()).code());
        assertEquals(List.of(), leaks(csv));
        String byGroup = Files.readString(csv.resolve("attendance_by_group_month.csv"));
        assertEquals(2, groupsRenamed(byGroup).size(), "two groups stay apart: " + byGroup);

        Path html = data.resolve("report.html");
        assertEquals(0, Run.in(data, "report", "--format", "html", "--out", html.toString()).code());
        assertEquals(List.of(), leaks(data.resolve("report.html")));
    }

    @Test
    void theWaveListShowsTheLabelAsTheOutputsDo() {
        Run list = Run.in(data, "wave", "list");
        assertEquals(0, list.code(), list.err());
        assertEquals(List.of(), leaks("wave list", list.out()));
        assertTrue(list.out().contains("[name] pilot"), list.out());
    }

    @Test
    void aWaveCodeOrLabelNamingSomeoneIsRefusedAndNothingChanges(@TempDir Path fresh) {
        try (Store store = Store.open(DatabaseUrl.defaultFor(fresh))) {
            new ReportFixture(store).member("Siân ap Rhys", "social_worker");
        }
        Run label = Run.in(fresh, "wave", "open", "--accept-placeholders", "y3", "--label", "+3 years (Sian pilot)", "--invited", "40");
        assertEquals(2, label.code(), label.err());
        assertTrue(label.err().startsWith("error: the wave label names someone on the registers"), label.err());
        assertTrue(label.err().contains("'+3 years ([name] pilot)'"), label.err());
        Run code = Run.in(fresh, "wave", "open", "--accept-placeholders", "sian-ap-rhys", "--label", "+3 years", "--invited", "40");
        assertEquals(2, code.code(), code.err());
        assertTrue(code.err().startsWith("error: the wave code 'sian-ap-rhys' names someone"), code.err());
        Run contact = Run.in(fresh, "wave", "open", "--accept-placeholders", "y3", "--label", "ring 07700 900123", "--invited", "40");
        assertEquals(2, contact.code(), contact.err());
        assertTrue(Run.in(fresh, "wave", "list").out().contains("No waves yet"), "nothing was opened");
        assertEquals(0, Run.in(fresh, "wave", "open", "--accept-placeholders", "y3", "--label", "+3 years (May 2024)", "--invited", "40").code(),
                "an everyday label opens");
    }

    /** The pseudonyms after "Team [name]": one per group renamed. */
    static Set<String> groupsRenamed(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("Team \\[name] \\((g_[0-9a-f]+)\\)").matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    static List<String> leaks(Path path) throws Exception {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(path)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                found.addAll(leaks(f.getFileName().toString(), new String(Files.readAllBytes(f), StandardCharsets.UTF_8)));
            }
        }
        return found;
    }

    static List<String> leaks(String where, String text) {
        // Pseudonyms are random hex and the temporary folder random digits: "07700" may turn up by chance.
        String folded = folded(text).replaceAll("\\b[rmg]_[0-9a-f]{12,16}\\b", "")
                .replace(folded(data.toAbsolutePath().toString()), "");   // import scripts name their folder
        return FORBIDDEN.stream().filter(folded::contains).map(bad -> where + ": " + bad).toList();
    }

    static String folded(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
