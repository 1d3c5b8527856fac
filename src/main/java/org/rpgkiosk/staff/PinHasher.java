package org.rpgkiosk.staff;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted PBKDF2-HMAC-SHA256 for staff PINs, stored as
 * {@code pbkdf2-sha256$iterations$salt$hash} (Base64) so the cost can rise later without
 * invalidating PINs already set. A PIN has few possible values, so the work factor is what
 * makes a stolen database file slow to search; at the kiosk, wrong tries are also throttled.
 */
public final class PinHasher {
    public static final int DEFAULT_ITERATIONS = 210_000;
    private static final String PREFIX = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int HASH_BITS = 256;

    private final int iterations;
    private final SecureRandom random = new SecureRandom();

    public PinHasher() {
        this(DEFAULT_ITERATIONS);
    }

    /** A lower count is for tests only. */
    public PinHasher(int iterations) {
        if (iterations < 1) throw new IllegalArgumentException("iterations must be positive");
        this.iterations = iterations;
    }

    /** Why a PIN is not acceptable, or empty when it is. */
    public static Optional<String> weakness(String pin) {
        if (!pin.matches("[0-9]{4,12}")) {
            return Optional.of("a PIN is 4 to 12 digits");
        }
        if (pin.chars().distinct().count() == 1) {
            return Optional.of("a PIN of one repeated digit is too easy to guess");
        }
        if ("01234567890".contains(pin) || "98765432109".contains(pin)) {
            return Optional.of("a PIN of consecutive digits is too easy to guess");
        }
        return Optional.empty();
    }

    public String hash(String pin) {
        byte[] salt = new byte[SALT_BYTES];
        random.nextBytes(salt);
        byte[] hash = derive(pin, salt, iterations);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return PREFIX + "$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** True when {@code pin} is the one {@code stored} was made from; false for any malformed hash. */
    public static boolean verify(String pin, String stored) {
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) return false;
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(expected, derive(pin, salt, iterations));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Which of the stored hashes the PIN opens, each derived on its own thread: a PIN is tried
     * against both roles' hashes, and the kiosk runs on the quick compiler, where one derivation
     * of {@link #DEFAULT_ITERATIONS} takes about 0.45 s on this project's two-core machines; one
     * after the other (and once more to see whether it also opens the other role) the check took
     * 0.9-3.7 s. Side by side it takes one derivation's time.
     */
    public static <K> java.util.Map<K, Boolean> opens(String pin, java.util.Map<K, String> stored) {
        var checks = new java.util.LinkedHashMap<K, java.util.concurrent.CompletableFuture<Boolean>>();
        stored.forEach((key, hash) -> checks.put(key, java.util.concurrent.CompletableFuture.supplyAsync(
                () -> verify(pin, hash), CHECKS)));
        var opened = new java.util.LinkedHashMap<K, Boolean>();
        checks.forEach((key, check) -> opened.put(key, check.join()));
        return opened;
    }

    /** Daemon threads for {@link #opens}, so a check never keeps the program from ending. */
    private static final java.util.concurrent.Executor CHECKS = java.util.concurrent.Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "pin-check");
        t.setDaemon(true);
        return t;
    });

    private static byte[] derive(String pin, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(pin.toCharArray(), salt, iterations, HASH_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            spec.clearPassword();
        }
    }
}
