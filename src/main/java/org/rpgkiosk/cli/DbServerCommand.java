package org.rpgkiosk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

import org.rpgkiosk.store.H2Server;
import org.rpgkiosk.store.ServerCredentials;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "db-server", header = "Serve the database to several kiosk terminals.", mixinStandardHelpOptions = true,
        description = {"Serve the embedded database to several kiosk terminals (H2's TCP server).",
                "Terminals log in as user KIOSK with the password kept in the data directory (or",
                "--password-file); the admin password stays in the data directory's owner-only",
                "db-admin.secret. Leave it running; start each terminal with the command it",
                "prints. Ctrl-C stops it."})
public final class DbServerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default 9092)")
    int port = 9092;

    @Option(names = "--allow-others", description = "accept terminals on other machines too (default: this machine only; "
            + "no TLS: see the README)")
    boolean allowOthers;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "the terminals' password (default: made on first start, kept in DATA/db-server.password)")
    Path passwordFile;

    @Override
    public Integer call() throws InterruptedException {
        // Checked before anything is made: a port out of range once left new secrets behind (issue 35).
        if (port < 1 || port > 65535) {
            throw new org.rpgkiosk.fault.UserError("--port takes a TCP port from 1 to 65535, not " + port + "; nothing was changed");
        }
        RootCommand main = Commands.root(spec);
        try (H2Server server = H2Server.start(main.dataDir(), port, allowOthers, passwordFile)) {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = main.dataDir().toAbsolutePath();
            Path password = passwordFile != null ? passwordFile.toAbsolutePath() : dir.resolve(ServerCredentials.KIOSK_FILE);
            String url = server.kioskUrl().url();
            String login = "KIOSK_DB_PASSWORD=$(cat " + password + ") ./run.sh --db '" + url + "' --db-user "
                    + ServerCredentials.KIOSK_USER;
            out.println("Serving " + dir + " on port " + server.port()
                    + (allowOthers ? " to other machines too." : " to this machine only."));
            out.println("Terminals log in as user " + ServerCredentials.KIOSK_USER + "; the password is in " + password
                    + " (readable by this account only). Start each terminal with:");
            out.println("  " + login);
            out.println("Backups while it runs: " + login + " backup --out FILE.kbak");
            if (allowOthers) {
                out.println();
                out.println("WARNING --allow-others: any machine that can reach port " + server.port()
                        + " and knows the password can read and change every name, attendance mark and answer.");
                out.println("There is no TLS (H2's would need a keystore and certificates the office does not have):");
                out.println("the login (as good as the password) and every answer cross the network unencrypted.");
                out.println("Use it on a trusted office LAN only,");
                out.println("or leave this option off and give each remote terminal an SSH tunnel instead:");
                out.println("  ssh -N -L " + server.port() + ":localhost:" + server.port() + " THIS-PC   (then the same command as above)");
            }
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
