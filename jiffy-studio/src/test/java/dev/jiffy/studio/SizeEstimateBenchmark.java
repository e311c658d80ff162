package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.source.CodedPicture;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * How close the preview's size estimates land to the GIF they estimate, on every real clip of the shared media folder
 * ({@code jiffy.media}, default {@code ../../shared/media}): two windows of four seconds each, one from a third of the
 * way in (at most 5 s), one from two thirds of the way in (or four seconds before the end, when less is left), at
 * 12 fps, 320 and 480 px wide, at the default quality. For each: the {@link RunningEstimate} made while the GIF is
 * written, from time alone and weighing the {@link CodedChange} (read before the encode here, so that each run gives
 * the same numbers), every one made and those shown (withheld until steady), after 25 and 50 % of its frames, the
 * share of its frames after which it stays within 15 %, its worst error, and when the first shown came (share of the
 * frames, seconds and share of the encode's wall time); and the processor time of reading the coded pictures against
 * that of the encodes. (The estimate from three pieces encoded before the GIF, which this replaced, was measured
 * beside it at commit 790d486.) Writes {@code target/size-estimate.md}, and every GIF's reports and raw coded
 * pictures to {@code target/size-estimate-reports.txt} (to try other estimators on without encoding again). Run by
 * {@code bench/studio.sh} (it sets {@code jiffy.bench}); it asserts nothing about the error, which is measured here.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class SizeEstimateBenchmark {
    private static final String[] WINDOWS = {"1/3", "2/3"};
    /** Shares of the GIF's frames written after which the running estimate is read. */
    private static final double[] SHARES = {0.25, 0.50};
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
        StringBuilder table = new StringBuilder("| clip | window | width | GIF | shown at once: 25 % | 50 % | "
                + "within 15 % from | worst | withheld until steady: 25 % | 50 % | within 15 % from | worst | "
                + "first shown |\n|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        int rows = 0;
        int[][] within = new int[3][SHARES.length];
        int[] withinFromFirst = new int[3];
        double[] worstOfAll = new double[3];
        List<List<Double>> stays = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Double> firstAt = new ArrayList<>();
        List<Double> firstAtFrames = new ArrayList<>();
        List<Double> firstAtSeconds = new ArrayList<>();
        long readCpu = 0;
        long encodeCpu = 0;
        StringBuilder reports = new StringBuilder();
        for (Path file : clips) {
            try (VideoFileClip video = VideoFileClip.open(file)) {
                double duration = video.duration();
                double[] starts = {Math.min(5, duration / 3), Math.max(0, Math.min(duration * 2 / 3, duration - 4))};
                for (int window = 0; window < starts.length; window++) {
                    for (String width : List.of("320", "480")) {
                        Settings settings = Settings.of(Map.of("from", String.valueOf(starts[window]), "to",
                                String.valueOf(Math.min(duration, starts[window] + 4)), "width", width, "fps", "12"));
                        Clip clip = settings.clip(video, RenderListener.SILENT);
                        long readStart = processCpu();
                        Optional<CodedChange> change = CodedChange.of(video, settings);
                        readCpu += processCpu() - readStart;
                        Recorder recorder = new Recorder(change);
                        long encodeStart = processCpu();
                        recorder.started = System.nanoTime();
                        long real = clip.writeGif(scratch.resolve("whole.gif"), settings.export(recorder)).bytes();
                        long ended = System.nanoTime();
                        encodeCpu += processCpu() - encodeStart;
                        String gif = file.getFileName() + " " + WINDOWS[window] + " " + width;
                        reports.append(String.format("gif %s %d%n", gif, real));
                        for (double[] r : recorder.reports) {
                            reports.append(String.format("written %s %.4f %.4f %d%n", gif, r[0], r[1], (long) r[2]));
                        }
                        for (CodedPicture p : video.codedPictures(settings.from(), settings.to())) {
                            reports.append(String.format("picture %s %.4f %d %b%n", gif,
                                    (p.time() - settings.from()) / settings.speed(), p.bytes(), p.keyframe()));
                        }
                        rows++;
                        table.append(String.format("| %s | %s | %s | %,d |", file.getFileName(),
                                WINDOWS[window], width, real));
                        // the last report is the trailer's; the frames are those before it
                        int frames = recorder.plain.size() - 1;
                        List<List<Long>> all = List.of(recorder.plain, recorder.atOnce, recorder.withheld);
                        for (int k = 0; k < 3; k++) {
                            List<Long> estimates = all.get(k);
                            StringBuilder cells = k == 0 ? new StringBuilder() : table;
                            for (int i = 0; i < SHARES.length; i++) {
                                long shown = shownAfter(estimates, (int) Math.ceil(SHARES[i] * frames));
                                if (shown < 0) {
                                    cells.append(" none |");
                                } else {
                                    double e = error(shown, real);
                                    within[k][i] += Math.abs(e) <= WITHIN ? 1 : 0;
                                    cells.append(String.format(" %+.1f %% |", e));
                                }
                            }
                            int from = stayingWithinFrom(estimates, real);
                            withinFromFirst[k] += from <= firstEstimate(estimates) + 1 ? 1 : 0;
                            double stay = (double) from / frames;
                            stays.get(k).add(stay);
                            double worst = worst(estimates, real);
                            worstOfAll[k] = Math.max(worstOfAll[k], worst);
                            cells.append(String.format(" %.0f %% | %.0f %% |", 100 * stay, worst));
                        }
                        double first = (double) (recorder.firstShownAt - recorder.started) / (ended - recorder.started);
                        firstAt.add(first);
                        double firstFrames = (firstEstimate(recorder.withheld) + 1.0) / frames;
                        firstAtFrames.add(firstFrames);
                        firstAtSeconds.add((recorder.firstShownAt - recorder.started) / 1e9);
                        table.append(String.format(" after %.0f %% of the frames, %.0f %% of the encode |%n",
                                100 * firstFrames, 100 * first));
                    }
                }
            }
        }
        String[] names = {"Time alone, shown at once", "With the coded change, shown at once",
            "With the coded change, withheld until steady"};
        for (int k = 0; k < 3; k++) {
            Collections.sort(stays.get(k));
            table.append(String.format("%n%s: within 15 %% after 25 %% of the frames %d, after 50 %% %d, from the "
                    + "first estimate on %d, of %d; stays within 15 %% from a median %.0f %% of the frames (at worst "
                    + "%.0f %%); the worst estimate shown %.0f %% off.", names[k], within[k][0], within[k][1],
                    withinFromFirst[k], rows, 100 * stays.get(k).get(rows / 2), 100 * stays.get(k).get(rows - 1),
                    worstOfAll[k]));
        }
        Collections.sort(firstAt);
        Collections.sort(firstAtFrames);
        Collections.sort(firstAtSeconds);
        table.append(String.format("%nThe first estimate withheld until steady was shown after a median %.0f %% (at "
                + "most %.0f %%) of the frames, %.2f s (at most %.2f s) into the encode, %.0f %% (at most %.0f %%) of "
                + "its wall time.", 100 * firstAtFrames.get(rows / 2), 100 * firstAtFrames.get(rows - 1),
                firstAtSeconds.get(rows / 2), firstAtSeconds.get(rows - 1), 100 * firstAt.get(rows / 2),
                100 * firstAt.get(rows - 1)));
        table.append(String.format(" Reading the coded pictures took %.2f s of processor time, the %d GIFs' encodes "
                + "%.1f s (%.1f %%).%n", readCpu / 1e9, rows, encodeCpu / 1e9, 100.0 * readCpu / encodeCpu));
        Files.writeString(Path.of("target/size-estimate.md"), table);
        Files.writeString(Path.of("target/size-estimate-reports.txt"), reports);
        System.out.print(table);
    }

    /**
     * Processor time of the whole JVM so far, in nanoseconds: the reading and the encode run one after the other here,
     * so each one's share is the difference (the JIT and the collector included, as they are in the studio).
     */
    private static long processCpu() {
        return ProcessHandle.current().info().totalCpuDuration().orElseThrow().toNanos();
    }

    /** The estimate shown once {@code frames} frames are written: the latest made by then, or -1. */
    private static long shownAfter(List<Long> estimates, int frames) {
        for (int i = Math.min(frames, estimates.size()) - 1; i >= 0; i--) {
            if (estimates.get(i) >= 0) {
                return estimates.get(i);
            }
        }
        return -1;
    }

    /** Frames written after which every estimate shown is within 15 % of {@code real}. */
    private static int stayingWithinFrom(List<Long> estimates, long real) {
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

    /** The frame after which the first estimate is made (0-based index of its report). */
    private static int firstEstimate(List<Long> estimates) {
        for (int i = 0; i < estimates.size(); i++) {
            if (estimates.get(i) >= 0) {
                return i;
            }
        }
        return estimates.size();
    }

    /** The largest error of any estimate made, in percent. */
    private static double worst(List<Long> estimates, long real) {
        return estimates.stream().filter(e -> e >= 0).mapToDouble(e -> Math.abs(error(e, real))).max().orElse(0);
    }

    private static double error(long estimate, long real) {
        return 100.0 * (estimate - real) / real;
    }

    /**
     * Notes the running estimates after each frame written (-1 while there is none): every one made from time alone,
     * and weighing the coded change; and those the preview shows, withheld until steady.
     */
    private static final class Recorder implements RenderListener {
        private final RunningEstimate plainEstimate = new RunningEstimate();
        private final RunningEstimate atOnceEstimate;
        private final RunningEstimate withheldEstimate;
        private final List<Long> plain = new ArrayList<>();
        private final List<Long> atOnce = new ArrayList<>();
        private final List<Long> withheld = new ArrayList<>();
        /** Each report as told: animation seconds written, the animation's duration, bytes written. */
        private final List<double[]> reports = new ArrayList<>();
        private long started;
        private long firstShownAt;

        Recorder(Optional<CodedChange> change) {
            atOnceEstimate = new RunningEstimate(() -> change);
            withheldEstimate = new RunningEstimate(() -> change);
        }

        @Override
        public void written(double seconds, double duration, long bytes) {
            reports.add(new double[] {seconds, duration, bytes});
            long shown = withheldEstimate.after(seconds, duration, bytes).orElse(-1);
            if (shown >= 0 && firstShownAt == 0) {
                firstShownAt = System.nanoTime();
            }
            withheld.add(shown);
            atOnce.add(atOnceEstimate.made(seconds, duration, bytes).orElse(-1));
            plain.add(plainEstimate.made(seconds, duration, bytes).orElse(-1));
        }

        @Override
        public void warning(String message) {
        }
    }
}
