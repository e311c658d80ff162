package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.image.Frame;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two speed aims for the page, measured through the studio's own HTTP routes as the page calls them:
 * scrubbing to a new time of a 720p video shows its exact frame in under 150 ms once warm, and the "as GIF" preview
 * of a 3 s, 480 px selection is ready within 2 s of the last change (the page waits {@code SETTLE_MS} = 300 ms after
 * a change before asking); and on an 8 s selection, whose GIF takes seconds, how soon the size estimate comes before
 * it. The video is {@code jiffy.bench.video} (bench/studio.sh makes a 720p one from the shared
 * media). Writes {@code target/studio-speed.md}; asserts nothing about the times, which are measured here.
 */
@EnabledIfSystemProperty(named = "jiffy.bench", matches = "true")
class StudioSpeedBenchmark {
    /** The page's wait after a change before it asks for a preview (studio.js SETTLE_MS). */
    private static final double PAGE_SETTLE_MS = 300;
    private static final int SCRUBS = 40;
    private static final int PREVIEWS = 5;
    /** A long selection, whose GIF takes seconds: there a size estimate is worth having before it. */
    private static final double LONG_SECONDS = 8;
    private static final int LONG_PREVIEWS = 3;

    @TempDir
    Path folder;

    @Test
    void scrubAndPreview() throws IOException {
        Path source = Path.of(System.getProperty("jiffy.bench.video"));
        String name = source.getFileName().toString();
        Files.copy(source, folder.resolve(name));
        double duration;
        try (VideoFileClip video = VideoFileClip.open(folder.resolve(name))) {
            duration = video.duration();
        }
        StringBuilder report = new StringBuilder();
        try (Studio studio = Studio.start(folder)) {
            studio.warmUp();   // as jiffy studio does when it starts
            String api = studio.address().toString();
            String file = "&file=" + name;
            Http.get(api.replace("/?", "/api/info?") + file);
            Random random = new Random(14);
            // Warm: the decoder opened, the JIT through the decode, PNG and HTTP paths.
            for (int i = 0; i < 10; i++) {
                Http.get(api.replace("/?", "/frame?") + file + "&t=" + (random.nextDouble() * (duration - 0.1)));
            }
            double[] scrub = new double[SCRUBS];
            long pngBytes = 0;
            for (int i = 0; i < SCRUBS; i++) {
                double t = random.nextDouble() * (duration - 0.1);
                long start = System.nanoTime();
                Http r = Http.get(api.replace("/?", "/frame?") + file + "&t=" + t);
                scrub[i] = (System.nanoTime() - start) / 1e6;
                assertThat(r.status()).isEqualTo(200);
                pngBytes += r.body().length;
            }
            double[] decode = new double[SCRUBS];
            int[] levels = {FramePng.QUICKEST, 1, 4};   // deflate levels 0, 1 and 4 (javax.imageio's default)
            double[][] png = new double[levels.length][SCRUBS];
            long[] pngSizes = new long[levels.length];
            try (VideoFileClip video = VideoFileClip.open(folder.resolve(name))) {
                for (int i = 0; i < 10; i++) {
                    video.frame(random.nextDouble() * (duration - 0.1));
                }
                for (int i = 0; i < SCRUBS; i++) {
                    double t = random.nextDouble() * (duration - 0.1);
                    long start = System.nanoTime();
                    Frame frame = video.frame(t);
                    decode[i] = (System.nanoTime() - start) / 1e6;
                    for (int q = 0; q < levels.length; q++) {
                        long encoding = System.nanoTime();
                        pngSizes[q] += FramePng.of(frame, levels[q]).length;
                        png[q][i] = (System.nanoTime() - encoding) / 1e6;
                    }
                }
            }
            report.append(String.format("Scrub to a new time, %s (%.1f s), %d random times after 10 to warm up:%n%n",
                    name, duration, SCRUBS));
            report.append("| what | median | 90th percentile | max |\n|---|--:|--:|--:|\n");
            report.append(row("frame shown (HTTP /frame, PNG, end to end)", scrub));
            report.append(row("of which: seek and decode", decode));
            for (int q = 0; q < levels.length; q++) {
                report.append(row(String.format("PNG encode at deflate level %d (%,d bytes)",
                        levels[q], pngSizes[q] / SCRUBS), png[q]));
            }
            report.append(String.format("%nThe page's PNG (level %d): %,d bytes on average.%n%n",
                    FramePng.QUICKEST, pngBytes / SCRUBS));

            previews(api, file, duration, 3, PREVIEWS, report);
            previews(api, file, duration, LONG_SECONDS, LONG_PREVIEWS, report);
        }
        Files.writeString(Path.of("target/studio-speed.md"), report);
        System.out.print(report);
    }

