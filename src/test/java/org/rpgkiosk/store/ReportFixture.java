package org.rpgkiosk.store;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import org.jooq.DSLContext;
import org.rpgkiosk.questionnaire.Item;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * Survey and attendance data written straight into a test database with jOOQ, for the report's
 * tests: the shipped questionnaire, waves (closed), responses with their answers (a submitted one
 * released, as a closed wave's are), and a register.
 */
public final class ReportFixture {
    public static final Path QUESTIONNAIRE = Path.of("db/questionnaires/rpg-outcomes.txt");
    private final DSLContext dsl;
    private final StoredQuestionnaire questionnaire;
    private final int questionnaireId;

    public ReportFixture(Store store) {
        this.dsl = store.dsl();
        store.questionnaires().load(QuestionnaireReader.read(QUESTIONNAIRE), "rpg-outcomes.txt");
        this.questionnaireId = store.questionnaires().idOf("rpg-outcomes").orElseThrow();
        this.questionnaire = store.questionnaires().latest(questionnaireId).orElseThrow();
    }

    public StoredQuestionnaire questionnaire() {
        return questionnaire;
    }

    public int wave(String code, String label, int invited, LocalDate openedOn) {
        return dsl.insertInto(WAVE).set(WAVE.CODE, code).set(WAVE.LABEL, label).set(WAVE.QUESTIONNAIRE_ID, questionnaireId)
                .set(WAVE.IS_OPEN, false).set(WAVE.INVITED, invited).set(WAVE.OPENED_ON, openedOn)
                .set(WAVE.CLOSED_ON, openedOn.plusMonths(1)).returning(WAVE.ID).fetchOne().getId();
    }

    /**
     * One response answering the agreement statements in questionnaire order: points 1..4, or
     * 0 for a statement skipped; statements beyond the points given are not reached.
     */
    public UUID response(int waveId, String role, String status, int... points) {
        UUID id = UUID.randomUUID();
        boolean submitted = status.equals("submitted");
        dsl.insertInto(RESPONSE).set(RESPONSE.ID, id).set(RESPONSE.WAVE_ID, waveId)
                .set(RESPONSE.VERSION_ID, questionnaire.versionId()).set(RESPONSE.ROLE_CODE, role)
                .set(RESPONSE.STATUS, status).set(RESPONSE.RELEASED, submitted)
                .set(RESPONSE.SUBMITTED_ON, submitted ? LocalDate.of(2024, 5, 1) : null).execute();
        var items = questionnaire.questionnaire().agreementItems();
        var insert = dsl.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_ID, ANSWER.WAVE_ID, ANSWER.ROLE_CODE,
                ANSWER.SUBMITTED, ANSWER.RELEASED, ANSWER.POINTS, ANSWER.ANSWER_TEXT);
        for (int i = 0; i < points.length; i++) {
            insert = insert.values(id, questionnaire.itemId(items.get(i).code()), waveId, role, submitted, submitted,
                    points[i] == 0 ? null : (short) points[i], null);
        }
        Item open = questionnaire.questionnaire().openItems().get(0);
        insert.values(id, questionnaire.itemId(open.code()), waveId, role, submitted, submitted, null, "an open answer, not a number")
                .execute();
        return id;
    }

    /** Submitted responses with answers drawn at random, leaning towards {@code lean} (1..4). */
    public void submitted(int waveId, String role, int count, double lean, Random random) {
        int statements = questionnaire.questionnaire().agreementItems().size();
        for (int r = 0; r < count; r++) {
            int[] points = new int[statements];
            for (int i = 0; i < statements; i++) {
                double draw = lean + random.nextGaussian() * 0.9;
                points[i] = random.nextInt(12) == 0 ? 0 : (int) Math.max(1, Math.min(4, Math.round(draw)));
            }
            response(waveId, role, "submitted", points);
        }
    }

    public int group(String name, String facilitatorKind) {
        return dsl.insertInto(RP_GROUP).set(RP_GROUP.NAME, name).set(RP_GROUP.LEVEL, "front line")
                .set(RP_GROUP.FACILITATOR_KIND, facilitatorKind).set(RP_GROUP.USUAL_MINUTES, 75)
                .returning(RP_GROUP.ID).fetchOne().getId();
    }

    public int member(String name, String role) {
        return dsl.insertInto(MEMBER).set(MEMBER.NAME, name).set(MEMBER.ROLE_CODE, role).set(MEMBER.PART_TIME, false)
                .returning(MEMBER.ID).fetchOne().getId();
    }

    public int session(int groupId, LocalDate heldOn, String facilitatorKind) {
        return dsl.insertInto(GROUP_SESSION).set(GROUP_SESSION.GROUP_ID, groupId).set(GROUP_SESSION.HELD_ON, heldOn)
                .set(GROUP_SESSION.FACILITATOR_KIND, facilitatorKind).set(GROUP_SESSION.MINUTES, 75)
                .returning(GROUP_SESSION.ID).fetchOne().getId();
    }

    public void attendance(int sessionId, int memberId, String status, String reason) {
        dsl.insertInto(ATTENDANCE).set(ATTENDANCE.SESSION_ID, sessionId).set(ATTENDANCE.MEMBER_ID, memberId)
                .set(ATTENDANCE.STATUS, status).set(ATTENDANCE.REASON, reason).execute();
    }

    /**
     * Two waves like the evaluation's (y1 "+1 year", y3 "+3 years"), every role at sizes either
     * side of the small-cell threshold, a response without a role, abandoned and in-progress
     * forms, and a register of two groups over three months.
     */
    public void twoWaves() {
        Random random = new Random(20190601);
        int y1 = wave("y1", "+1 year", 210, LocalDate.of(2019, 6, 1));
        int y3 = wave("y3", "+3 years", 235, LocalDate.of(2021, 6, 1));
        Object[][] y1Roles = {{"social_worker", 25, 2.7}, {"team_manager", 6, 2.9}, {"senior_manager", 3, 3.3},
            {"lead_practitioner", 5, 3.2}, {"senior_social_worker", 1, 2.4}, {"other", 1, 2.5}, {null, 1, 2.8}};
        Object[][] y3Roles = {{"social_worker", 38, 3.0}, {"team_manager", 9, 3.0}, {"senior_manager", 6, 3.4},
            {"lead_practitioner", 9, 3.3}, {"senior_social_worker", 7, 2.6}, {"other", 6, 2.9}};
        for (Object[] r : y1Roles) submitted(y1, (String) r[0], (int) r[1], (double) r[2], random);
        for (Object[] r : y3Roles) submitted(y3, (String) r[0], (int) r[1], (double) r[2], random);
        response(y1, "social_worker", "abandoned", 1, 1, 1);
        response(y3, "team_manager", "abandoned", 4);
        response(y3, null, "in_progress", 2, 2);

        String[][] groups = {{"Pod managers", "external"}, {"Social workers east", "internal"}};
        String[] roles = {"social_worker", "social_worker", "senior_social_worker", "team_manager", "social_worker"};
        String[] reasons = {"workload", "emotional_load", "leave_sickness", "training", null};
        for (String[] g : groups) {
            int group = group(g[0], g[1]);
            int[] members = new int[roles.length];
            for (int m = 0; m < roles.length; m++) members[m] = member(g[0] + " member " + m, roles[m]);
            for (int month = 1; month <= 3; month++) {
                int session = session(group, LocalDate.of(2024, month, 10), g[1]);
                for (int m = 0; m < members.length; m++) {
                    int draw = random.nextInt(6);
                    String status = draw < 4 ? "present" : draw == 4 ? "apologies" : "absent";
                    attendance(session, members[m], status, status.equals("present") ? null : reasons[random.nextInt(5)]);
                }
            }
        }
    }
}
