package org.rpgkiosk.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import org.rpgkiosk.fault.UserError;
import org.rpgkiosk.staff.PinHasher;
import org.rpgkiosk.staff.StaffRole;
import org.rpgkiosk.store.Store;
import org.rpgkiosk.tasks.SetPin;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "pin", header = "Set the staff PINs.", mixinStandardHelpOptions = true,
        description = "Set the staff PINs that open the kiosk's staff entrance.",
        subcommands = PinCommand.SetCommand.class)
public final class PinCommand {

    @Command(name = "set", header = "Set the facilitator or evaluator PIN.", mixinStandardHelpOptions = true,
            description = {"Set the facilitator or evaluator PIN (4 to 12 digits). On a terminal it asks",
                    "twice without echo; otherwise it reads the PIN from standard input (a second",
                    "line, if given, must repeat it), e.g.",
                    "  printf '2468\\n' | ./run.sh pin set evaluator"})
    static final class SetCommand implements Callable<Integer> {
        @Spec CommandSpec spec;

        @Parameters(paramLabel = "ROLE", description = "facilitator or evaluator")
        String role;

        @Override
        public Integer call() throws IOException {
            StaffRole staffRole = StaffRole.fromCode(role).orElseThrow(() ->
                    new UserError("'" + role + "' is not a staff role: use facilitator or evaluator"));
            String pin = readPinTwice();
            try {
                SetPin.check(pin, null);   // before the store opens: a refusal leaves nothing
                try (Store store = Commands.root(spec).openStore()) {
                    SetPin.run(store, staffRole, pin, null, new PinHasher(), "cli");
                }
            } catch (SetPin.Refused e) {
                throw new UserError(e.getMessage() + "; nothing was changed");
            }
            spec.commandLine().getOut().println("The " + staffRole.code() + " PIN is set.");
            return 0;
        }

        private static String readPinTwice() throws IOException {
            Console console = System.console();
            if (console != null) {
                char[] first = console.readPassword("New PIN: ");
                char[] second = console.readPassword("The same PIN again: ");
                if (first == null || second == null) throw new UserError("no PIN given; nothing was changed");
                if (!new String(first).equals(new String(second))) {
                    throw new UserError("the two PINs differ; nothing was changed");
                }
                return new String(first);
            }
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            String first = in.readLine();
            if (first == null || first.isBlank()) throw new UserError("no PIN on standard input; nothing was changed");
            String second = in.readLine();
            if (second != null && !second.isBlank() && !second.strip().equals(first.strip())) {
                throw new UserError("the two PINs on standard input differ; nothing was changed");
            }
            return first.strip();
        }
    }
}