    /**
     * Times {@code count} "as GIF" previews of {@code seconds}-long selections at 480 px, each a new selection (a
     * change on the page) from a different in point, from the last change: the first size estimate (if one came
     * before the GIF) and the GIF ready to play.
     */
    private static void previews(String api, String file, double duration, double seconds, int count,
                                 StringBuilder report) throws IOException {
        double[] ready = new double[count];
        double[] estimate = new double[count];
        int estimated = 0;
        for (int i = 0; i < count; i++) {
            double from = 0.5 + i * (duration - seconds - 1) / count;
            String settings = file + "&from=" + from + "&to=" + (from + seconds) + "&width=480";
            long start = System.nanoTime();
            Preview p = preview(api.replace("/?", "/api/preview/events?") + settings, start);
            Http gif = Http.get(api.replace("/?", "/api/preview?") + "&id=" + p.id);
            ready[i] = (System.nanoTime() - start) / 1e6 + PAGE_SETTLE_MS;
            assertThat(gif.status()).isEqualTo(200);
            if (!Double.isNaN(p.estimateMillis)) {
                estimate[estimated++] = p.estimateMillis + PAGE_SETTLE_MS;
            }
        }
        report.append(String.format("%n\"As GIF\" preview of a %.0f s, 480 px selection (default quality, the video's "
                + "frame rate), %d selections, from the last change (the page's %.0f ms wait included):%n%n",
                seconds, count, PAGE_SETTLE_MS));
        report.append("| what | median | 90th percentile | max |\n|---|--:|--:|--:|\n");
        if (estimated > 0) {
            report.append(row(String.format("first size estimate shown (%d of %d came before the GIF)", estimated,
                    count), Arrays.copyOf(estimate, estimated)));
        } else {
            report.append(String.format("| first size estimate shown: none before the GIF (0 of %d) | | | |%n",
                    count));
        }
        report.append(row("GIF ready to play", ready));
        // in the order asked: the first is also the encoder's first GIF in this JVM (its code not yet compiled)
        report.append(String.format("%nGIF ready, each selection in turn: %s ms%n", Arrays.stream(ready)
                .mapToObj(ms -> String.format("%.0f", ms)).collect(java.util.stream.Collectors.joining(", "))));
    }

    private record Preview(long id, double estimateMillis) {
    }

    /** Reads the preview's events until it is done; the time of its first estimate, and its number. */
    private static Preview preview(String url, long start) throws IOException {
        HttpURLConnection c = (HttpURLConnection) URI.create(url).toURL().openConnection();
        double estimate = Double.NaN;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(c.getInputStream(),
                StandardCharsets.UTF_8))) {
            String event = "";
            for (String line; (line = in.readLine()) != null; ) {
                if (line.startsWith("event: ")) {
                    event = line.substring(7);
                    if (event.equals("estimate") && Double.isNaN(estimate)) {
                        estimate = (System.nanoTime() - start) / 1e6;
                    }
                } else if (line.startsWith("data: ") && event.equals("done")) {
                    Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(line);
                    assertThat(id.find()).as(line).isTrue();
                    return new Preview(Long.parseLong(id.group(1)), estimate);
                } else if (line.startsWith("data: ") && (event.equals("failed") || event.equals("stale"))) {
                    throw new AssertionError(event + " " + line);
                }
            }
        } finally {
            c.disconnect();
        }
        throw new AssertionError("the event stream ended without done");
    }

    private static String row(String what, double[] millis) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return String.format("| %s | %.0f ms | %.0f ms | %.0f ms |%n", what, percentile(sorted, 0.5),
                percentile(sorted, 0.9), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        return sorted[(int) Math.min(sorted.length - 1, Math.round(p * (sorted.length - 1)))];
    }
}
