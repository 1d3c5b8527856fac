package org.rpgkiosk.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.impl.DSL;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.disclosure.SessionRelease;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.INSTALLATION;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.QUESTIONNAIRE_VERSION;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * The reads behind the evaluators' export. The big ones stream: rows are handed to a consumer
 * one at a time from a cursor with a fetch size, inside one repeatable-read transaction, and on
 * H2 with LAZY_QUERY_EXECUTION (without it H2 builds a whole result before the first row).
 */
public final class ExportQueries {
    private static final int FETCH_SIZE = 1000;

    private final DSLContext dsl;

    ExportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record WaveRef(int id, String code, String label, boolean open) {}

    /** One response as the survey files describe it; {@code released}: see V4 and disclosure/Release. */
    public record ResponseRow(UUID id, int waveId, int versionId, String role, String status, LocalDate submittedOn,
                              boolean released) {}

    public record AttendanceRow(int sessionId, int groupId, String group, String level, String facilitatorKind,
                                LocalDate heldOn, int memberId, String role, boolean partTime, String status) {}

    /** Runs the whole export's reads in one consistent snapshot, streaming on H2. */
    public <T> T inSnapshot(Function<ExportQueries, T> work) {
        return ConsistentRead.of(dsl, tx -> work.apply(new ExportQueries(tx)));
    }

    /** Releases what is due inside this snapshot's transaction: undone if the export fails (issue 35). */
    public void release(org.rpgkiosk.disclosure.Threshold threshold) {
        ReleaseRepository.advanceIn(dsl, threshold);
    }

    public String secretHex() {
        return dsl.fetchSingle(INSTALLATION).getSecretHex();
    }

    /** The waves of these codes (all waves when none are given), in the order they were opened. */
    public List<WaveRef> waves(List<String> codes) {
        List<WaveRef> all = dsl.selectFrom(WAVE).orderBy(WAVE.OPENED_ON, WAVE.ID)
                .fetch(w -> new WaveRef(w.getId(), w.getCode(), w.getLabel(), w.getIsOpen()));
        if (codes.isEmpty()) return all;
        List<String> known = all.stream().map(WaveRef::code).toList();
        for (String code : codes) {
            if (!known.contains(code)) {
                throw new UserError("there is no wave '" + code + "' (waves: "
                        + (known.isEmpty() ? "none yet" : String.join(", ", known)) + ")");
            }
        }
        return all.stream().filter(w -> codes.contains(w.code())).toList();
    }

    /** Every version of the questionnaires these waves use, newest first. */
    public List<Integer> versionIds(List<WaveRef> waves) {
        return dsl.select(QUESTIONNAIRE_VERSION.ID).from(QUESTIONNAIRE_VERSION)
                .where(QUESTIONNAIRE_VERSION.QUESTIONNAIRE_ID.in(
                        DSL.select(WAVE.QUESTIONNAIRE_ID).from(WAVE).where(WAVE.ID.in(ids(waves)))))
                .orderBy(QUESTIONNAIRE_VERSION.ID.desc()).fetch(QUESTIONNAIRE_VERSION.ID);
    }

    /**
     * Every response of these waves, in no particular order: the caller orders them (sorting in
     * SQL made H2 spill the rows to a temporary file, measured at a sixth of a large export).
     */
    public void responses(List<WaveRef> waves, Consumer<ResponseRow> sink) {
        scan(dsl.select(RESPONSE.ID, RESPONSE.WAVE_ID, RESPONSE.VERSION_ID, RESPONSE.ROLE_CODE, RESPONSE.STATUS,
                        RESPONSE.SUBMITTED_ON, RESPONSE.RELEASED).from(RESPONSE).where(RESPONSE.WAVE_ID.in(ids(waves))),
                rs -> sink.accept(new ResponseRow(rs.getObject(1, UUID.class), rs.getInt(2), rs.getInt(3),
                        rs.getString(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getBoolean(7))));
    }

    /**
     * Released responses per role in every wave held, exported or not: the populations of the one
     * grouping of roles that the report uses too (a null role is a response that gave none).
     */
    public List<Map<String, Long>> releasedByRole() {
        Map<Integer, Map<String, Long>> byWave = new TreeMap<>();
        dsl.select(RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE, DSL.count()).from(RESPONSE).where(RESPONSE.RELEASED.isTrue())
                .groupBy(RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE)
                .forEach(r -> byWave.computeIfAbsent(r.value1(), w -> new HashMap<>()).merge(r.value2(), (long) r.value3(), Long::sum));
        return List.copyOf(byWave.values());
    }

    /**
     * Receives one answer: points null when skipped or open, text only for an open question;
     * {@code draft}: an open answer typed but never finished (V5).
     */
    @FunctionalInterface
    public interface AnswerSink {
        void accept(UUID responseId, int itemId, Short points, String text, boolean draft);
    }

    /**
     * Every answer of these waves (each answer carries its response's wave, V2), in whatever
     * order the table holds them: one sequential pass, no index and no sort, which the caller
     * must do (the table's order is the order answers were given).
     */
    public void answers(List<WaveRef> waves, AnswerSink sink) {
        scan(dsl.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_ID, ANSWER.POINTS, ANSWER.ANSWER_TEXT, ANSWER.DRAFT)
                        .from(ANSWER).where(ANSWER.WAVE_ID.in(ids(waves))),
                rs -> {
                    short points = rs.getShort(3);
                    Short pointsOrNull = rs.wasNull() ? null : points;   // wasNull: of the last column read
                    sink.accept(rs.getObject(1, UUID.class), rs.getInt(2), pointsOrNull, rs.getString(4), rs.getBoolean(5));
                });
    }

