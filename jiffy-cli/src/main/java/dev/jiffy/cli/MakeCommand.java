package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.ImageSequenceClip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.FitResult;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.GifFileName;
import dev.jiffy.render.RenderResult;
import dev.jiffy.render.SizeFitException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code jiffy make INPUT -o OUT.gif ...}: an excerpt of a video as an animated GIF. */
@Command(name = "make", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Make an animated GIF from an excerpt of a video.",
        footer = {"", "Example: jiffy make samples/bunny.webm --from 4.6 --to 5.4 --scale 0.3 -o use_your_head.gif"})
final class MakeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The video file (any format FFmpeg reads), or a "
            + "folder of PNG/JPEG frames (taken in natural name order; needs --fps).")
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
            description = "Frames per second of the GIF. Default: the video's (at most 50).")
    Double fps;

    @Option(names = "--loop", paramLabel = "N", defaultValue = "0",
            description = "How many times the GIF plays: 0 = forever (default).")
    int loop;

    @Mixin
    EncodingOptions encodingOptions;

    @Mixin
    SizeTarget sizeTarget;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing but errors.")
    boolean quiet;

    @Spec
    CommandSpec spec;

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
            return make(output, spec.commandLine().getOut());
        }
        try (StdoutGif stdout = StdoutGif.create()) {
            // Standard output carries the GIF, so the report goes to standard error.
            make(stdout.file(), spec.commandLine().getErr());
            stdout.sendTo(jiffy.stdout);
        }
        return Jiffy.OK;
    }

    private int make(Path gif, PrintWriter out) {
        PrintWriter err = spec.commandLine().getErr();
        // "/" has no file name: AtomicFile says it is a folder
        String label = output.getFileName() != null ? output.getFileName().toString() : output.toString();
        GifExport export = export(new ProgressBar(err, ProgressBar.wanted(quiet), label));
        if (Files.isDirectory(input)) {
            write(shape(openFrames(), export), export, gif, out, err);
        } else {
            try (VideoFileClip video = VideoFileClip.open(input)) {
                write(shape(video, export), export, gif, out, err);
            }
        }
        return Jiffy.OK;
    }

    /** How the GIF is written, as the options say, with progress and the cancel flag going to {@code listener}. */
    GifExport export(RenderListener listener) {
        GifExport export = GifExport.defaults().withLoop(loop).withListener(listener);
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

    /** {@code video} cut, shaped, looped and captioned as the options say. */
    Clip shape(Clip video, GifExport export) {
        Excerpt excerpt = clipOptions.excerpt(video);
        Clip clip = backgroundOptions.apply(excerpt.clip(), excerpt, export.listener());
        clip = loopOptions.apply(clip);
        clip = textOptions.apply(clip);
        MemoryCheck.require(clip.size(), Runtime.getRuntime().maxMemory());
        return clip;
    }

    /** Writes {@code clip} to {@code gif} (under --max-size if given), saying what was written unless quiet. */
    RenderResult write(Clip clip, GifExport export, Path gif, PrintWriter out, PrintWriter err) {
        if (sizeTarget.isSet()) {
            FitProgress progress = new FitProgress(err, ProgressBar.wanted(quiet), export.listener());
            FitResult fit;
            try {
                fit = sizeTarget.fit(encodingOptions).withListener(progress).write(clip, gif,
                        export.withListener(progress));
            } catch (SizeFitException e) {
                throw new JiffyException("cannot fit under " + e.limit() + ": the smallest try (" + e.smallest()
                        + ") is still too big; make the excerpt shorter (--duration) or smaller (--width), or allow "
                        + "more (--max-size)", e);
            }
            if (!quiet) {
                out.println(fit);
            }
            return fit.result();
        }
        RenderResult result = clip.writeGif(gif, export);
        if (!quiet) {
            out.println(result);
        }
        return result;
    }

    private void refuseOverwritingInput() {
        try {
            if (Files.exists(output) && Files.exists(input) && Files.isSameFile(input, output)) {
                Path suggestion = withExtension(input, ".gif");
                if (suggestion.getFileName().equals(input.getFileName())) {
                    suggestion = withExtension(input, "-jiffy.gif"); // the input is a GIF already
                }
                throw new OutputException("the output " + output + " is the input video; choose another name, e.g. "
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
