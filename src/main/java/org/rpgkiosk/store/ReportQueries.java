package org.rpgkiosk.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.ReportData;
import org.rpgkiosk.report.ReportData.Answers;
import org.rpgkiosk.report.ReportData.Statement;
import org.rpgkiosk.report.ReportData.WaveReturns;
import org.rpgkiosk.scrub.Labels;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.BLOCK;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.JOB_ROLE;
import static org.rpgkiosk.store.generated.Tables.MEMBER;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.RP_GROUP;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/**
 * The report's reading of the database, in one consistent snapshot: the released responses with
 * their answers to the statements (no id, no text leaves this class), the questionnaire's
 * statements and roles, the waves' returns and the registers. On a million answers the answers
 * cost about one plain GROUP BY pass over the answer table (see {@link #responses}).
 *
 * <p>Only <b>released</b> responses count: submitted, and let out by disclosure/Release (an open
 * wave's in steps of k, a closed wave's all). An abandoned response is someone who walked away
 * (or was timed out) before reviewing and sending; an in-progress one may still change. Their
 * answers are left out of every figure, so each statistic describes returns, the same returns
 * the response rate counts (submitted / invited); how many were abandoned or are in progress is
 * shown per wave beside the rate. Skipped statements (points null) are not answers.
 *
 * <p>A statement is known by its code across questionnaire versions (codes are never reused
 * for a different statement), so a wave answered on version 1 and one on version 2 compare.
 */
public final class ReportQueries {
    /** Rows per round trip on PostgreSQL, which otherwise reads a whole result into memory at once. */
    private static final int FETCH_SIZE = 10_000;
    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReportData read() {
        return ConsistentRead.of(dsl, tx -> new ReportQueries(tx).readAll());
    }

    /**
     * Releases what is due and reads, then hands the data to {@code finish} (which builds and
     * writes the report), all in one transaction: if {@code finish} fails, with a bad argument or
     * an output that cannot be written, nothing was released (issue 35).
     */
    public <T> T readReleasing(org.rpgkiosk.disclosure.Threshold threshold, java.util.function.Function<ReportData, T> finish) {
        return ConsistentRead.of(dsl, tx -> {
            ReleaseRepository.advanceIn(tx, threshold);
            return finish.apply(new ReportQueries(tx).readAll());
        });
    }

    private ReportData readAll() {
        Map<Integer, String> waveCodes = new HashMap<>();
        dsl.select(WAVE.ID, WAVE.CODE).from(WAVE).forEach(r -> waveCodes.put(r.value1(), r.value2()));
        Labels labels = Labelling.of(dsl);   // group names and wave labels leave scrubbed, as in the export
        List<Statement> statements = statements();
        Map<String, String> groupPseudonyms = new HashMap<>();
        List<RegisterMark> marks = attendance(labels, groupPseudonyms);
        return ReportData.of(waves(labels), roles(), statements, responses(statements, waveCodes), marks, groupPseudonyms);
    }

    private List<WaveReturns> waves(Labels labels) {
        return new WaveRepository(dsl).list().stream().map(w -> new WaveReturns(w.code(), labels.text(w.label()), w.invited(),
                w.submitted(), w.inProgress(), w.abandoned())).toList();
    }

