package org.rpgkiosk.store;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.rpgkiosk.disclosure.RegisterMark;
import org.rpgkiosk.questionnaire.Questionnaire.Role;
import org.rpgkiosk.report.ReportData;
import org.rpgkiosk.report.ReportData.AnswerCount;
import org.rpgkiosk.report.ReportData.Respondents;
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
 * The report's reading of the database: aggregates only. The answers are read by ONE query,
 * counts per (item, wave, role, points), which is all the statistics need; on a million
 * answers it costs about one plain GROUP BY pass over the answer table.
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
    private final DSLContext dsl;

    ReportQueries(DSLContext dsl) {
        this.dsl = dsl;
    }

    public ReportData read() {
        Map<Integer, String> waveCodes = new HashMap<>();
        dsl.select(WAVE.ID, WAVE.CODE).from(WAVE).forEach(r -> waveCodes.put(r.value1(), r.value2()));
        Map<Integer, String> itemCodes = new HashMap<>();
        dsl.select(ITEM.ID, ITEM.CODE).from(ITEM).forEach(r -> itemCodes.put(r.value1(), r.value2()));
        Labels labels = Labelling.of(dsl);   // group names and wave labels leave scrubbed, as in the export
        return new ReportData(waves(labels), roles(), statements(), answerCounts(itemCodes, waveCodes),
                respondents(waveCodes), attendance(labels));
    }

    private List<WaveReturns> waves(Labels labels) {
        return new WaveRepository(dsl).list().stream().map(w -> new WaveReturns(w.code(), labels.text(w.label()), w.invited(),
                w.submitted(), w.inProgress(), w.abandoned())).toList();
    }

    /**
     * The one aggregate statement over the answers. Each answer carries its response's wave and
     * role (V2) and whether it was submitted (V3) and released (V4), so the counts are one GROUP BY pass over the
     * answer table alone. Joining every answer to its response instead cost 4-7x the plain pass
     * on H2, and taking the answers of responses not submitted off in a second pass 2x (see
     * BENCHMARKS.md).
     */
    private List<AnswerCount> answerCounts(Map<Integer, String> itemCodes, Map<Integer, String> waveCodes) {
        return dsl.select(ANSWER.ITEM_ID, ANSWER.WAVE_ID, ANSWER.ROLE_CODE, ANSWER.POINTS, DSL.count())
                .from(ANSWER).where(ANSWER.RELEASED.isTrue().and(ANSWER.POINTS.isNotNull()))
                .groupBy(ANSWER.ITEM_ID, ANSWER.WAVE_ID, ANSWER.ROLE_CODE, ANSWER.POINTS)
                .fetch(r -> new AnswerCount(itemCodes.get(r.value1()), waveCodes.get(r.value2()), r.value3(),
                        r.value4(), r.value5()));
    }

    private List<Respondents> respondents(Map<Integer, String> waveCodes) {
        return dsl.select(RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE, DSL.count()).from(RESPONSE)
                .where(RESPONSE.RELEASED.isTrue())
                .groupBy(RESPONSE.WAVE_ID, RESPONSE.ROLE_CODE)
                .fetch(r -> new Respondents(waveCodes.get(r.value1()), r.value2(), r.value3()));
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
     * group is known by its name as shown, scrubbed (a changed name carries its pseudonym).
     */
    private List<RegisterMark> attendance(Labels labels) {
        Map<Integer, String> groupNames = new HashMap<>();
        dsl.select(RP_GROUP.ID, RP_GROUP.NAME).from(RP_GROUP)
                .forEach(r -> groupNames.put(r.value1(), labels.group(r.value1(), r.value2())));
        return dsl.select(GROUP_SESSION.ID, GROUP_SESSION.GROUP_ID, GROUP_SESSION.HELD_ON, GROUP_SESSION.FACILITATOR_KIND,
                        MEMBER.ID, MEMBER.ROLE_CODE, MEMBER.PART_TIME, ATTENDANCE.STATUS, ATTENDANCE.REASON)
                .from(ATTENDANCE)
                .join(GROUP_SESSION).on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                .join(MEMBER).on(MEMBER.ID.eq(ATTENDANCE.MEMBER_ID))
                .fetch(r -> new RegisterMark(r.value1(), groupNames.get(r.value2()), YearMonth.from(r.value3()), r.value4(), r.value5(),
                        r.value6(), r.value7(), r.value8(), r.value9()));
    }
}
