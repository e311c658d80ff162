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
 * media folder ({@code jiffy.media}, default {@code ../../shared/media}): four seconds from a third of the way in (at
 * most 5 s), 12 fps, 320 and 480 px wide, at the default quality. Writes {@code target/size-estimate.md}. Run by
 * {@code bench/studio.sh} (it sets {@code jiffy.bench}); it asserts nothing about the error, which is measured here.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class SizeEstimateBenchmark {
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
        StringBuilder table = new StringBuilder("| clip | width | estimate | GIF | error |\n|---|---:|---:|---:|---:|\n");
        int within = 0;
        int rows = 0;
        for (Path file : clips) {
            try (VideoFileClip video = VideoFileClip.open(file)) {
                double from = Math.min(5, video.duration() / 3);
                for (String width : List.of("320", "480")) {
                    Settings settings = Settings.of(Map.of("from", String.valueOf(from), "to",
                            String.valueOf(Math.min(video.duration(), from + 4)), "width", width, "fps", "12"));
                    Clip clip = settings.clip(video, RenderListener.SILENT);
                    GifExport export = settings.export(RenderListener.SILENT);
                    long estimate = SizeEstimate.of(clip, export, scratch).orElse(-1);
                    long real = clip.writeGif(scratch.resolve("whole.gif"), export).bytes();
                    double error = 100.0 * (estimate - real) / real;
                    within += Math.abs(error) <= 15 ? 1 : 0;
                    rows++;
                    table.append(String.format("| %s | %s | %,d | %,d | %+.1f %% |%n", file.getFileName(), width,
                            estimate, real, error));
                }
            }
        }
        table.append(String.format("%nWithin 15 %%: %d of %d.%n", within, rows));
        Files.writeString(Path.of("target/size-estimate.md"), table);
        System.out.print(table);
    }
}
