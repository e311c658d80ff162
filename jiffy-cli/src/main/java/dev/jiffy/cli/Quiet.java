package dev.jiffy.cli;

import picocli.CommandLine.Option;

/** {@code -q}: a command that reports what it did prints nothing but errors (no report, no progress bar). */
final class Quiet {
    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    /** Whether {@code -q} was given. */
    boolean on() {
        return quiet;
    }
}
