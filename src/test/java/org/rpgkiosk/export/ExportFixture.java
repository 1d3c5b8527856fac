package org.rpgkiosk.export;

import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.rpgkiosk.disclosure.Threshold;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.store.StoredQuestionnaire;

/**
 * A small kiosk database for export tests, written straight with jOOQ: the shipped
 * questionnaire, waves y1 (closed) and y3 (open), responses whose roles exercise the small-cell
 * rules, open answers with planted identifiers, a roster of two groups and their register.
 * Response UUIDs rise as submission dates fall, so an export in submission order would show.
 * Everything submitted is released (as a first report would) except two y3 team managers who
 * submitted after it ("late"): held back until three more come or the wave closes.
 */
final class ExportFixture {
    /** Open answers with something to scrub, by the response they belong to, and what must come out. */
    static final Map<String, String[]> PLANTED = Map.of(
            "y1-sw-0", new String[] {"Jane Doe (jane.doe@council.gov.uk, 07700 900123) helped; NHS 999 123 4578; lives at SW1A 1AA.",
                "[name] ([email], [phone]) helped; NHS [nhs_number]; lives at [postcode]."},
            "y1-tm-0", new String[] {"Ask will smith or May about it; Rose said +44 20 7946 0958. I will come if I may.",
                "Ask [name] or [name] about it; [name] said [phone]. I will come if I may."},
            "y3-tm-0", new String[] {"=HYPERLINK(\"http://example.org\")", "=HYPERLINK(\"[url]\")"},
            "y3-tm-1", new String[] {"Line one\r\nLine two, with \"quotes\", a comma and Dr Helen Morris.",
                "Line one\r\nLine two, with \"quotes\", a comma and [name]."},
            "y3-sw-0", new String[] {"Nothing to add; invalid NHS 999 123 4579 stays.",
                "Nothing to add; invalid NHS 999 123 4579 stays."},
            // On no roster: no rule replaces it, so the answer is flagged for review (issue 34).
            "y3-sw-1", new String[] {"Tyrone from the east team kept us going.", "Tyrone from the east team kept us going."});

    /** Strings that must appear in no exported file, in any case. */
    static final List<String> FORBIDDEN = List.of("Doe", "Smith", "Patel", "O'Brien", "Khan", "Ahmed", "Jane",
            "Helen", "Morris", "Priya", "Shah", "Wei", "jane.doe", "@council", "07700", "900123", "7946",
            "9991234578", "999 123 4578", "SW1A", "Will", "May", "Rose", "off sick");

    final Path dataDir;
    final Map<String, UUID> responses = new LinkedHashMap<>();
    final Map<String, String> roles = new LinkedHashMap<>();
    final Map<UUID, List<Short>> points = new LinkedHashMap<>();
    int agreementAnswers;
    /** The open answer of the first abandoned response, a draft. */
    static final String DRAFT = "Half a thought about the pod, then";
    int openAnswers;
    /** Responses, answers and open answers of released responses: what a default export holds. */
    int releasedResponses;
    int releasedAnswers;
    int releasedOpenAnswers;
    private final Set<String> submittedKeys = new HashSet<>();
    private final Set<String> openKeys = new HashSet<>();
    int attendanceRows;
    private int serial;

    private ExportFixture(Path dataDir) {
        this.dataDir = dataDir;
    }

    static ExportFixture build(Path dataDir) {
        return build(dataDir, DatabaseUrl.defaultFor(dataDir));
    }

