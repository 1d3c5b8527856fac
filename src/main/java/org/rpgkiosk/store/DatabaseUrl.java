package org.rpgkiosk.store;

import java.nio.file.Path;
import org.jooq.SQLDialect;
import org.rpgkiosk.fault.UserError;

/**
 * Where the data live: a JDBC URL and its credentials. The default is an embedded H2 file in
 * the data directory; a {@code jdbc:postgresql:} URL moves the same program onto a server.
 */
public record DatabaseUrl(String url, String user, String password) {

    public static final String FILE_NAME = "kiosk";

    /**
     * One program at a time on the file. (H2's mixed mode, AUTO_SERVER, failed the eight-kiosk test
     * here: processes starting together hit "Lock file recently modified". Several terminals use
     * {@code db-server} instead.) A directory once served has an admin password, in an owner-only
     * file beside the database; one never served keeps H2's "sa" with no password.
     */
    public static DatabaseUrl defaultFor(Path dataDir) {
        String admin = ServerCredentials.storedAdmin(dataDir);
        return new DatabaseUrl("jdbc:h2:file:" + dataDir.toAbsolutePath().resolve(FILE_NAME), "sa", admin == null ? "" : admin);
    }

    /** The URL a terminal uses to reach the data directory served by {@code db-server} on this machine. */
    public static DatabaseUrl served(int port, String kioskPassword) {
        return new DatabaseUrl("jdbc:h2:tcp://localhost:" + port + "/" + FILE_NAME, ServerCredentials.KIOSK_USER, kioskPassword);
    }

    /**
     * A URL given without a user: H2 files are made with user "sa", db-server's terminals log in as
     * KIOSK, PostgreSQL takes the OS user.
     */
    public static DatabaseUrl of(String url, String user, String password) {
        if (url.matches("(?is)jdbc:h2:(mem:|(tcp|ssl)://[^/]*/mem:).*")) {
            // Every answer typed into it would be gone at exit, without a word.
            throw new UserError("--db " + url + " is an in-memory database, lost when the program ends; give a file "
                    + "(jdbc:h2:file:PATH), or for a trial a new data directory (--data-dir $(mktemp -d))");
        }
        String u = user == null || user.isBlank()
                ? (url.startsWith("jdbc:h2:tcp:") ? ServerCredentials.KIOSK_USER : url.startsWith("jdbc:h2:") ? "sa" : "")
                : user;
        return new DatabaseUrl(url, u, password == null ? "" : password);
    }

    public SQLDialect dialect() {
        if (url.startsWith("jdbc:h2:")) return SQLDialect.H2;
        if (url.startsWith("jdbc:postgresql:")) return SQLDialect.POSTGRES;
        throw new UserError("unsupported database URL '" + redacted()
                + "': use jdbc:h2:file:PATH or jdbc:postgresql://HOST/DB");
    }

    public boolean isH2File() {
        return url.startsWith("jdbc:h2:file:") || (url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:h2:mem:")
                && !url.startsWith("jdbc:h2:tcp:") && !url.startsWith("jdbc:h2:ssl:"));
    }

    /** The database file's path without its ".mv.db", from an embedded H2 URL ("~" is the home folder, as for H2). */
    public Path h2Path() {
        String path = url.replaceFirst("^jdbc:h2:(file:)?", "").split(";", 2)[0];
        return Path.of(path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path);
    }

    /** Never the password: a record would print it. */
    @Override
    public String toString() {
        return redacted() + " as " + user;
    }

    /** The URL without any password given inside it, safe for messages and the log. */
    public String redacted() {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
