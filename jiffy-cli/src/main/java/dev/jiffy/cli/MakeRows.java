package dev.jiffy.cli;

import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobRenderer;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.GifFileName;
import dev.jiffy.render.RenderResult;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Job-list rows made as {@code jiffy make} makes them: each row becomes make's command line (its columns as long
 * options) and is parsed by make itself, so a row's {@code from}, {@code width} or {@code max-size} means exactly
 * what the option means, with the same checks and messages. Relative inputs are read from the job list's folder.
 *
 * <p>Also the {@link JobRenderer} service ({@link JobRenderer#load()}) for front ends outside this module, such as the
 * Spark job: one class gives a row its meaning everywhere, so a row makes the same bytes in {@code jiffy make},
 * {@code jiffy batch} and on a cluster.
 */
public final class MakeRows implements JobRenderer {
    /** Columns a row may not set: the batch decides where GIFs go and what is printed. */
    private static final Set<String> BATCH_OWNED = Set.of("output", "o", "quiet", "q", "help", "h", "version", "V");
    private static final Set<String> YES = Set.of("true", "yes", "1");
    private static final Set<String> NO = Set.of("false", "no", "0");

    private final Path base;

    /** Rows whose relative inputs are read from the current folder: the service's form. */
    public MakeRows() {
        this(Path.of(""));
    }

    /** Rows of a job list in {@code base}. */
    MakeRows(Path base) {
        this.base = base;
    }

    @Override
    public void check(Job job) {
        Path input = input(job);
        if (!Files.exists(input)) {
            throw new IllegalArgumentException("input " + input + " does not exist");
        }
        GifFileName.require(Path.of(job.output()));
        parse(job, Path.of(job.output()));
    }

    @Override
    public Prepared prepare(Job job, Path gif) {
        MakeCommand make = parse(job, gif);
        Clip source = make.open();
        try {
            MakeCommand.Shaped clip = make.shape(source, make.export(RenderListener.SILENT));
            return new Prepared() {
                @Override
                public Size frameSize() {
                    return clip.clip().size();
                }

                @Override
                public RenderResult render(RenderListener listener) {
                    PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
                    return make.write(clip, make.export(listener), gif, nowhere, nowhere);
                }

                @Override
                public void close() {
                    MakeCommand.close(source);
                }
            };
        } catch (RuntimeException e) {
            MakeCommand.close(source);
            throw e;
        }
    }

    private Path input(Job job) {
        return base.resolve(job.input());
    }

    /** The row as make's command line, parsed by make. */
    private MakeCommand parse(Job job, Path gif) {
        MakeCommand make = new MakeCommand();
        CommandLine cli = Jiffy.parser(make);
        List<String> args = new ArrayList<>(List.of(input(job).toString(), "--output=" + gif, "--quiet"));
        for (Map.Entry<String, String> e : job.options().entrySet()) {
            args.addAll(option(cli, e.getKey(), e.getValue()));
        }
        try {
            cli.parseArgs(args.toArray(String[]::new));
        } catch (CommandLine.ParameterException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        return make;
    }

    private static List<String> option(CommandLine cli, String column, String value) {
        if (BATCH_OWNED.contains(column)) {
            throw new IllegalArgumentException("column " + column + " is jiffy batch's to "
                    + "set (GIFs go to --out, as each row's output names them)");
        }
        OptionSpec option = column.length() > 1 ? cli.getCommandSpec().findOption("--" + column) : null;
        if (option == null) {
            throw new IllegalArgumentException("there is no option '" + column + "' in "
                    + "jiffy make; columns are its long option names, e.g. from, to, width, fps, quality, max-size");
        }
        if (!option.typeInfo().isBoolean()) {
            return List.of("--" + column + "=" + value);
        }
        String v = value.toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return List.of("--" + column);
        }
        if (NO.contains(v)) {
            return List.of();
        }
        throw new IllegalArgumentException(column + " is '" + value + "'; use true or "
                + "false (or leave it blank)");
    }
}
