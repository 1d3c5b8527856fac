package org.rpgkiosk;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Whether an outside tool the tests read our files with (R, PSPP, LibreOffice) is installed. */
public final class Installed {
    private Installed() {}

    /** An executable of this name in a folder of PATH. */
    public static boolean onPath(String command) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .anyMatch(dir -> !dir.isEmpty() && Files.isExecutable(Path.of(dir, command)));
    }
}
