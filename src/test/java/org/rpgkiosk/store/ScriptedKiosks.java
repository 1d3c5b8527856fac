package org.rpgkiosk.store;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rpgkiosk.attendance.RosterParser;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.tui.ScriptedKiosk;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;

/** Starts {@link ScriptedKiosk} processes and checks a database against what they said they committed. */
final class ScriptedKiosks {
    private static final Pattern ANSWER_LINE = Pattern.compile("A ([0-9a-f-]{36}) (\\d+) ([1-4-])");
    private static final Pattern SUBMIT_LINE = Pattern.compile("S ([0-9a-f-]{36})");

    private ScriptedKiosks() {}

    static final int MEMBERS_PER_GROUP = 6;

    /**
     * The default questionnaire, an evaluator PIN, wave y1 open, and one group per kiosk
     * ("Group 1".."Group n", six members each) whose sessions that kiosk records.
     */
    static void prepare(DatabaseUrl url, int groups) {
        try (Store store = Store.open(url)) {
            store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "t");
            store.pins().save(StaffRole.EVALUATOR, new PinHasher(1_000).hash("2468"));
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            store.waves().open("y1", "+1 year", 2000, qid, LocalDate.now());
            if (groups == 0) return;
            StringBuilder csv = new StringBuilder(String.join(",", RosterParser.HEADER)).append('\n');
            for (int g = 1; g <= groups; g++) {
                for (int m = 1; m <= MEMBERS_PER_GROUP; m++) {
                    csv.append("Group ").append(g).append(",Test Person ").append(g).append('-').append(m)
                            .append(",social_worker,no,Social workers,internal\n");
                }
            }
            var roles = store.roster().roles().stream().map(r -> r.code()).collect(java.util.stream.Collectors.toSet());
            store.roster().importRoster(RosterParser.parse("roster", csv.toString(), roles), LocalDate.now().minusYears(1));
        }
    }

    static void prepare(DatabaseUrl url) {
        prepare(url, 0);
    }

    /** A running kiosk process and every line it has printed so far. */
    record Kiosk(Process process, List<String> lines, CompletableFuture<Void> reader) {
        void awaitReady() throws Exception {
            long end = System.currentTimeMillis() + 120_000;
            while (!lines.contains("ready")) {
                if (!process.isAlive() && !lines.contains("ready")) throw new AssertionError("kiosk died: " + lines);
                if (System.currentTimeMillis() > end) throw new AssertionError("kiosk never ready");
                Thread.sleep(20);   // bounded wait for a child JVM to start
            }
        }

        /** One line to the child's stdin, flushed, so it is there the moment this returns. */
        void send(String line) throws java.io.IOException {
            process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }
    }

    static Kiosk start(DatabaseUrl url, int responses, long seed) throws Exception {
        return start(url, responses, seed, "");
    }

    /** With a group name, the kiosk also records a session of that group every 25 responses. */
    static Kiosk start(DatabaseUrl url, int responses, long seed, String group) throws Exception {
        return start(ScriptedKiosk.class, List.of(), "scripted-kiosk.err", url.url(), url.user(), url.password(),
                String.valueOf(responses), String.valueOf(seed), group);
    }

    /** A child JVM running MAIN on the test class path, its stderr appended to target/ERR_FILE. */
    static Kiosk start(Class<?> main, List<String> jvmOptions, String errFile, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(Path.of("target", errFile).toFile())).start();
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) lines.add(line);
            } catch (java.io.IOException e) {
                // the process was killed mid-line
            }
        });
        return new Kiosk(p, lines, reader);
    }

    /**
     * Every answer and submission a kiosk reported is stored as reported; every submitted response
     * is whole (17 statements and 3 open questions reached). Returns the number of reported answers.
     */
    static int check(Store store, List<String> lines) {
        List<String> codes = store.dsl().select(ITEM.CODE).from(ITEM).where(ITEM.KIND.eq("agreement"))
                .orderBy(ITEM.VERSION_ID, ITEM.POSITION).fetch(ITEM.CODE).subList(0, 17);
        int checked = 0;
        for (String line : new ArrayList<>(lines)) {
            Matcher a = ANSWER_LINE.matcher(line);
            if (a.matches()) {
                UUID id = UUID.fromString(a.group(1));
                String code = codes.get(Integer.parseInt(a.group(2)) - 1);
                var row = store.dsl().select(ANSWER.POINTS).from(ANSWER).join(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                        .where(ANSWER.RESPONSE_ID.eq(id).and(ITEM.CODE.eq(code))).fetchOne();
                assertTrue(row != null, "lost: " + line);
                Short expected = a.group(3).equals("-") ? null : Short.valueOf(a.group(3));
                assertEquals(expected, row.value1(), line);
                checked++;
            }
            Matcher s = SUBMIT_LINE.matcher(line);
            if (s.matches()) {
                assertEquals("submitted", store.dsl().select(RESPONSE.STATUS).from(RESPONSE)
                        .where(RESPONSE.ID.eq(UUID.fromString(s.group(1)))).fetchOne(RESPONSE.STATUS), line);
            }
        }
        Map<UUID, Integer> answersPerSubmitted = store.dsl().select(RESPONSE.ID, org.jooq.impl.DSL.count(ANSWER.ITEM_ID))
                .from(RESPONSE).leftJoin(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID))
                .where(RESPONSE.STATUS.eq("submitted")).groupBy(RESPONSE.ID)
                .fetchMap(RESPONSE.ID, org.jooq.impl.DSL.count(ANSWER.ITEM_ID));
        answersPerSubmitted.forEach((id, n) -> assertEquals(20, n, "a submitted response is whole: " + id));
        return checked;
    }
}
