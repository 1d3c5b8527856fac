package org.rpgkiosk.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rpgkiosk.Main;
import org.rpgkiosk.store.DatabaseUrl;
import org.rpgkiosk.store.H2Server;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "db-server", mixinStandardHelpOptions = true,
        description = {"Serve the embedded database to several kiosk terminals (H2's TCP server).",
            "Leave it running; start each terminal with the --db URL it prints. Ctrl-C stops it."})
public final class DbServerCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", description = "TCP port (default 9092)")
    int port = 9092;

    @Option(names = "--allow-others", description = "accept terminals on other machines too (default: this machine only)")
    boolean allowOthers;

    @Override
    public Integer call() throws InterruptedException {
        Main main = Commands.root(spec);
        try (H2Server server = H2Server.start(main.dataDir(), port, allowOthers)) {
            var out = spec.commandLine().getOut();
            out.println("Serving " + main.dataDir().toAbsolutePath() + " on port " + server.port() + ".");
            out.println("Start each terminal with:");
            out.println("  ./run.sh --db '" + DatabaseUrl.served(server.port()).url() + "'");
            out.println("Backups while it runs: ./run.sh --db '" + DatabaseUrl.served(server.port()).url()
                    + "' backup --out FILE.kbak");
            out.flush();
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(stop::countDown));
            stop.await();
        }
        return 0;
    }
}
