package org.rpgkiosk.store;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.rpgkiosk.attendance.Entry;
import org.rpgkiosk.attendance.Group;
import org.rpgkiosk.attendance.Mark;
import org.rpgkiosk.attendance.Person;
import org.rpgkiosk.attendance.Register;
import org.rpgkiosk.demo.DemoData;
import org.rpgkiosk.demo.DemoRoster;
import org.rpgkiosk.demo.DemoRoster.DemoMark;
import org.rpgkiosk.demo.DemoRoster.DemoSession;
import org.rpgkiosk.demo.DemoSurvey;
import org.rpgkiosk.demo.DemoSurvey.DemoAnswer;
import org.rpgkiosk.demo.DemoSurvey.DemoResponse;
import org.rpgkiosk.demo.DemoSurvey.DemoWave;
import org.rpgkiosk.questionnaire.QuestionnaireReader;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * Writes demo data, replacing any roster, sessions, waves and responses already held (the
 * command refuses to without --force). The roster and sessions go through the same
 * repositories as real ones; responses and answers, which may run to a million rows, go in
 * JDBC batches of a few thousand rows, as fast as hand-written JDBC (measured: the time is H2's).
 * Every submitted demo response is written as released (V4), as if a report had just been made.
 */
public final class DemoDataWriter {
    static final int BATCH_ROWS = 5000;
    static final int ROWS_PER_COMMIT = 100_000;

    private final DSLContext dsl;

    DemoDataWriter(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** What demo data would replace. */
    public record Held(int submitted, int responses, int waves, int groups) {
        public boolean empty() {
            return responses + waves + groups == 0;
        }
    }

    public record Summary(int groups, int members, int sessions, int marks, int present, int waves,
                          int submitted, int inProgress, int abandoned, int answers) {}

    public Held held() {
        return new Held(dsl.fetchCount(RESPONSE, RESPONSE.STATUS.eq("submitted")), dsl.fetchCount(RESPONSE),
                dsl.fetchCount(WAVE), dsl.fetchCount(RP_GROUP));
    }

    /** The newest questionnaire version, after loading the shipped questionnaire if none is loaded. */
    public StoredQuestionnaire questionnaire() {
        QuestionnaireRepository questionnaires = new QuestionnaireRepository(dsl);
        if (!dsl.fetchExists(QUESTIONNAIRE_VERSION)) {
            questionnaires.load(QuestionnaireReader.readShipped(), "rpg-outcomes.txt");
        }
        return questionnaires.read(dsl.select(DSL.max(QUESTIONNAIRE_VERSION.ID)).from(QUESTIONNAIRE_VERSION)
                .fetchSingle().value1());
    }

    /**
     * Replaces the roster, sessions and waves in one transaction, then adds the responses in
     * transactions of about {@link #ROWS_PER_COMMIT} rows, so that H2's undo log stays small
     * however many are asked for. Should it be stopped part way, run it again with --force.
     */
    public Summary write(DemoData data, StoredQuestionnaire q) {
        Map<String, Integer> waveIds = dsl.transactionResult(tx -> {
            DSLContext t = tx.dsl();
            clear(t);
            RosterRepository roster = new RosterRepository(t);
            roster.importRoster(data.roster().roster(), DemoRoster.START);
            roster.importRoster(data.roster().later(), DemoRoster.CHANGE);
            sessions(t, data.roster().sessions());
            return waves(t, q, data.survey());
        });
        Iterator<DemoResponse> responses = data.survey().iterator();
        while (responses.hasNext()) {
            dsl.transaction(tx -> responses(tx.dsl(), responses, waveIds, q));
        }
        return summary();
    }

    private static void clear(DSLContext t) {
        for (var table : List.of(ANSWER, RESPONSE, WAVE, ATTENDANCE, GROUP_SESSION, MEMBERSHIP, MEMBER, RP_GROUP)) {
            t.deleteFrom(table).execute();
        }
    }

    private static void sessions(DSLContext t, List<DemoSession> sessions) {
        AttendanceRepository attendance = new AttendanceRepository(t);
        Map<String, Group> groups = new HashMap<>();
        attendance.groups().forEach(g -> groups.put(g.name(), g));
        Map<String, Person> people = new HashMap<>();
        t.selectFrom(MEMBER).forEach(m -> people.put(m.getName(),
                new Person(m.getId(), m.getName(), m.getRoleCode(), m.getPartTime(), Person.Kind.MEMBER)));
        for (DemoSession s : sessions) {
            List<Entry> entries = new ArrayList<>();
            for (DemoMark m : s.marks()) entries.add(new Entry(people.get(m.name()), m.mark(), m.reason(), m.note()));
            attendance.save(new Register(groups.get(s.group()), s.heldOn(), null, s.kind(), s.facilitatorName(),
                    s.minutes(), entries, List.of(), true), "demo-data");
        }
    }

    private static Map<String, Integer> waves(DSLContext t, StoredQuestionnaire q, DemoSurvey survey) {
        int questionnaireId = t.select(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.ID.eq(q.versionId())).fetchSingle().value1();
        Map<String, Integer> ids = new HashMap<>();
        for (DemoWave w : DemoSurvey.WAVES) {
            ids.put(w.code(), t.insertInto(WAVE).set(WAVE.CODE, w.code()).set(WAVE.LABEL, w.label())
                    .set(WAVE.QUESTIONNAIRE_ID, questionnaireId).set(WAVE.IS_OPEN, w.open()).set(WAVE.INVITED, survey.invited(w))
                    .set(WAVE.OPENED_ON, w.openedOn()).set(WAVE.CLOSED_ON, w.closedOn())
                    .returning(WAVE.ID).fetchSingle().getId());
        }
        return ids;
    }

    /** Writes responses until about {@link #ROWS_PER_COMMIT} answers are written or none are left. */
    private static void responses(DSLContext t, Iterator<DemoResponse> responses, Map<String, Integer> waveIds,
                                  StoredQuestionnaire q) {
        Batches batches = new Batches(t);
        int written = 0;
        while (responses.hasNext() && written < ROWS_PER_COMMIT) {
            DemoResponse r = responses.next();
            batches.responses.bind(r.id(), waveIds.get(r.wave().code()), q.versionId(), r.roleCode(), r.status(),
                    r.submittedOn(), r.submitted());
            batches.responseRows++;
            for (DemoAnswer a : r.answers()) {
                batches.answers.bind(r.id(), q.itemId(a.item().code()), waveIds.get(r.wave().code()), r.roleCode(),
                        r.submitted(), r.submitted(), a.points() == null ? null : a.points().shortValue(), a.text());
                batches.answerRows++;
            }
            written += 1 + r.answers().size();
            if (batches.answerRows >= BATCH_ROWS || batches.responseRows >= BATCH_ROWS) batches.flush();
        }
        batches.flush();
    }

    /** A response batch and an answer batch, flushed together: responses first, as answers refer to them. */
    private static final class Batches {
        private final DSLContext t;
        BatchBindStep responses;
        BatchBindStep answers;
        int responseRows;
        int answerRows;

        Batches(DSLContext t) {
            this.t = t;
            renew();
        }

        void flush() {
            if (responseRows > 0) responses.execute();
            if (answerRows > 0) answers.execute();
            renew();
        }

        private void renew() {
            responses = t.batch(t.insertInto(RESPONSE, RESPONSE.ID, RESPONSE.WAVE_ID, RESPONSE.VERSION_ID, RESPONSE.ROLE_CODE,
                    RESPONSE.STATUS, RESPONSE.SUBMITTED_ON, RESPONSE.RELEASED)
                    .values(null, (Integer) null, null, null, null, null, null));
            answers = t.batch(t.insertInto(ANSWER, ANSWER.RESPONSE_ID, ANSWER.ITEM_ID, ANSWER.WAVE_ID, ANSWER.ROLE_CODE,
                    ANSWER.SUBMITTED, ANSWER.RELEASED, ANSWER.POINTS, ANSWER.ANSWER_TEXT)
                    .values(null, (Integer) null, (Integer) null, null, null, null, null, null));
            responseRows = 0;
            answerRows = 0;
        }
    }

    private Summary summary() {
        Map<String, Integer> byStatus = dsl.select(RESPONSE.STATUS, DSL.count()).from(RESPONSE).groupBy(RESPONSE.STATUS)
                .fetchMap(RESPONSE.STATUS, DSL.count());
        return new Summary(dsl.fetchCount(RP_GROUP), dsl.fetchCount(MEMBER), dsl.fetchCount(GROUP_SESSION),
                dsl.fetchCount(ATTENDANCE), dsl.fetchCount(ATTENDANCE, ATTENDANCE.STATUS.eq(Mark.PRESENT.code())),
                dsl.fetchCount(WAVE), byStatus.getOrDefault("submitted", 0), byStatus.getOrDefault("in_progress", 0),
                byStatus.getOrDefault("abandoned", 0), dsl.fetchCount(ANSWER));
    }
}