    static ExportFixture build(Path dataDir, DatabaseUrl url) {
        ExportFixture f = new ExportFixture(dataDir);
        try (Store store = Store.open(url)) {
            store.questionnaires().load(QuestionnaireReader.read(Path.of("db/questionnaires/rpg-outcomes.txt")), "rpg-outcomes.txt");
            int qid = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
            StoredQuestionnaire q = store.questionnaires().latest(qid).orElseThrow();
            int y1 = store.waves().open("y1", "+1 year", 210, qid, LocalDate.of(2023, 1, 2)).id();
            store.waves().close("y1", LocalDate.of(2023, 3, 1));
            int y3 = store.waves().open("y3", "+3 years", 235, qid, LocalDate.of(2025, 1, 2)).id();
            DSLContext dsl = store.dsl();
            f.respond(dsl, q, y1, "y1-sw", "social_worker", 6, "submitted");
            f.respond(dsl, q, y1, "y1-tm", "team_manager", 5, "submitted");
            f.respond(dsl, q, y1, "y1-sm", "senior_manager", 2, "submitted");
            f.respond(dsl, q, y1, "y1-lp", "lead_practitioner", 1, "submitted");
            f.respond(dsl, q, y1, "y1-none", null, 1, "submitted");
            f.respond(dsl, q, y1, "y1-sw-abandoned", "social_worker", 5, "abandoned");
            f.respond(dsl, q, y1, "y1-tm-in-progress", "team_manager", 1, "in_progress");
            f.respond(dsl, q, y3, "y3-tm", "team_manager", 10, "submitted");
            f.respond(dsl, q, y3, "y3-sw", "social_worker", 4, "submitted");
            f.respond(dsl, q, y3, "y3-other", "other", 1, "submitted");
            dsl.update(ANSWER).set(ANSWER.SUBMITTED, true).where(ANSWER.RESPONSE_ID.in(
                    DSL.select(RESPONSE.ID).from(RESPONSE).where(RESPONSE.STATUS.eq("submitted")))).execute();
            store.releases().advance(new Threshold(5));
            f.released(f.responses.size());
            f.respond(dsl, q, y3, "y3-late", "team_manager", 2, "submitted");
            f.roster(dsl);
        }
        return f;
    }

    /** Counts the released among the first {@code upTo} responses written. */
    private void released(int upTo) {
        List<String> keys = new ArrayList<>(responses.keySet()).subList(0, upTo);
        for (String key : keys) {
            if (!submittedKeys.contains(key)) continue;
            releasedResponses++;
            releasedAnswers += points.get(responses.get(key)).size();
            if (openKeys.contains(key)) releasedOpenAnswers++;
        }
    }

