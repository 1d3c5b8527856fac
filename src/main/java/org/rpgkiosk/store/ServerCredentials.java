package org.rpgkiosk.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.rpgkiosk.fault.IoReason;
import org.rpgkiosk.fault.UserError;

/**
 * The two passwords of a served data directory, each in an owner-only file beside the database:
 * the admin's ({@code sa}), which never leaves this machine's account and which every embedded
 * open of the directory uses from then on, and the terminals' (user {@code KIOSK}, no admin
 * rights), which a second terminal reads with {@code cat}. 24 random bytes, 32 base64url characters.
 */
public final class ServerCredentials {
    public static final String ADMIN_FILE = "db-admin.secret";
    public static final String KIOSK_FILE = "db-server.password";
    public static final String KIOSK_USER = "KIOSK";

    private ServerCredentials() {}

    /** The admin password stored in the data directory, or null for a directory never served. */
    static String storedAdmin(Path dataDir) {
        Path file = dataDir.resolve(ADMIN_FILE);
        return Files.exists(file) ? read(file) : null;
    }

    /** The admin password, made and stored on first use. */
    static String admin(Path dataDir) {
        return readOrCreate(dataDir.resolve(ADMIN_FILE));
    }

    /** The terminals' password: from the file given, or made and stored in the data directory on first use. */
    static String kiosk(Path dataDir, Path passwordFile) {
        if (passwordFile == null) return readOrCreate(dataDir.resolve(KIOSK_FILE));
        if (!Files.isRegularFile(passwordFile)) throw new UserError("there is no password file " + passwordFile);
        String password = read(passwordFile);
        if (password.length() < 12) {
            throw new UserError("the password in " + passwordFile + " is shorter than 12 characters; use a longer one");
        }
        return password;
    }

    static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String readOrCreate(Path file) {
        if (Files.exists(file)) return read(file);
        DataDirectory.ensure(file.getParent());
        String password = random();
        try {
            // made owner-only before a byte is in it, whatever the umask
            Files.createFile(file, PosixFilePermissions.asFileAttribute(DataDirectory.FILE));
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (FileAlreadyExistsException e) {
            return read(file);
        } catch (UnsupportedOperationException e) {
            write(file, password);
        } catch (IOException e) {
            throw new UserError("cannot write the database password to " + file + ": " + IoReason.of(e), e);
        }
        DataDirectory.ownerOnly(file);
        return password;
    }

    private static void write(Path file, String password) {
        try {
            Files.writeString(file, password + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError("cannot write the database password to " + file + ": " + IoReason.of(e), e);
        }
    }

    private static String read(Path file) {
        try {
            String password = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (password.isEmpty()) throw new UserError("the password file " + file + " is empty");
            return password;
        } catch (IOException e) {
            throw new UserError("cannot read the database password in " + file + ": " + IoReason.of(e), e);
        }
    }
}
