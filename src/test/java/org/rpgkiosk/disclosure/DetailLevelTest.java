package org.rpgkiosk.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.disclosure.DetailLevel.Choice;
import org.rpgkiosk.disclosure.DetailLevel.Dates;
import org.rpgkiosk.disclosure.DetailLevel.Row;

class DetailLevelTest {
    private static List<Row> rows(String group, LocalDate date, int version, int n) {
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < n; i++) rows.add(new Row(group, date, version));
        return rows;
    }

    @Test
    void periodsAreIsoWeeksAndMonths() {
        assertEquals("2026-03-14", Dates.DAY.period(LocalDate.of(2026, 3, 14)));
        assertEquals("2026-W11", Dates.WEEK.period(LocalDate.of(2026, 3, 14)));
        assertEquals("2026-W53", Dates.WEEK.period(LocalDate.of(2027, 1, 1)), "1 January 2027 is in 2026's last ISO week");
        assertEquals("2026-03", Dates.MONTH.period(LocalDate.of(2026, 3, 14)));
        assertEquals("", Dates.WEEK.period(null));
        assertThrows(UserError.class, () -> Dates.parse("hour"));
    }

    @Test
    void theLateSeniorManagerAloneInHerWeekMovesEveryoneToTheMonth() {
        List<Row> rows = new ArrayList<>(rows("social_worker", LocalDate.of(2026, 3, 2), 1, 12));
        rows.addAll(rows("team_manager", LocalDate.of(2026, 3, 3), 1, 5));
        rows.addAll(rows("team_manager", LocalDate.of(2026, 3, 30), 1, 1));     // alone in week 14
        assertEquals(new Choice(Dates.MONTH, true), DetailLevel.choose(rows, Dates.WEEK, 5));
        assertEquals(new Choice(Dates.DAY, true), DetailLevel.choose(rows.subList(0, 17), Dates.DAY, 5));
    }

    @Test
    void aVersionLoadedForTheLastFewIsLeftOutBeforeTheDatesAreAllDropped() {
        List<Row> rows = new ArrayList<>(rows("social_worker", LocalDate.of(2026, 3, 2), 1, 12));
        rows.addAll(rows("social_worker", LocalDate.of(2026, 3, 20), 2, 2));    // the two who answered version 2
        assertEquals(new Choice(Dates.MONTH, false), DetailLevel.choose(rows, Dates.WEEK, 5));
    }

    @Test
    void withNothingSafeEvenTheMonthGoes() {
        List<Row> rows = new ArrayList<>(rows("social_worker", LocalDate.of(2026, 3, 2), 1, 6));
        rows.addAll(rows("social_worker", LocalDate.of(2026, 4, 2), 1, 1));
        assertEquals(new Choice(Dates.NONE, true), DetailLevel.choose(rows, Dates.WEEK, 5));
    }
}
