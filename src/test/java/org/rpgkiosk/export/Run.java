package org.rpgkiosk.export;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.rpgkiosk.Main;

/** One run of {@code export} through the command line, with what it printed. */
record Run(int code, String out, String err) {

    static Run export(Path dataDir, String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
            List<String> all = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "export"));
            all.addAll(List.of(args));
            int code = Main.run(all.toArray(String[]::new));
            return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    static Set<String> listing(Path folder) throws Exception {
        try (Stream<Path> entries = Files.list(folder)) {
            return new HashSet<>(entries.map(p -> p.getFileName().toString()).toList());
        }
    }
}
