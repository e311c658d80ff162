package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.GifFileClip;
import dev.jiffy.clip.ImageSequenceClip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.FitResult;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.ByteSize;
import dev.jiffy.render.GifFileName;
import dev.jiffy.render.GifRenderer;
import dev.jiffy.render.RenderResult;
import dev.jiffy.render.SizeFitException;
import dev.jiffy.time.FrameSchedule;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code jiffy make INPUT -o OUT.gif ...}: an excerpt of a video as an animated GIF. */
@Command(name = "make", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make an animated GIF from an excerpt of a video.",
        footer = {"", "Example: jiffy make samples/bunny.webm --from 4.6 --to 5.4 --scale 0.3 -o use_your_head.gif"})
final class MakeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The video file (any format FFmpeg reads), a GIF "
            + "(made smaller, keeping each frame's delay and its transparency), or a folder of PNG/JPEG frames (taken "
            + "in natural name order; needs --fps).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT.gif",
            description = "The GIF to write; - writes it to standard output (messages go to standard error).")
    Path output;

    @Mixin
    ClipOptions clipOptions;

    @Mixin
    BackgroundOptions backgroundOptions;

    @Mixin
    LoopOptions loopOptions;

    @Mixin
    TextOptions textOptions;

    @Option(names = "--fps", paramLabel = "N", converter = Converters.Positive.class,
            description = "Frames per second of the GIF. Default: the video's (at most 50); a GIF input keeps each "
                    + "frame's own delay.")
    Double fps;

    @Option(names = "--loop", paramLabel = "N", converter = Converters.LoopCount.class,
            description = "How many times the GIF plays: 0 = forever, else 1-" + GifOptions.MAX_LOOP_COUNT
                    + " plays. Default: 0, or a GIF input's own count.")
    Integer loop;

    @Mixin
    EncodingOptions encodingOptions;

    @Mixin
    SizeTarget sizeTarget;

    @Mixin
    FindLoopOption findLoop;

    @Mixin
    Quiet quiet;

    @Mixin
    Console console;

    @ParentCommand
    Jiffy jiffy;

    @Override
    public Integer call() {
        if (output.toString().isEmpty()) {
            throw new IllegalArgumentException("--output is empty: give the GIF's file name, e.g. -o out.gif");
        }
        refuseOverwritingInput();   // before the name check: "it is the input" is the more useful thing to hear
        if (!StdoutGif.isStdout(output)) {
            GifFileName.require(output);
            return make(output, console.out());
        }
        try (StdoutGif stdout = StdoutGif.create()) {
            // Standard output carries the GIF, so the report goes to standard error.
            make(stdout.file(), console.err());
            stdout.sendTo(jiffy.stdout);
        }
        return Jiffy.OK;
    }

    private int make(Path gif, PrintWriter out) {
        PrintWriter err = console.err();
        // "/" has no file name: AtomicFile says it is a folder
        String label = output.getFileName() != null ? output.getFileName().toString() : output.toString();
        Clip source = open();
        try {
            GifExport export = export(new ProgressBar(err, ProgressBar.wanted(quiet.on()), label));
            Shaped shaped = shape(source, export);
            if (!quiet.on()) {
                shaped.loop().ifPresent(found -> out.println(FindLoopOption.describe(found)));
            }
            write(shaped, export, gif, out, err);
        } finally {
            close(source);
        }
        return Jiffy.OK;
    }

    /** Closes what {@link #open} opened: a video holds its decoder; frames and a GIF hold nothing to close. */
    static void close(Clip source) {
        if (source instanceof VideoFileClip video) {
            video.close();
        }
    }

    /**
     * INPUT as a clip: a folder of frames, a GIF (whose loop count becomes the default for --loop), or a video. A
     * video is open until closed.
     */
    Clip open() {
        if (Files.isDirectory(input)) {
            return openFrames();
        }
        if (GifFileClip.isGif(input)) {
            GifFileClip gif = GifFileClip.open(input);
            if (loop == null) {
                loop = gif.loopCount();
            }
            return gif;
        }
        return VideoFileClip.open(input);
    }

    /** How the GIF is written, as the options say, with progress and the cancel flag going to {@code listener}. */
    GifExport export(RenderListener listener) {
        GifExport export = GifExport.defaults().withLoop(loop == null ? 0 : loop).withListener(listener);
        export = export.withGif(encodingOptions.apply(export.gif()));
        return fps == null ? export : export.withFps(fps);
    }

    /** INPUT, a folder of frames, as a clip (at --fps, which a folder needs). */
    Clip openFrames() {
        if (fps == null) {
            ImageSequenceClip.imagesIn(input);   // a folder without pictures is bad input, whatever the options
            throw new IllegalArgumentException("--fps is needed when INPUT is a folder of images (" + input
                    + "), e.g. --fps 15");
        }
        return ImageSequenceClip.of(input, fps);
    }

    /** {@code video} cut, shaped, looped and captioned as the options say, and the times to write it at. */
    Shaped shape(Clip video, GifExport export) {
        Excerpt excerpt = clipOptions.excerpt(video);
        Optional<LoopCandidate> loopFound = Optional.empty();
        if (findLoop.isSet()) {
            LoopCandidate best = findLoop.find(excerpt, export.listener());
            excerpt = excerpt.withTimes(best.from(), best.to());
            loopFound = Optional.of(best);
        }
        Clip clip = backgroundOptions.apply(excerpt.clip(), excerpt, export.listener());
        clip = loopOptions.apply(clip);
        clip = textOptions.apply(clip);
        MemoryCheck.require(clip.size(), Runtime.getRuntime().maxMemory());
        return new Shaped(clip, ownTimes(video, excerpt), loopFound);
    }

    /**
     * A GIF input's own frame times, cut and sped up as the excerpt is, when nothing asks for other times: no --fps,
     * no size target (which may lower the rate), no boomerang or crossfade (which make new times).
     */
    private Optional<FrameSchedule> ownTimes(Clip video, Excerpt excerpt) {
        if (!(video instanceof GifFileClip gif) || fps != null || sizeTarget.isSet() || loopOptions.retimes()) {
            return Optional.empty();
        }
        return Optional.of(gif.frameTimes().excerpt(excerpt.from(), excerpt.to(), excerpt.speed()));
    }

    /**
     * A clip ready to write, and the times to write it at when they are its own rather than a rate's.
     *
     * @param clip  the shaped clip
     * @param times the input GIF's frame times, or empty to sample at the export's rate or the clip's
     * @param loop  the loop --find-loop chose, if asked
     */
    record Shaped(Clip clip, Optional<FrameSchedule> times, Optional<LoopCandidate> loop) {
    }

    /** Writes {@code shaped} to {@code gif} (under --max-size if given), saying what was written unless quiet. */
    RenderResult write(Shaped shaped, GifExport export, Path gif, PrintWriter out, PrintWriter err) {
        Clip clip = shaped.clip();
        if (sizeTarget.isSet()) {
            FitProgress progress = new FitProgress(err, ProgressBar.wanted(quiet.on()), export.listener());
            FitResult fit;
            try {
                fit = sizeTarget.fit(encodingOptions).withListener(progress).write(clip, gif,
                        export.withListener(progress));
            } catch (SizeFitException e) {
                throw new JiffyException("cannot fit under " + e.limit() + ": the smallest try (" + e.smallest()
                        + ") is still too big; make the excerpt shorter (--duration) or smaller (--width), or allow "
                        + "more (--max-size)", e);
            }
            if (!quiet.on()) {
                out.println(fit.describe(destination(gif)) + saving(fit.result()));
            }
            return fit.result();
        }
        RenderResult result = shaped.times().isPresent()
                ? GifRenderer.render(clip, shaped.times().get(), GifFileName.require(gif),
                        export.withListener(namingFps(shaped.times().get(), export.listener())))
                : clip.writeGif(gif, export);
        if (!quiet.on()) {
            out.println(result.describe(destination(gif)) + saving(result));
        }
        return result;
    }

    /**
     * {@code listener}, with the schedule's own warning (frames too short for browsers; the library says "a frame
     * rate") ending in the option that gives one.
     */
    private static RenderListener namingFps(FrameSchedule times, RenderListener listener) {
        Optional<String> own = times.warning();
        if (own.isEmpty()) {
            return listener;
        }
        return new RenderListener() {
            @Override
            public void progress(int done, int total) {
                listener.progress(done, total);
            }

            @Override
            public void warning(String message) {
                listener.warning(message.equals(own.get()) ? message + " (--fps " + Sampling.MAX_FPS + ")" : message);
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
    }

    /** What the report calls where {@code gif} goes: its name, or, for {@code -o -}, standard output. */
    private String destination(Path gif) {
        return StdoutGif.isStdout(output) ? "to standard output" : gif.toString();
    }

    /** ", 20.6 % smaller than a.gif" when the input is a GIF: what making it again saved (or cost). */
    private String saving(RenderResult result) {
        if (!GifFileClip.isGif(input) || result.bytes() < 0) {
            return "";
        }
        long before;
        try {
            before = Files.size(input);
        } catch (IOException e) {
            return "";
        }
        double change = 100.0 * (before - result.bytes()) / before;
        return String.format(Locale.ROOT, ", %.1f %% %s than %s (%s)", Math.abs(change),
                change >= 0 ? "smaller" : "bigger", input.getFileName(), ByteSize.of(before));
    }

    private void refuseOverwritingInput() {
        try {
            if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
                Path suggestion = withExtension(input, ".gif");
                if (suggestion.getFileName().equals(input.getFileName())) {
                    suggestion = withExtension(input, "-jiffy.gif"); // the input is a GIF already
                }
                throw new OutputException("the output " + output + " is the input; choose another name, e.g. "
                        + suggestion);
            }
        } catch (IOException e) {
            // Whatever made isSameFile fail will be reported properly when the file is opened or written.
        }
    }

    private static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
