package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How close the preview's first {@link SizeEstimate} lands to the GIF it estimates, on every real clip of the shared
 * media folder ({@code jiffy.media}, default {@code ../../shared/media}): two windows of four seconds each, one from a
 * third of the way in (at most 5 s), one from two thirds of the way in (or four seconds before the end, when less is
 * left), at 12 fps, 320 and 480 px wide, at the default quality; and what the estimates cost against the whole
 * encodes (the process's CPU time). Writes
 * {@code target/size-estimate.md}. Run by {@code bench/studio.sh} (it sets {@code jiffy.bench}); it asserts nothing
 * about the error, which is measured here.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class SizeEstimateBenchmark {
    private static final String[] WINDOWS = {"1/3", "2/3"};

    @TempDir
    Path scratch;

    @Test
    void estimateAgainstTheWholeEncode() throws IOException {
        Path media = Path.of(System.getProperty("jiffy.media", "../../shared/media"));
        List<Path> clips;
        try (Stream<Path> files = Files.list(media)) {
            clips = files.filter(f -> f.toString().matches(".*\\.(mp4|webm|mkv|mov)")).sorted().toList();
        }
        assertThat(clips).as("videos in " + media.toAbsolutePath()).isNotEmpty();
        StringBuilder table = new StringBuilder(
                "| clip | window | width | estimate | GIF | error |\n|---|---|---:|---:|---:|---:|\n");
        int[] within = new int[2];
        int[] rows = new int[2];
        long estimateCpu = 0;
        long wholeCpu = 0;
        for (Path file : clips) {
            try (VideoFileClip video = VideoFileClip.open(file)) {
                double duration = video.duration();
                double[] starts = {Math.min(5, duration / 3), Math.max(0, Math.min(duration * 2 / 3, duration - 4))};
                for (int window = 0; window < starts.length; window++) {
                    for (String width : List.of("320", "480")) {
                        Settings settings = Settings.of(Map.of("from", String.valueOf(starts[window]), "to",
                                String.valueOf(Math.min(duration, starts[window] + 4)), "width", width, "fps", "12"));
                        Clip clip = settings.clip(video, RenderListener.SILENT);
                        GifExport export = settings.export(RenderListener.SILENT);
                        long cpu = cpuNanos();
                        long estimate = SizeEstimate.of(clip, export, scratch).orElse(-1);
                        estimateCpu += cpuNanos() - cpu;
                        cpu = cpuNanos();
                        long real = clip.writeGif(scratch.resolve("whole.gif"), export).bytes();
                        wholeCpu += cpuNanos() - cpu;
                        double error = 100.0 * (estimate - real) / real;
                        within[window] += Math.abs(error) <= 15 ? 1 : 0;
                        rows[window]++;
                        table.append(String.format("| %s | %s | %s | %,d | %,d | %+.1f %% |%n", file.getFileName(),
                                WINDOWS[window], width, estimate, real, error));
                    }
                }
            }
        }
        for (int window = 0; window < WINDOWS.length; window++) {
            table.append(String.format("%nWithin 15 %%, window %s: %d of %d.", WINDOWS[window], within[window],
                    rows[window]));
        }
        table.append(String.format("%n%nCPU time (the process's, all threads): estimates %.1f s, whole encodes %.1f s: "
                + "an estimate costs %.0f %% of the GIF it estimates.%n", estimateCpu / 1e9, wholeCpu / 1e9,
                100.0 * estimateCpu / wholeCpu));
        Files.writeString(Path.of("target/size-estimate.md"), table);
        System.out.print(table);
    }

    private static long cpuNanos() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }
}
