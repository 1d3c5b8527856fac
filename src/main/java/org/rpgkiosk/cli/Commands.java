package org.rpgkiosk.cli;

import org.rpgkiosk.Main;
import picocli.CommandLine.Model.CommandSpec;

/** The root command holds the options every command inherits (--db, --data-dir, --debug). */
final class Commands {
    private Commands() {}

    static Main root(CommandSpec spec) {
        return (Main) spec.root().userObject();
    }
}
