package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.MediaTooLargeException;
import dev.jiffy.clip.GifFileClip;
import dev.jiffy.source.MediaSources;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code jiffy} command: subcommands for making GIFs, probing videos and running the demo. */
@Command(name = "jiffy", mixinStandardHelpOptions = true, versionProvider = Jiffy.Version.class,
        description = "Make animated GIFs from video files.",
        footer = {"",
                "Tab completion in bash and zsh: source <(jiffy generate-completion)",
                "Exit codes: 0 ok, 1 failure (bad media, unwritable output), 2 usage error."})
public final class Jiffy implements Runnable {
    static final int OK = 0;
    static final int FAILURE = 1;
    static final int USAGE = 2;
    /** Commands whose work starts by opening a video (unless given frames or a GIF). */
    private static final Set<String> OPEN_VIDEOS = Set.of("make", "batch", "probe", "frame");

    @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "Print stack traces of errors (for bug reports).")
    boolean debug;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard output as bytes, for {@code -o -}; the PrintWriter out carries text. */
    final OutputStream stdout;

    private Jiffy(OutputStream stdout) {
        this.stdout = stdout;
    }

    /**
     * The {@code jiffy} command; exits with 0 (ok), 1 (failure: bad media, unwritable output) or 2 (usage error).
     *
     * @param args the command line, e.g. {@code make in.mp4 -o out.gif}
     */
    public static void main(String[] args) {
        if (mayOpenVideo(args)) {
            // FFmpeg's libraries (0.2-0.4 s of one core) load on the other core while picocli reads the command line
            // (0.2-0.4 s): until the first frame the start-up ran on one thread (bench/HISTORY.md, "Speed against the
            // decode floor", branch speed6)
            MediaSources.prepareInBackground();
        }
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Whether {@code args} (not yet parsed) may open a video, so that FFmpeg is worth loading ahead: a command of
     * {@link #OPEN_VIDEOS}, but not {@code make} of a folder of frames or a GIF, which never open one (loading it
     * cost them 0.3 s of CPU). The input cannot be told from the other arguments before parsing, so {@code make}
     * counts as opening a video unless an argument names a folder or a GIF and none names any other file (an output
     * GIF that exists, a font, a background image: whichever is the input, FFmpeg is loaded, as before).
     */
    static boolean mayOpenVideo(String... args) {
        if (args.length == 0 || !OPEN_VIDEOS.contains(args[0])) {
            return false;
        }
        if (!args[0].equals("make")) {
            return true;
        }
        boolean framesOrGif = false;
        for (int i = 1; i < args.length; i++) {
            Path path;
            try {
                path = Path.of(args[i]);
            } catch (InvalidPathException e) {
                continue;
            }
            if (Files.isDirectory(path) || GifFileClip.isGif(path)) {
                framesOrGif = true;
            } else if (Files.isRegularFile(path)) {
                return true;
            }
        }
        return !framesOrGif;
    }

    /**
     * Runs the command line in-process; used by main and by tests. A GIF written with {@code -o -} goes to
     * {@code System.out}.
     *
     * @param args the command line without the program name
     * @param out  where reports and help go
     * @param err  where errors, warnings and progress go
     * @return the exit code: 0 ok, 1 failure, 2 usage error
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, System.out);
    }

    /** As {@link #run(String[], PrintWriter, PrintWriter)}, with the stream {@code -o -} writes the GIF to. */
    static int run(String[] args, PrintWriter out, PrintWriter err, OutputStream stdout) {
        CommandLine cli = commandLine(out, err, stdout, args);
        try {
            return cli.execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only Exceptions to the handler: an Error would end in a stack trace
            err.println("jiffy: " + oneLine(messageOf(e)));
            err.flush();
            return FAILURE;
        }
    }

    /**
     * The command line that runs {@code args}, with the subcommands they can reach: only the one named first, as
     * picocli then hands every later argument to it (picocli's model of {@code make} alone took 0.45-0.57 s to build,
     * of all eleven 0.59-0.66 s, in-process at load 10: bench/HISTORY.md, "Speed against the decode floor", branch
     * startup); all of them when the first argument is an option or a mistyped name (to suggest the nearest),
     * {@code help} or {@code generate-completion}, or when there are no arguments.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String... args) {
        return commandLine(out, err, System.out, args);
    }

    private static CommandLine commandLine(PrintWriter out, PrintWriter err, OutputStream stdout, String... args) {
        CommandLine root = new CommandLine(new Jiffy(stdout));
        Subcommands.reachedBy(args).forEach(root::addSubcommand);
        CommandLine cli = readAsJiffyDoes(root);
        // --version on every subcommand (their mixinStandardHelpOptions adds the option, this gives it something to say).
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        // jiffy run PROGRAM.java --flag: options after the program are the program's, not run's.
        Optional.ofNullable(cli.getSubcommands().get("run")).ifPresent(run -> run.setStopAtPositional(true));
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
        cli.setParameterExceptionHandler((e, unparsed) -> {
            PrintWriter w = e.getCommandLine().getErr();
            // one line, like every other error: what was wrong, and where the options are listed
            w.println("jiffy: " + oneLine(e.getMessage()) + didYouMean(e) + " (see '"
                    + e.getCommandLine().getCommandSpec().qualifiedName() + " --help')");
            w.flush();
            return USAGE;
        });
        return cli;
    }

    /**
     * A command line for {@code command} and its subcommands, parsed as every Jiffy command is: enum values
     * ({@code --dither ordered}, {@code --bg-method seed}) in any case, as the rest of the options are read.
     */
    static CommandLine parser(Object command) {
        return readAsJiffyDoes(new CommandLine(command));
    }

    /** {@code cli} and the subcommands it has so far set to read as {@link #parser} says. */
    private static CommandLine readAsJiffyDoes(CommandLine cli) {
        return cli.setCaseInsensitiveEnumValuesAllowed(true);
    }

    /**
     * The subcommands, in a class of their own so that loading them and reading their names waits until FFmpeg has
     * begun loading ({@link #main}): as a static field of {@code Jiffy} (initialised before main) it held that back
     * by 0.15 s (class-load log, load 8-10).
     */
    private static final class Subcommands {
        /** By name, in the order {@code jiffy --help} lists them. */
        private static final Map<String, Class<?>> BY_NAME = byName(MakeCommand.class, BatchCommand.class,
                ProbeCommand.class, DemoCommand.class, FontsCommand.class, PreviewCommand.class, StudioCommand.class,
                FrameCommand.class, RunCommand.class, CommandLine.HelpCommand.class,
                AutoComplete.GenerateCompletion.class);
        /** Commands that need the model of every other: help lists or describes them, completion covers them all. */
        private static final Set<String> NEED_ALL = Set.of("help", "generate-completion");

        static Collection<Class<?>> reachedBy(String... args) {
            if (args.length > 0 && !NEED_ALL.contains(args[0]) && BY_NAME.containsKey(args[0])) {
                return List.of(BY_NAME.get(args[0]));
            }
            return BY_NAME.values();
        }

        private static Map<String, Class<?>> byName(Class<?>... commands) {
            Map<String, Class<?>> byName = new LinkedHashMap<>();
            for (Class<?> command : commands) {
                byName.put(command.getAnnotation(Command.class).name(), command);
            }
            return Collections.unmodifiableMap(byName);
        }
    }

    /** "; did you mean --width?" for a mistyped option or subcommand, as git and gifski users expect. */
    private static String didYouMean(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getSuggestions().isEmpty()) {
            return "; did you mean " + String.join(" or ", u.getSuggestions().subList(0, Math.min(3,
                    u.getSuggestions().size()))) + "?";
        }
        return "";
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
        if (e instanceof MediaTooLargeException large) {
            return large.getMessage() + ": give Java more (JAVA_OPTS=-Xmx" + MemoryCheck.heapOption(large.heapNeeded())
                    + ")";
        }
        if (e instanceof JiffyException || e instanceof IllegalArgumentException) {
            return e.getMessage();
        }
        if (e instanceof OutOfMemoryError) {
            // twice what it had, not a fixed size: a fixed -Xmx2g was advised to a run that already had 4 GB
            long heap = Runtime.getRuntime().maxMemory();
            return "out of memory (Java may use " + heap / (1 << 20) + " MB): try a smaller size (--width) or a"
                    + " shorter excerpt, or give Java more (JAVA_OPTS=-Xmx" + MemoryCheck.heapOption(2 * heap) + ")";
        }
        return "unexpected error: " + e + " (run again with --debug for details and please report it)";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** "jiffy 0.1.0-SNAPSHOT": the artifact's version, written into version.properties by the build. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Jiffy.class.getResourceAsStream("version.properties")) {
                if (in == null) {
                    throw new IOException("version.properties is missing from Jiffy's jar: the build did not run");
                }
                p.load(in);
            }
            return new String[] {"jiffy " + p.getProperty("version")};
        }
    }
}
