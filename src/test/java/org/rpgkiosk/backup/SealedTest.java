package org.rpgkiosk.backup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rpgkiosk.fault.UserError;

class SealedTest {
    private static final char[] PASS = "correct horse battery".toCharArray();
    private static final int FAST = 10_000;
    private static final byte[] PLAIN = "Siân ap Rhys, secret 0123456789abcdef".getBytes(StandardCharsets.UTF_8);

    @Test
    void whatIsSealedOpensWithItsPassphraseAndShowsNothingOfItsContent() {
        byte[] sealed = Sealed.seal(PLAIN, PASS, FAST);
        assertTrue(Sealed.isSealed(sealed));
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("Rhys"));
        assertArrayEquals(PLAIN, Sealed.open(sealed, PASS));
        assertFalse(java.util.Arrays.equals(sealed, Sealed.seal(PLAIN, PASS, FAST)), "a new salt and nonce each time");
    }

    @Test
    void theDefaultCountIsHighAndTravelsInTheHeader() {
        byte[] sealed = Sealed.seal(new byte[0], PASS);
        assertEquals(Sealed.ITERATIONS, java.nio.ByteBuffer.wrap(sealed, 17, 4).getInt());
        assertEquals(0, Sealed.open(sealed, PASS).length);
    }

    @Test
    void aWrongPassphraseIsRefusedPlainly() {
        byte[] sealed = Sealed.seal(PLAIN, PASS, FAST);
        UserError e = assertThrows(UserError.class, () -> Sealed.open(sealed, "correct horse battery!".toCharArray()));
        assertEquals(Sealed.REFUSED, e.getMessage());
    }

    @Test
    void aFlippedByteAnywhereIsRefused() {
        byte[] sealed = Sealed.seal(PLAIN, PASS, FAST);
        for (int i = 0; i < sealed.length; i++) {
            byte[] damaged = sealed.clone();
            damaged[i] ^= 0x01;
            UserError e = assertThrows(UserError.class, () -> Sealed.open(damaged, PASS), "byte " + i);
            assertTrue(e.getMessage().equals(Sealed.REFUSED) || e.getMessage().startsWith("this is not a sealed"), e.getMessage());
        }
    }

    @Test
    void aRaisedOrLoweredCountAndACutFileAreRefused() {
        byte[] sealed = Sealed.seal(PLAIN, PASS, FAST);
        byte[] lowered = sealed.clone();
        java.nio.ByteBuffer.wrap(lowered).putInt(17, FAST + 1);
        assertEquals(Sealed.REFUSED, assertThrows(UserError.class, () -> Sealed.open(lowered, PASS)).getMessage());
        byte[] huge = sealed.clone();
        java.nio.ByteBuffer.wrap(huge).putInt(17, Integer.MAX_VALUE);
        assertEquals(Sealed.REFUSED, assertThrows(UserError.class, () -> Sealed.open(huge, PASS)).getMessage());
        byte[] cut = java.util.Arrays.copyOf(sealed, sealed.length - 1);
        assertEquals(Sealed.REFUSED, assertThrows(UserError.class, () -> Sealed.open(cut, PASS)).getMessage());
        byte[] stub = java.util.Arrays.copyOf(sealed, 20);
        assertEquals(Sealed.REFUSED, assertThrows(UserError.class, () -> Sealed.open(stub, PASS)).getMessage());
    }

    @Test
    void aShortPassphraseIsRefusedBeforeAnythingIsSealed() {
        UserError e = assertThrows(UserError.class, () -> Sealed.seal(PLAIN, "123456789".toCharArray(), FAST));
        assertTrue(e.getMessage().contains("at least 10 characters"), e.getMessage());
        assertTrue(Sealed.weakness("1234567890".toCharArray()).isEmpty());
    }
}
