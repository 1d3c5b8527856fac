package org.rpgkiosk.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Run by H2ServerTest as another local account: reads the password file if it can, then tries
 * each login given (user/password pairs). Prints one line per attempt: "read", "unreadable",
 * "connected USER" or "refused USER CODE".
 */
public final class TryLogin {
    public static void main(String[] args) throws Exception {
        try {
            Files.readString(Path.of(args[1]));
            System.out.println("read");
        } catch (java.io.IOException e) {
            System.out.println("unreadable");
        }
        for (int i = 2; i + 1 < args.length; i += 2) {
            try (var c = DriverManager.getConnection(args[0], args[i], args[i + 1])) {
                System.out.println("connected " + args[i]);
            } catch (SQLException e) {
                System.out.println("refused " + args[i] + " " + e.getSQLState());
            }
        }
    }
}
