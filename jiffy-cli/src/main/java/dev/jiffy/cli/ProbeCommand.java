package dev.jiffy.cli;

import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import dev.jiffy.time.Times;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code jiffy probe INPUT}: what a video file holds. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Show a video's duration, frame rate, size and codec.")
final class ProbeCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "INPUT", description = "The video file.")
    Path input;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter out = console.out();
        try (MediaSource source = MediaSources.open(input)) {
            MediaInfo i = source.info();
            row(out, "file", i.file().toString());
            row(out, "container", i.container());
            row(out, "codec", i.codec());
            row(out, "duration", Times.format(i.duration()));
            row(out, "fps", i.frameRate().toString());
            row(out, "frames", i.frameCount() >= 0 ? Long.toString(i.frameCount()) : "unknown");
            row(out, "size", i.size().toString());
            if (!i.codedSize().equals(i.size())) {
                row(out, "coded size", i.codedSize().toString());
            }
            if (i.rotation() != 0) {
                row(out, "rotation", i.rotation() + "°");
            }
            if (!"1:1".equals(i.sampleAspectRatio())) {
                row(out, "pixel aspect", i.sampleAspectRatio());
            }
        }
        return Jiffy.OK;
    }

    private static void row(PrintWriter out, String name, String value) {
        out.printf("%-12s %s%n", name, value);
    }
}