    /**
     * Each released response's answers to the statements, by two plain reads: the released
     * responses (wave and role), then their answers (V4 copies the released flag to each answer),
     * streamed and never grouped. Reading the answers row by row costs about what their one
     * GROUP BY pass did (0.96-1.12 s against 0.95-1.01 s for 822 585 answers on H2, measured
     * with JDBC); grouping by response to get the block scores instead cost 1.5-2.4 s. The
     * counts of the statement tables are then summed from these same responses (ReportData.of).
     * A statement is known by code, so every version's item of that code lands in its column.
     */
    private List<Answers> responses(List<Statement> statements, Map<Integer, String> waveCodes) {
        Map<String, Integer> column = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) column.put(statements.get(i).itemCode(), i);
        Map<Integer, Integer> columnOfItem = new HashMap<>();
        dsl.select(ITEM.ID, ITEM.CODE).from(ITEM).where(ITEM.KIND.eq("agreement"))
                .forEach(r -> columnOfItem.put(r.value1(), column.get(r.value2())));
        Map<UUID, Answers> released = new LinkedHashMap<>();
        dsl.select(RESPONSE.ID, RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE).from(RESPONSE).where(RESPONSE.RELEASED.isTrue())
                .forEach(r -> released.put(r.value1(),
                        new Answers(waveCodes.get(r.value2()), r.value3(), new byte[statements.size()])));
        // Read through JDBC's ResultSet: a jOOQ record per answer cost a fifth of the report's time.
        try (ResultSet answers = dsl.select(ANSWER.RESPONSE_ID, ANSWER.ITEM_ID, ANSWER.POINTS).from(ANSWER)
                .where(ANSWER.RELEASED.isTrue().and(ANSWER.POINTS.isNotNull())).fetchSize(FETCH_SIZE).fetchResultSet()) {
            while (answers.next()) {
                Answers response = released.get(answers.getObject(1, UUID.class));
                Integer at = columnOfItem.get(answers.getInt(2));
                // An answer released with its response always finds it; the guard keeps a
                // database changed by hand from stopping the report.
                if (response != null && at != null) response.points()[at] = (byte) answers.getShort(3);
            }
        } catch (SQLException e) {
            throw new DataAccessException("reading the answers for the report", e);
        }
        return List.copyOf(released.values());
    }

    /** Newest version first, so each code keeps its latest wording and place. */
    private List<Statement> statements() {
        Map<String, Statement> byCode = new LinkedHashMap<>();
        Map<String, int[]> place = new HashMap<>();
        for (var r : dsl.select(BLOCK.CODE, BLOCK.TITLE, BLOCK.POSITION, ITEM.CODE, ITEM.WORDING, ITEM.POSITION)
                .from(ITEM).join(BLOCK).on(BLOCK.ID.eq(ITEM.BLOCK_ID))
                .where(ITEM.KIND.eq("agreement"))
                .orderBy(ITEM.VERSION_ID.desc()).fetch()) {
            if (byCode.putIfAbsent(r.value4(), new Statement(r.value1(), r.value2(), r.value4(), r.value5())) == null) {
                place.put(r.value4(), new int[] {r.value3(), r.value6()});
            }
        }
        List<Statement> statements = new ArrayList<>(byCode.values());
        statements.sort(Comparator.comparingInt((Statement s) -> place.get(s.itemCode())[0])
                .thenComparingInt(s -> place.get(s.itemCode())[1]));
        return statements;
    }

    private List<Role> roles() {
        Map<String, Role> byCode = new LinkedHashMap<>();
        Map<String, Integer> position = new HashMap<>();
        for (var r : dsl.select(JOB_ROLE.CODE, JOB_ROLE.LABEL, JOB_ROLE.POSITION).from(JOB_ROLE)
                .orderBy(JOB_ROLE.VERSION_ID.desc()).fetch()) {
            if (byCode.putIfAbsent(r.value1(), new Role(r.value1(), r.value2())) == null) {
                position.put(r.value1(), r.value3());
            }
        }
        return byCode.values().stream().sorted(Comparator.comparing(role -> position.get(role.code()))).toList();
    }

    /**
     * Every mark on the registers: the disclosure rule counts members, so each is one row. A
     * group is known by its name as shown, scrubbed (a changed name carries its pseudonym); its
     * pseudonym alone goes into {@code pseudonymsByName}, for where the rule may not name it.
     */
    private List<RegisterMark> attendance(Labels labels, Map<String, String> pseudonymsByName) {
        Map<Integer, String> groupNames = new HashMap<>();
        dsl.select(RP_GROUP.ID, RP_GROUP.NAME).from(RP_GROUP).forEach(r -> {
            groupNames.put(r.value1(), labels.group(r.value1(), r.value2()));
            pseudonymsByName.put(groupNames.get(r.value1()), labels.groupPseudonym(r.value1()));
        });
        return dsl.select(GROUP_SESSION.ID, GROUP_SESSION.GROUP_ID, GROUP_SESSION.HELD_ON, GROUP_SESSION.FACILITATOR_KIND,
                        MEMBER.ID, MEMBER.ROLE_CODE, MEMBER.PART_TIME, ATTENDANCE.STATUS, ATTENDANCE.REASON)
                .from(ATTENDANCE)
                .join(GROUP_SESSION).on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .where(ExportQueries.releasedSessions())
                .fetch(r -> new RegisterMark(r.value1(), groupNames.get(r.value2()), YearMonth.from(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
