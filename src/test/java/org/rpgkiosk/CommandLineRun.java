package org.rpgkiosk;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** Runs one command line against a data directory, as a script would, capturing what it prints. */
public record CommandLineRun(int code, String out, String err) {

    public static CommandLineRun in(Path dataDir, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = dataDir.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), all);
        return new CommandLineRun(code, out.toString(), err.toString());
    }
}
