package org.rpgkiosk.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DayTest {
    @Test
    void isoAndTheUksDayFirstAreBothDays() {
        LocalDate day = LocalDate.of(2026, 11, 20);
        assertEquals(Optional.of(day), Day.parse("2026-11-20"));
        assertEquals(Optional.of(day), Day.parse(" 20/11/2026 "));
        assertEquals(Optional.of(day), Day.parse("20.11.2026"));
        assertEquals(Optional.of(LocalDate.of(2026, 4, 3)), Day.parse("3/4/2026"), "3 April, day first");
    }

    @Test
    void aDayThatDoesNotExistOrAShortYearIsNoDay() {
        assertEquals(Optional.empty(), Day.parse("31/02/2026"));
        assertEquals(Optional.empty(), Day.parse("03/04/26"), "a two-digit year is not guessed at");
        assertEquals(Optional.empty(), Day.parse("11/20/2026"), "month first is no month 20");
        assertEquals(Optional.empty(), Day.parse("yesterday"));
        assertEquals(Optional.empty(), Day.parse(null));
        assertEquals("31/02/2026 is not a day that exists: check the day and the month", Day.whyNot("31/02/2026"));
        assertEquals("11/20/2026 is not a day that exists: check the day and the month", Day.whyNot("11/20/2026"));
        assertTrue(Day.whyNot("03/04/26").startsWith("write the date as YYYY-MM-DD or DD/MM/YYYY"));
    }
}
