package org.rpgkiosk.backup;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;
import org.rpgkiosk.fault.UserError;

/**
 * A backup sealed with a passphrase, so that it can travel (a USB stick, a shared drive) and
 * read as noise to anyone without it: AES-256-GCM with a key from PBKDF2-HMAC-SHA256 over a
 * random salt, JDK crypto only. The header (magic, format, iteration count, salt, nonce) is
 * authenticated with the content, so neither can be altered unnoticed; the iteration count is
 * in it so that a later version can raise it and still open older backups. No database here.
 *
 * <pre>"RPGKIOSK-SEALED" 0x00 | format u8 | iterations u32 | salt[16] | nonce[12] | ciphertext+tag[16]</pre>
 */
public final class Sealed {
    public static final int MIN_PASSPHRASE = 10;
    public static final int ITERATIONS = 600_000;
    public static final String REFUSED = "wrong passphrase, or the file is damaged; nothing was changed";

    private static final byte[] MAGIC = "RPGKIOSK-SEALED\0".getBytes(StandardCharsets.US_ASCII);
    private static final int FORMAT = 1;
    private static final int SALT = 16;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER = MAGIC.length + 1 + 4 + SALT + NONCE;
    /** Bounds on a header's count: below is too weak to trust, above would hang on a damaged file. */
    private static final int MIN_ITERATIONS = 10_000;
    private static final int MAX_ITERATIONS = 50_000_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Sealed() {}

    /** Why a passphrase will not do, if it will not. */
    public static Optional<String> weakness(char[] passphrase) {
        if (passphrase == null || passphrase.length < MIN_PASSPHRASE) {
            return Optional.of("a backup passphrase has at least " + MIN_PASSPHRASE + " characters");
        }
        return Optional.empty();
    }

    public static byte[] seal(byte[] plain, char[] passphrase) {
        return seal(plain, passphrase, ITERATIONS);
    }

    /** With a count of one's own (tests use a low one; the header carries it either way). */
    static byte[] seal(byte[] plain, char[] passphrase, int iterations) {
        weakness(passphrase).ifPresent(w -> {
            throw new UserError(w);
        });
        byte[] salt = random(SALT);
        byte[] nonce = random(NONCE);
        ByteBuffer out = ByteBuffer.allocate(HEADER + plain.length + TAG_BITS / 8);
        out.put(MAGIC).put((byte) FORMAT).putInt(iterations).put(salt).put(nonce);
        byte[] header = Arrays.copyOf(out.array(), HEADER);
        try {
            Cipher gcm = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iterations, nonce, header);
            out.put(gcm.doFinal(plain));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM or PBKDF2", e);
        }
        return out.array();
    }

    /** The content, or a {@link UserError} saying only {@link #REFUSED}: a wrong passphrase and a damaged file look alike. */
    public static byte[] open(byte[] sealed, char[] passphrase) {
        if (!isSealed(sealed)) throw new UserError("this is not a sealed kiosk backup");
        if (sealed.length < HEADER + TAG_BITS / 8) throw new UserError(REFUSED);
        ByteBuffer in = ByteBuffer.wrap(sealed);
        in.position(MAGIC.length);
        int format = in.get();
        int iterations = in.getInt();
        if (format != FORMAT || iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) {
            throw new UserError(REFUSED);
        }
        byte[] salt = new byte[SALT];
        byte[] nonce = new byte[NONCE];
        in.get(salt).get(nonce);
        try {
            Cipher gcm = cipher(Cipher.DECRYPT_MODE, passphrase, salt, iterations, nonce, Arrays.copyOf(sealed, HEADER));
            return gcm.doFinal(sealed, HEADER, sealed.length - HEADER);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new UserError(REFUSED, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no AES-GCM or PBKDF2", e);
        }
    }

    /** True when the bytes begin as a sealed backup does (whatever follows). */
    public static boolean isSealed(byte[] bytes) {
        return bytes.length >= MAGIC.length && Arrays.equals(bytes, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
    }

    private static Cipher cipher(int mode, char[] passphrase, byte[] salt, int iterations, byte[] nonce, byte[] header)
            throws GeneralSecurityException {
        PBEKeySpec spec = new PBEKeySpec(passphrase, salt, iterations, 256);
        byte[] key;
        try {
            key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } finally {
            spec.clearPassword();
        }
        Cipher gcm = Cipher.getInstance("AES/GCM/NoPadding");
        gcm.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        Arrays.fill(key, (byte) 0);
        gcm.updateAAD(header);
        return gcm;
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        RANDOM.nextBytes(b);
        return b;
    }
}
