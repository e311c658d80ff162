package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code jiffy} command: subcommands for making GIFs, probing videos and running the demo. */
@Command(name = "jiffy", mixinStandardHelpOptions = true, versionProvider = Jiffy.Version.class,
        description = "Make animated GIFs from video files.",
        subcommands = {MakeCommand.class, ProbeCommand.class, DemoCommand.class, FontsCommand.class,
                PreviewCommand.class, FrameCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Run a Java program with Jiffy on the class path: jiffy run examples/UseYourHead.java",
                "Exit codes: 0 ok, 1 failure (bad media, unwritable output), 2 usage error."})
public final class Jiffy implements Runnable {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line in-process and returns the exit code; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(out, err);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler: an Error would end in a stack trace
            err.println("jiffy: " + oneLine(messageOf(e)));
            err.flush();
            return FAILURE;
        }
    }

    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Jiffy());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(Jiffy::exitCodeOf);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            boolean debug = parseResult.hasMatchedOption("--debug")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--debug"));
            PrintWriter w = commandLine.getErr();
            if (debug) {
                e.printStackTrace(w);
            }
            w.println("jiffy: " + oneLine(messageOf(e)));
            w.flush();
            return exitCodeOf(e);
        });
        cli.setParameterExceptionHandler((e, args) -> {
            PrintWriter w = e.getCommandLine().getErr();
            // one line, like every other error: what was wrong, and where the options are listed
            w.println("jiffy: " + oneLine(e.getMessage()) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            w.flush();
            return USAGE;
        });
        return cli;
    }

    static int exitCodeOf(Throwable e) {
        if (e instanceof IllegalArgumentException || e instanceof CommandLine.ParameterException) {
            return USAGE;
        }
        return FAILURE;
    }

    /**
     * {@code message} with line breaks and other control characters shown as escapes: messages quote what the user
     * typed, and an argument may hold a newline (found by fuzzing the converters), but an error stays one line.
     */
    static String oneLine(String message) {
        StringBuilder b = new StringBuilder(message.length());
        message.codePoints().forEach(c -> {
            if (c == '\n') {
                b.append("\\n");
            } else if (c == '\r') {
                b.append("\\r");
            } else if (c == '\t') {
                b.append("\\t");
            } else if (Character.isISOControl(c) || Character.getType(c) == Character.LINE_SEPARATOR
                    || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
                b.append(String.format("\\u%04X", c));
            } else {
                b.appendCodePoint(c);
            }
        });
        return b.toString();
    }

    private static String messageOf(Throwable e) {
        if (e instanceof JiffyException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            return "out of memory (Java may use " + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB): try a "
                    + "smaller size (--width) or a shorter excerpt, or give Java more (JAVA_OPTS=-Xmx2g)";
        }
        return "unexpected error: " + e + " (run again with --debug for details and please report it)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Jiffy.class.getPackage().getImplementationVersion();
            return new String[] {"jiffy " + (v == null ? "0.1 (development build)" : v)};
        }
    }
}
