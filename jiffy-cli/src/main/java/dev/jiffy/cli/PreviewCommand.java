package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.Dither;
import dev.jiffy.preview.Display;
import dev.jiffy.preview.NoDisplayException;
import dev.jiffy.preview.Preview;
import dev.jiffy.preview.PreviewListener;
import dev.jiffy.preview.VideoMapping;
import dev.jiffy.render.GifExport;
import dev.jiffy.time.Times;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiffy preview INPUT ...}: plays the excerpt {@code make} would write, in a window. */
@Command(name = "preview", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Play an excerpt in a window, looping, with the same options as make.",
            "Space pauses, the arrow keys step, the slider scrubs. Click a pixel to print its position and colour; "
                    + "drag a rectangle to print its --crop. Tick \"As GIF\" (or press G) to see the GIF's colours."},
        footer = {"", "Example: jiffy preview samples/bunny.webm --from 4.6 --to 5.4 --scale 0.3 --colors 64"})
final class PreviewCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The video file (any format FFmpeg reads).")
    Path input;

    @Mixin
    ClipOptions clipOptions;

    @Option(names = "--fps", paramLabel = "N", converter = Converters.Positive.class,
            description = "Frames per second, as the GIF would have. Default: the video's (at most 50).")
    Double fps;

    @Option(names = "--fuzz", paramLabel = "PERCENT", defaultValue = "0",
            description = "As for make (0-100 %%); checked here, but a single frame's view does not show it.")
    double fuzz;

    @Option(names = "--colors", paramLabel = "N", defaultValue = "256",
            description = "Most colours per frame in the \"As GIF\" view, 2-256. Default: ${DEFAULT-VALUE}.")
    int colors;

    /** The view is made by the encoder with make's default options: their dither unless another is given. */
    @Option(names = "--dither", paramLabel = "KIND", description = "Dithering in the \"As GIF\" view: "
            + "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}, as make's at its default quality.")
    Dither dither = GifExport.defaults().gif().dither();

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        GifExport export = GifExport.defaults().withFuzz(fuzz).withColors(colors).withDither(dither);
        if (fps != null) {
            export = export.withFps(fps);
        }
        try {
            Display.require(); // before decoding anything
            try (VideoFileClip video = VideoFileClip.open(input)) {
                Excerpt excerpt = clipOptions.excerpt(video);
                Clip clip = excerpt.clip();
                out.println("Previewing " + input + ": " + clip.size() + ", " + Times.format(clip.duration())
                        + ". Click a pixel or drag a crop; close the window to finish.");
                out.flush();
                Preview.show(clip, export, PreviewListener.printing(line -> {
                    out.println(line);
                    out.flush();
                }, VideoMapping.of(excerpt)));
            }
        } catch (NoDisplayException e) {
            throw new JiffyException("no display: the preview needs a graphical session (" + e.reason()
                    + "); export frames with jiffy frame " + input + " --at T -o frame.png", e);
        }
        return Jiffy.OK;
    }
}
