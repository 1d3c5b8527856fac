package org.rpgkiosk.scrub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rpgkiosk.scrub.Scrubber.Kind;

class ScrubberTest {
    final Scrubber scrubber = new Scrubber(List.of("Jane Doe", "Will Smith", "May Patel", "Rose O'Brien",
            "Mary-Ann Ng", "J. Li", "Zoë Brown"));
    final Scrubber.Tally tally = new Scrubber.Tally();

    private String scrub(String text) {
        return scrubber.scrub(text, tally);
    }

    @Test
    void emailAddresses() {
        assertEquals("write to [email] or [email].", scrub("write to jane.doe@council.gov.uk or x_y+z@mail.example.org."));
        assertEquals(2, tally.count(Kind.EMAIL));
        assertEquals(0, tally.count(Kind.NAME));
    }

    @ParameterizedTest
    @ValueSource(strings = {"07700 900123", "07700900123", "07700-900-123", "07700 900 123", "+44 7700 900123",
        "+447700900123", "0044 7700 900123", "+44 (0)7700 900123", "020 7946 0958", "(020) 7946 0958",
        "0161 496 0123", "0113-496-0123", "01632 960123", "016977 4567", "0303 123 4567", "+44 20 7946 0958"})
    void ukPhoneNumbersInTheirUsualShapes(String number) {
        assertEquals("call [phone] today", scrub("call " + number + " today"));
        assertEquals(1, tally.count(Kind.PHONE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"in 2019 we had 12 groups", "0800 123 4567", "07700 9001", "£1,200", "£150000",
        "3 sessions of 75 minutes", "Q3 2024", "Covid-19", "level 3", "9.30 to 11", "1:1"})
    void otherNumbersStay(String text) {
        assertEquals(text, scrub(text));
        assertEquals(0, tally.total());
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "0770090012345678", "SW04471", "4471829", "CP-2023-0412", "LAC/778812",
        "sw04471"})
    void referenceNumbers(String ref) {
        assertEquals("ref [reference].", scrub("ref " + ref + "."));
        assertEquals(1, tally.count(Kind.REFERENCE));
    }

    @Test
    void aPhoneNumberFollowedByOtherNumbersGoesAlone() {
        assertEquals("[phone] 12 times", scrub("07700 900123 12 times"));
    }

    @Test
    void nhsNumbersOnlyWhenTheirCheckDigitIsRight() {
        assertTrue(Scrubber.isNhsNumber("9991234578"));
        assertTrue(Scrubber.isNhsNumber("9990000018"));
        assertFalse(Scrubber.isNhsNumber("9991234579"));
        assertFalse(Scrubber.isNhsNumber("9991234560"), "check digit 10 is never valid");
        assertEquals("nhs [nhs_number], [nhs_number] and [nhs_number]",
                scrub("nhs 999 123 4578, 9990000018 and 999-000-0018"));
        assertEquals(3, tally.count(Kind.NHS_NUMBER));
        assertEquals("not 999 123 4579", scrub("not 999 123 4579"));
        assertEquals(3, tally.count(Kind.NHS_NUMBER));
    }

    @ParameterizedTest
    @ValueSource(strings = {"SW1A 1AA", "sw1a 1aa", "M1 1AE", "B33 8TH", "CR2 6XH", "DN55 1PT", "EC1A1BB", "W1A 0AX"})
    void postcodes(String postcode) {
        assertEquals("lives at [postcode].", scrub("lives at " + postcode + "."));
        assertEquals(1, tally.count(Kind.POSTCODE));
    }

    @Test
    void rosterNamesAsWholeWordsInAnyCase() {
        assertEquals("[name] and [name] said [name]'s idea", scrub("Jane and DOE said jane's idea"));
        assertEquals("[name] helped; [name] too", scrub("Mary-Ann Ng helped; mary too"));
        assertEquals("[name] and [name]", scrub("Zoë and ZOË"));
        assertEquals("Janet and Does and Patella stay", scrub("Janet and Does and Patella stay"));
        assertEquals("J and J. stay: one letter is no name", scrub("J and J. stay: one letter is no name"));
        assertEquals("[name] spoke", scrub("Li spoke"));
    }

    @Test
    void everydayWordsThatAreNamesGoOnlyWhenCapitalised() {
        assertEquals("I will come if I may; a rose", scrub("I will come if I may; a rose"));
        assertEquals("Will there be more? May I ask. Hope this helps", scrub("Will there be more? May I ask. Hope this helps"),
                "at a sentence's start any word has a capital");
        assertEquals("[name] said yes. [name] was there. In 2024 [name] joined. In May it rained", scrub(
                "Will said yes. Rose was there. In 2024 May joined. In May it rained"),
                "but a capital word that does something is a person");
        assertEquals("Ask [name] about it. [name]'s idea. In May, last June, [name] said", scrub(
                "Ask Will about it. Will's idea. In May, last June, May said"));
        assertEquals("WILL THERE BE MORE? ask [name]", scrub("WILL THERE BE MORE? ask ROSE"));
        assertEquals("asked [name] about it", scrub("asked will smith about it"), "a full name goes whole in any case");
        assertEquals("[name]'s group", scrub("O'Brien's group"));
    }

    @Test
    void markersAreNotScrubbedAgain() {
        Scrubber odd = new Scrubber(List.of("Email Name"));
        Scrubber.Tally t = new Scrubber.Tally();
        assertEquals("[email] [name]", odd.scrub("a@b.co Email", t));
        assertEquals(1, t.count(Kind.NAME));
    }

    @Test
    void everythingAtOnceAndNothingElseChanged() {
        String text = "Jane Doe (jane.doe@council.gov.uk, 07700 900123) at SW1A 1AA, NHS 999 123 4578: great group!";
        assertEquals("[name] ([email], [phone]) at [postcode], NHS [nhs_number]: great group!", scrub(text));
        assertEquals(5, tally.total());
        assertEquals("", scrub(""));
        assertEquals(null, scrub(null));
    }
}