    private interface RowReader {
        void read(ResultSet row) throws SQLException;
    }

    /**
     * Streams a query's rows through plain JDBC (jOOQ builds the SQL): making a jOOQ record of
     * every row cost about a tenth of a million-answer export.
     */
    private void scan(ResultQuery<?> query, RowReader reader) {
        dsl.connection(c -> {
            try (PreparedStatement statement = c.prepareStatement(query.getSQL())) {
                List<Object> binds = query.getBindValues();
                for (int i = 0; i < binds.size(); i++) statement.setObject(i + 1, binds.get(i));
                statement.setFetchSize(FETCH_SIZE);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) reader.read(rs);
                }
            }
        });
    }

    /** Every name the scrubber must look for: the roster's, and the facilitators' on record. */
    public List<String> peopleNames() {
        return Labelling.peopleNames(dsl);
    }

    /**
     * Every mark on the registers for the disclosure rule, a group known by its id (as text) and
     * a member by number. Held in memory: a register is tens of thousands of marks, not millions.
     */
    public List<RegisterMark> marks() {
        return dsl.select(GROUP_SESSION.ID, GROUP_SESSION.GROUP_ID, GROUP_SESSION.HELD_ON, GROUP_SESSION.FACILITATOR_KIND,
                        MEMBER.ID, MEMBER.ROLE_CODE, MEMBER.PART_TIME, ATTENDANCE.STATUS, ATTENDANCE.REASON)
                .from(ATTENDANCE).join(GROUP_SESSION).on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .where(releasedSessions())
                .fetch(r -> new RegisterMark(r.value1(), Integer.toString(r.value2()), YearMonth.from(r.value3()),
                        r.value4(), r.value5(), r.value6(), r.value7(), r.value8(), r.value9()));
    }

    /**
     * The register, session by session (by date); within a session in no meaningful order. No
     * reasons: they leave only as counts ({@link #marks}).
     */
    public void attendance(Consumer<AttendanceRow> sink) {
        stream(dsl.select(GROUP_SESSION.ID, RP_GROUP.ID, RP_GROUP.NAME, RP_GROUP.LEVEL, GROUP_SESSION.FACILITATOR_KIND,
                                GROUP_SESSION.HELD_ON, MEMBER.ID, MEMBER.ROLE_CODE, MEMBER.PART_TIME,
                                ATTENDANCE.STATUS)
                        .from(ATTENDANCE).join(GROUP_SESSION).on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                        .join(RP_GROUP).on(RP_GROUP.ID.eq(GROUP_SESSION.GROUP_ID))
                        .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                        .where(releasedSessions())
                        .orderBy(GROUP_SESSION.HELD_ON, GROUP_SESSION.ID),
                r -> sink.accept(new AttendanceRow(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9(), r.value10())));
    }

    /** The sessions an output made today may hold ({@link SessionRelease}): those of months ended. */
    static org.jooq.Condition releasedSessions() {
        return GROUP_SESSION.HELD_ON.lt(SessionRelease.releasedBefore(java.time.LocalDate.now()));
    }

    private static <R extends Record> void stream(ResultQuery<R> query, Consumer<R> sink) {
        try (Cursor<R> cursor = query.fetchSize(FETCH_SIZE).fetchLazy()) {
            for (R r : cursor) {
                sink.accept(r);
            }
        }
    }

    private static List<Integer> ids(List<WaveRef> waves) {
        return waves.stream().map(WaveRef::id).toList();
    }
}
