package org.rpgkiosk.cli;

import java.util.concurrent.Callable;
import org.rpgkiosk.Main;
import org.rpgkiosk.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = "Run the participant kiosk on this terminal (the default when no command is given).")
public final class KioskCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        return runKiosk(Commands.root(spec));
    }

    public int runKiosk(Main main) {
        throw new UserError("the kiosk screens are not built yet");
    }
}
