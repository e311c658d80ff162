package dev.jiffy.cli;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.time.Times;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiffy frame INPUT --at T -o frame.png}: one frame of an excerpt as a picture. */
@Command(name = "frame", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Save one frame of an excerpt as a picture (PNG, or JPEG/BMP by the file name).",
        footer = {"", "Example: jiffy frame samples/bunny.webm --from 4.6 --at 0.5 --scale 0.3 -o frame.png"})
final class FrameCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The video file (any format FFmpeg reads).")
    Path input;

    @Option(names = "--at", paramLabel = "T", defaultValue = "0", converter = Converters.Time.class,
            description = "When, in the excerpt (0 = at --from; after --speed): seconds or m:s; negative counts from "
                    + "the excerpt's end. Default: 0.")
    double at;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FRAME.png",
            description = "The picture to write: .png, .jpg or .bmp.")
    Path output;

    @Mixin
    ClipOptions clipOptions;

    @Mixin
    Quiet quiet;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        requirePictureName(output);
        try (VideoFileClip video = VideoFileClip.open(input)) {
            Clip clip = clipOptions.apply(video);
            double t = at < 0 ? clip.duration() + at : at;
            if (t < 0 || t > clip.duration() + 1e-9) {
                throw new IllegalArgumentException("--at " + Times.format(at) + " is outside the excerpt, which lasts "
                        + Times.format(clip.duration()) + " (--at counts from the excerpt's start)");
            }
            clip.saveFrame(t, output);
            if (!quiet.on()) {
                PrintWriter out = console.out();
                out.println(output + ": " + clip.size() + ", the frame at " + Times.format(t) + " of the excerpt");
            }
        }
        return Jiffy.OK;
    }

    /** Fails before the video is opened when the name does not say which format to write. */
    private static void requirePictureName(Path output) {
        String name = output.getFileName() == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!(name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg") || name.endsWith(".bmp"))) {
            throw new IllegalArgumentException("cannot tell the picture format of " + output
                    + ": use a .png, .jpg or .bmp name, e.g. frame.png");
        }
    }
}