    private void respond(DSLContext dsl, StoredQuestionnaire q, int waveId, String label, String role, int n, String status) {
        List<? extends Item> statements = q.questionnaire().agreementItems();
        for (int i = 0; i < n; i++) {
            serial++;
            String key = label + "-" + i;
            UUID id = UUID.fromString(String.format("%08x-0000-4000-8000-%012x", 100_000 - serial, serial));
            responses.put(key, id);
            roles.put(key, role);
            boolean submitted = status.equals("submitted");
            if (submitted) submittedKeys.add(key);
            dsl.insertInto(RESPONSE).set(RESPONSE.ID, id).set(RESPONSE.WAVE_ID, waveId).set(RESPONSE.VERSION_ID, q.versionId())
                    .set(RESPONSE.ROLE_CODE, role).set(RESPONSE.STATUS, status)
                    .set(RESPONSE.SUBMITTED_ON, submitted ? LocalDate.of(2023, 1, 10).plusDays(serial) : null).execute();
            int reached = submitted ? statements.size() : 5;
            List<Short> given = new ArrayList<>();
            for (int s = 0; s < reached; s++) {
                Short p = (s + serial) % 7 == 0 ? null : (short) ((s + serial) % 4 + 1);
                given.add(p);
                dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.ITEM_ID, q.itemId(statements.get(s).code()))
                        .set(ANSWER.WAVE_ID, waveId).set(ANSWER.ROLE_CODE, role)
                        .set(ANSWER.POINTS, p).execute();
                agreementAnswers++;
            }
            points.put(id, given);
            if (status.equals("abandoned") && i == 0) {   // left while typing: the kiosk kept a draft
                dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.WAVE_ID, waveId).set(ANSWER.ROLE_CODE, role)
                        .set(ANSWER.ITEM_ID, q.itemId(q.questionnaire().openItems().get(0).code()))
                        .set(ANSWER.ANSWER_TEXT, DRAFT).set(ANSWER.DRAFT, true).execute();
            }
            String[] planted = PLANTED.get(key);
            String text = planted != null ? planted[0] : submitted && i % 2 == 0 ? "More time to reflect, please." : null;
            if (text != null) {
                dsl.insertInto(ANSWER).set(ANSWER.RESPONSE_ID, id).set(ANSWER.WAVE_ID, waveId).set(ANSWER.ROLE_CODE, role)
                        .set(ANSWER.ITEM_ID, q.itemId(q.questionnaire().openItems().get(0).code()))
                        .set(ANSWER.ANSWER_TEXT, text).execute();
                openAnswers++;
                openKeys.add(key);
            }
        }
    }

    /**
     * Group A, "Pod managers": 7 full-time and 3 part-time team managers and 2 social workers.
     * Group B, "Jane's pod": three members of three roles, and Will Smith of group A visiting.
     */
    private void roster(DSLContext dsl) {
        int a = group(dsl, "Pod managers", "Team and pod managers", "external");
        int b = group(dsl, "Jane's pod", "Social workers", "internal");
        String[][] people = {
            {"Jane Doe", "team_manager", "n"}, {"Will Smith", "team_manager", "n"}, {"May Patel", "team_manager", "n"},
            {"Rose O'Brien", "team_manager", "n"}, {"Tom Baker", "team_manager", "n"}, {"Sara Jones", "team_manager", "n"},
            {"Omar Ali", "team_manager", "n"}, {"Anna Berg", "team_manager", "y"}, {"Lena Frost", "team_manager", "y"},
            {"Kofi Mensah", "team_manager", "y"}, {"Ahmed Khan", "social_worker", "n"}, {"Ruth Evans", "social_worker", "n"},
            {"Priya Shah", "social_worker", "y"}, {"Li Wei", "senior_social_worker", "n"}, {"Dan Cole", "other", "n"}};
        int[] ids = new int[people.length];
        for (int i = 0; i < people.length; i++) {
            ids[i] = dsl.insertInto(MEMBER).set(MEMBER.NAME, people[i][0]).set(MEMBER.ROLE_CODE, people[i][1])
                    .set(MEMBER.PART_TIME, people[i][2].equals("y")).returning(MEMBER.ID).fetchOne().getId();
        }
        for (LocalDate day : List.of(LocalDate.of(2024, 1, 15), LocalDate.of(2024, 2, 12))) {
            int session = session(dsl, a, day, "external", "Dr Helen Morris");
            for (int i = 0; i < 12; i++) {
                String status = i == 3 ? "apologies" : i == 4 ? "absent" : "present";
                attend(dsl, session, ids[i], status, i == 3 ? "workload" : i == 4 ? "leave_sickness" : null,
                        i == 4 ? "Tom is off sick" : null);
            }
        }
        int session = session(dsl, b, LocalDate.of(2024, 1, 20), "internal", null);
        for (int i : new int[] {12, 13, 14, 1}) {
            attend(dsl, session, ids[i], "present", null, null);
        }
    }

    private static int group(DSLContext dsl, String name, String level, String kind) {
        return dsl.insertInto(RP_GROUP).set(RP_GROUP.NAME, name).set(RP_GROUP.LEVEL, level)
                .set(RP_GROUP.FACILITATOR_KIND, kind).set(RP_GROUP.USUAL_MINUTES, 75)
                .returning(RP_GROUP.ID).fetchOne().getId();
    }

    private static int session(DSLContext dsl, int group, LocalDate day, String kind, String facilitator) {
        return dsl.insertInto(GROUP_SESSION).set(GROUP_SESSION.GROUP_ID, group).set(GROUP_SESSION.HELD_ON, day)
                .set(GROUP_SESSION.FACILITATOR_KIND, kind).set(GROUP_SESSION.FACILITATOR_NAME, facilitator)
                .set(GROUP_SESSION.MINUTES, 75).returning(GROUP_SESSION.ID).fetchOne().getId();
    }

    private void attend(DSLContext dsl, int session, int member, String status, String reason, String note) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, session).set(ATTENDANCE.MEMBER_ID, member)
                .set(ATTENDANCE.STATUS, status).set(ATTENDANCE.REASON, reason).set(ATTENDANCE.REASON_NOTE, note).execute();
        attendanceRows++;
    }
}
