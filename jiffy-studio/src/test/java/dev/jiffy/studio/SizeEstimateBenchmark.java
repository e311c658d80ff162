package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How close the preview's size estimates land to the GIF they estimate, on every real clip of the shared media folder
 * ({@code jiffy.media}, default {@code ../../shared/media}): two windows of four seconds each, one from a third of the
 * way in (at most 5 s), one from two thirds of the way in (or four seconds before the end, when less is left), at
 * 12 fps, 320 and 480 px wide, at the default quality. For each: the {@link RunningEstimate} shown while the GIF is
 * written, after 10, 25 and 50 % of its frames, the share of its frames after which it stays within 15 %, and when the
 * first estimate came (share of the encode's wall time). (The estimate from three pieces encoded before the GIF,
 * which this replaced, was measured beside it at commit 790d486.) Writes
 * {@code target/size-estimate.md}. Run by {@code bench/studio.sh} (it sets {@code jiffy.bench}); it asserts nothing
 * about the error, which is measured here.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class SizeEstimateBenchmark {
    private static final String[] WINDOWS = {"1/3", "2/3"};
    /** Shares of the GIF's frames written after which the running estimate is read. */
    private static final double[] SHARES = {0.10, 0.25, 0.50};
    private static final double WITHIN = 15;

    @TempDir
    Path scratch;

    @Test
    void estimatesAgainstTheWholeEncode() throws IOException {
        Path media = Path.of(System.getProperty("jiffy.media", "../../shared/media"));
        List<Path> clips;
        try (Stream<Path> files = Files.list(media)) {
            clips = files.filter(f -> f.toString().matches(".*\\.(mp4|webm|mkv|mov)")).sorted().toList();
        }
        assertThat(clips).as("videos in " + media.toAbsolutePath()).isNotEmpty();
        StringBuilder table = new StringBuilder("| clip | window | width | GIF | estimate after 10 % | 25 % | 50 % "
                + "| within 15 % from | first estimate |\n|---|---|---:|---:|---:|---:|---:|---:|---:|\n");
        int rows = 0;
        int[] runningWithin = new int[SHARES.length];
        List<Double> stays = new ArrayList<>();
        List<Double> firstAt = new ArrayList<>();
        for (Path file : clips) {
            try (VideoFileClip video = VideoFileClip.open(file)) {
                double duration = video.duration();
                double[] starts = {Math.min(5, duration / 3), Math.max(0, Math.min(duration * 2 / 3, duration - 4))};
                for (int window = 0; window < starts.length; window++) {
                    for (String width : List.of("320", "480")) {
                        Settings settings = Settings.of(Map.of("from", String.valueOf(starts[window]), "to",
                                String.valueOf(Math.min(duration, starts[window] + 4)), "width", width, "fps", "12"));
                        Clip clip = settings.clip(video, RenderListener.SILENT);
                        Recorder recorder = new Recorder();
                        recorder.started = System.nanoTime();
                        long real = clip.writeGif(scratch.resolve("whole.gif"), settings.export(recorder)).bytes();
                        long ended = System.nanoTime();
                        rows++;
                        table.append(String.format("| %s | %s | %s | %,d |", file.getFileName(),
                                WINDOWS[window], width, real));
                        // the last report is the trailer's; the frames are those before it
                        int frames = recorder.estimates.size() - 1;
                        for (int i = 0; i < SHARES.length; i++) {
                            long shown = recorder.shownAfter((int) Math.ceil(SHARES[i] * frames));
                            if (shown < 0) {
                                table.append(" none |");
                            } else {
                                double e = error(shown, real);
                                runningWithin[i] += Math.abs(e) <= WITHIN ? 1 : 0;
                                table.append(String.format(" %+.1f %% |", e));
                            }
                        }
                        double stay = (double) recorder.stayingWithinFrom(real) / frames;
                        stays.add(stay);
                        double first = (double) (recorder.firstEstimateAt - recorder.started) / (ended - recorder.started);
                        firstAt.add(first);
                        table.append(String.format(" %.0f %% | %.0f %% of the encode |%n", 100 * stay, 100 * first));
                    }
                }
            }
        }
        table.append(String.format("%nWithin 15 %%, after 10 %% of the frames %d, 25 %% %d, 50 %% %d of %d.",
                runningWithin[0], runningWithin[1], runningWithin[2], rows));
        Collections.sort(stays);
        Collections.sort(firstAt);
        table.append(String.format("%nThe estimate stays within 15 %% from (share of the frames written): "
                + "median %.0f %%, at worst %.0f %%. The first estimate came after a median %.0f %% (at most "
                + "%.0f %%) of the encode's wall time.", 100 * stays.get(stays.size() / 2),
                100 * stays.get(stays.size() - 1), 100 * firstAt.get(firstAt.size() / 2),
                100 * firstAt.get(firstAt.size() - 1)));
        table.append(String.format("%n"));
        Files.writeString(Path.of("target/size-estimate.md"), table);
        System.out.print(table);
    }

    private static double error(long estimate, long real) {
        return 100.0 * (estimate - real) / real;
    }

    /** Notes the running estimate after each frame written (-1 while there is none), as the preview makes it. */
    private static final class Recorder implements RenderListener {
        private final RunningEstimate running = new RunningEstimate();
        private final List<Long> estimates = new ArrayList<>();
        private long started;
        private long firstEstimateAt;

        @Override
        public void written(double seconds, double duration, long bytes) {
            long estimate = running.after(seconds, duration, bytes).orElse(-1);
            if (estimate >= 0 && firstEstimateAt == 0) {
                firstEstimateAt = System.nanoTime();
            }
            estimates.add(estimate);
        }

        @Override
        public void warning(String message) {
        }

        /** The estimate shown once {@code frames} frames are written: the latest made by then, or -1. */
        long shownAfter(int frames) {
            for (int i = Math.min(frames, estimates.size()) - 1; i >= 0; i--) {
                if (estimates.get(i) >= 0) {
                    return estimates.get(i);
                }
            }
            return -1;
        }

        /** Frames written after which every estimate shown is within 15 % of {@code real}. */
        int stayingWithinFrom(long real) {
            int from = estimates.size();
            for (int i = estimates.size() - 1; i >= 0; i--) {
                long e = estimates.get(i);
                if (e >= 0 && Math.abs(error(e, real)) > WITHIN) {
                    break;
                }
                if (e >= 0) {
                    from = i + 1;
                }
            }
            return Math.min(from, estimates.size() - 1);
        }
    }
}
