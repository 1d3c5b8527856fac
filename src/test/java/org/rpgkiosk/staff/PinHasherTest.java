package org.rpgkiosk.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class PinHasherTest {
    private final PinHasher hasher = new PinHasher(1_000);

    @Test
    void theRightPinVerifiesAndAWrongOneDoesNot() {
        String stored = hasher.hash("2468");
        assertTrue(PinHasher.verify("2468", stored));
        assertFalse(PinHasher.verify("2469", stored));
        assertFalse(PinHasher.verify("", stored));
    }

    @Test
    void theSaltMakesEveryHashDifferentAndThePinIsNotInIt() {
        String a = hasher.hash("2468");
        String b = hasher.hash("2468");
        assertNotEquals(a, b);
        assertFalse(a.contains("2468"));
        assertTrue(a.startsWith("pbkdf2-sha256$1000$"), a);
    }

    @Test
    void theDefaultCostIsRecordedInTheHash() {
        String stored = new PinHasher().hash("97531");
        assertTrue(stored.startsWith("pbkdf2-sha256$" + PinHasher.DEFAULT_ITERATIONS + "$"), stored);
        assertTrue(PinHasher.verify("97531", stored));
    }

    @Test
    void aMalformedStoredHashNeverVerifies() {
        assertFalse(PinHasher.verify("2468", "plain-2468"));
        assertFalse(PinHasher.verify("2468", "pbkdf2-sha256$x$y$z"));
        assertFalse(PinHasher.verify("2468", "pbkdf2-sha256$1000$!!$!!"));
    }

    @Test
    void weakPinsAreNamed() {
        assertEquals(Optional.of("a PIN is 4 to 12 digits"), PinHasher.weakness("12a4"));
        assertEquals(Optional.of("a PIN is 4 to 12 digits"), PinHasher.weakness("975"));
        assertEquals(Optional.of("a PIN of one repeated digit is too easy to guess"), PinHasher.weakness("0000"));
        assertEquals(Optional.of("a PIN of consecutive digits is too easy to guess"), PinHasher.weakness("1234"));
        assertEquals(Optional.of("a PIN of consecutive digits is too easy to guess"), PinHasher.weakness("9876"));
        assertEquals(Optional.empty(), PinHasher.weakness("2468"));
    }

    /** Issue 32: both roles' hashes checked side by side say which the PIN opens, each its own. */
    @Test
    void opensSaysForEachStoredHashWhetherThePinOpensIt() {
        PinHasher h = new PinHasher(1_000);
        java.util.Map<String, String> stored = new java.util.LinkedHashMap<>();
        stored.put("evaluator", h.hash("2468"));
        stored.put("facilitator", h.hash("1357"));
        stored.put("broken", "not a hash");
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("evaluator", false, "facilitator", true, "broken", false),
                PinHasher.opens("1357", stored));
        org.junit.jupiter.api.Assertions.assertEquals(java.util.Map.of("evaluator", true, "facilitator", false, "broken", false),
                PinHasher.opens("2468", stored));
    }
}
