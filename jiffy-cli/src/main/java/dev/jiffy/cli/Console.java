package dev.jiffy.cli;

import java.io.PrintWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * Where a command prints: the standard output and error its command line was given ({@link Jiffy#run} passes them, so
 * tests read what a command printed). Mixed into every command, so none holds its own {@code CommandSpec} for this.
 */
@Command   // picocli takes a class as a mixin only if it is annotated, and this one holds no option
final class Console {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    /** Reports and help. */
    PrintWriter out() {
        return command.commandLine().getOut();
    }

    /** Errors, warnings and progress. */
    PrintWriter err() {
        return command.commandLine().getErr();
    }
}
