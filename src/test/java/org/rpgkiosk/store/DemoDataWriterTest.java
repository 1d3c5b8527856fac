package org.rpgkiosk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import org.jooq.impl.DSL;
import org.rpgkiosk.demo.DemoData;
import org.rpgkiosk.store.DemoDataWriter.Summary;
import static org.rpgkiosk.store.generated.Tables.ANSWER;
import static org.rpgkiosk.store.generated.Tables.ATTENDANCE;
import static org.rpgkiosk.store.generated.Tables.GROUP_SESSION;
import static org.rpgkiosk.store.generated.Tables.ITEM;
import static org.rpgkiosk.store.generated.Tables.MEMBERSHIP;
import static org.rpgkiosk.store.generated.Tables.RESPONSE;
import static org.rpgkiosk.store.generated.Tables.WAVE;

/** Runs on H2 and on PostgreSQL, like every storage test. */
@ParameterizedClass
@EnumSource(TestDatabases.class)
class DemoDataWriterTest {
    @Parameter TestDatabases db;
    @TempDir Path dir;

    /** A digest of every response and answer by content (ids of items by code), independent of row order. */
    static String checksum(Store store) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        store.dsl().select(RESPONSE.ID, WAVE.CODE, RESPONSE.ROLE_CODE, RESPONSE.STATUS, RESPONSE.SUBMITTED_ON,
                        ITEM.CODE, ANSWER.POINTS, ANSWER.ANSWER_TEXT, ANSWER.WAVE_ID.eq(RESPONSE.WAVE_ID),
                        ANSWER.ROLE_CODE.isNotDistinctFrom(RESPONSE.ROLE_CODE), ANSWER.SUBMITTED)
                .from(RESPONSE).join(WAVE).on(WAVE.ID.eq(RESPONSE.WAVE_ID))
                .leftJoin(ANSWER).on(ANSWER.RESPONSE_ID.eq(RESPONSE.ID)).leftJoin(ITEM).on(ITEM.ID.eq(ANSWER.ITEM_ID))
                .orderBy(RESPONSE.ID, ITEM.CODE)
                .forEach(r -> sha.update((r.formatCSV(false) + "\n").getBytes(StandardCharsets.UTF_8)));
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Summary fill(Store store, long seed, int responses) {
        DemoDataWriter writer = store.demoData();
        StoredQuestionnaire q = writer.questionnaire();
        return writer.write(DemoData.generate(seed, responses, q.questionnaire()), q);
    }

    @Test
    void theSameSeedWritesTheSameDataAndReplacesWhatWasThere() throws Exception {
        Summary first;
        String firstSum;
        try (Store a = Store.open(db.fresh(dir.resolve("a")))) {
            assertTrue(a.demoData().held().empty());
            first = fill(a, 9, 400);
            firstSum = checksum(a);
            assertEquals(new DemoDataWriter.Held(first.submitted(), 400, 2, 12), a.demoData().held());

            fill(a, 10, 150);
            assertEquals(150, a.dsl().fetchCount(RESPONSE), "a second fill replaces the first");
            assertNotEquals(firstSum, checksum(a));
            assertEquals(first, fill(a, 9, 400));
            assertEquals(firstSum, checksum(a));
        }
        try (Store b = Store.open(db.fresh(dir.resolve("b")))) {
            assertEquals(first, fill(b, 9, 400));
            assertEquals(firstSum, checksum(b));
        }
        assertEquals(12, first.groups());
        assertEquals(144, first.sessions());
        assertEquals(400, first.submitted() + first.inProgress() + first.abandoned());
        assertTrue(first.abandoned() > 0 && first.inProgress() > 0);
        assertTrue(first.answers() > 400 * 15, "answers " + first.answers());
    }

    @Test
    void whatIsWrittenHoldsTogether() {
        try (Store store = Store.open(db.fresh(dir))) {
            fill(store, 2, 120);
            assertEquals(0, store.dsl().fetchCount(ATTENDANCE.join(GROUP_SESSION).on(GROUP_SESSION.ID.eq(ATTENDANCE.SESSION_ID))
                    .leftJoin(MEMBERSHIP).on(MEMBERSHIP.MEMBER_ID.eq(ATTENDANCE.MEMBER_ID)
                            .and(MEMBERSHIP.GROUP_ID.eq(GROUP_SESSION.GROUP_ID))
                            .and(RosterRepository.memberOn(GROUP_SESSION.HELD_ON)))
                    .where(MEMBERSHIP.ID.isNull())), "every mark is for a member of the group on the day");
            assertTrue(store.dsl().fetchCount(MEMBERSHIP, MEMBERSHIP.ENDED_ON.isNotNull()) > 0, "some left half way");
            assertEquals(0, store.dsl().fetchCount(ANSWER.join(RESPONSE).on(RESPONSE.ID.eq(ANSWER.RESPONSE_ID))
                    .where(ANSWER.SUBMITTED.ne(DSL.field(RESPONSE.STATUS.eq("submitted"))))),
                    "every answer is flagged submitted as its response is");
            assertTrue(store.dsl().fetchCount(ANSWER, ANSWER.SUBMITTED.isTrue()) > 0);
            assertEquals(1, store.dsl().fetchCount(WAVE, WAVE.IS_OPEN.isTrue()));
            assertFalse(store.attendance().open(store.attendance().groups().get(0),
                    org.rpgkiosk.demo.DemoRoster.START.plusDays(40)).entries().isEmpty());
            var register = store.attendance().recorded(store.attendance().groups().get(0),
                    store.dsl().select(GROUP_SESSION.HELD_ON).from(GROUP_SESSION)
                            .where(GROUP_SESSION.GROUP_ID.eq(store.attendance().groups().get(0).id()))
                            .limit(1).fetchSingle().value1()).orElseThrow();
            assertEquals(java.util.List.of(), register.problems(), "a demo session reopens as a complete register");
        }
    }
}
