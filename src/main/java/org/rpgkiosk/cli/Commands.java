package org.rpgkiosk.cli;


import picocli.CommandLine.Model.CommandSpec;

/** The root command holds the options every command inherits (--db, --data-dir, --debug). */
final class Commands {
    private Commands() {}

    static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
