package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.compose.LoopFinder;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page's Find loop ({@code /api/loop}) in-process, on a clip made in code whose loop is known: a disc circling
 * the centre once every {@link #PERIOD} seconds (30 frames at 25 fps), so a loop is a whole number of turns.
 */
class FindLoopRouteTest {
    private static final double PERIOD = 1.2;
    private static final double FPS = 25;
    /** Only a failure waits this long: the latches open as soon as the searches reach them. */
    private static final long LIMIT_SECONDS = 60;
    private static final Pattern FOUND = Pattern.compile("event: found\ndata: \\{\"from\":([0-9.E-]+),\"to\":"
            + "([0-9.E-]+),\"similarity\":([0-9.E-]+),\"step\":[0-9.E-]+,\"seamless\":(true|false),"
            + "\"text\":\"([^\"]*)\",\"others\":\\[(.*)]}");
    /** A runner-up's in and out points, in the found event's {@code others}. */
    private static final Pattern OTHER = Pattern.compile("\\{\"from\":([0-9.E-]+),\"to\":([0-9.E-]+),");

    @TempDir
    Path folder;

    /**
     * Four seconds, 96x72, at 25 fps: a white disc 8 px across circling 20 px from the centre over a fixed gradient;
     * {@code decoded} is told of every frame made, before it is made.
     */
    private static Clip circling(IntSupplier decoded) {
        int w = 96;
        int h = 72;
        return FunctionClip.of(new Size(w, h), 4, t -> {
            decoded.getAsInt();
            double angle = 2 * Math.PI * t / PERIOD;
            double cx = w / 2.0 + 20 * Math.cos(angle);
            double cy = h / 2.0 + 20 * Math.sin(angle);
            int[] argb = new int[w * h];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean disc = (x - cx) * (x - cx) + (y - cy) * (y - cy) < 16;
                    argb[y * w + x] = disc ? 0xFFFFFFFF : 0xFF000000 | (x * 2 << 16) | (y * 3 << 8) | 0x40;
                }
            }
            return Frame.of(w, h, argb);
        }).withFps(FPS);
    }

    private static String api(Studio studio, String path) {
        return studio.address().toString().replace("/?", path + "?");
    }

    @Test
    void suggestsAWholeNumberOfTurnsNearTheSelectionAndTheGifLoops() throws IOException {
        try (Studio studio = Studio.open(circling(() -> 0), folder)) {
            // 0.5 to 1.9 s is 1.4 s, a sixth of a turn too long; each end may move by 0.5 s.
            Http r = Http.get(api(studio, "/api/loop") + "&file=(clip)&from=0.5&to=1.9&radius=0.5");
            assertThat(r.status()).as(r.text()).isEqualTo(200);
            assertThat(r.contentType()).isEqualTo("text/event-stream; charset=utf-8");
            List<String> events = r.text().lines().filter(l -> l.startsWith("event: ")).map(l -> l.substring(7))
                    .toList();
            assertThat(events).as(r.text()).startsWith("progress").endsWith("found").containsOnly("progress", "found");
            // 0 to 1 s and 1.4 to 2.4 s at 25 fps, both ends included: 26 frames each
            assertThat(r.text()).contains("data: {\"done\":52,\"total\":52}");

            Matcher found = FOUND.matcher(r.text());
            assertThat(found.find()).as(r.text()).isTrue();
            double from = Double.parseDouble(found.group(1));
            double to = Double.parseDouble(found.group(2));
            assertThat(to - from).as(found.group(5)).isCloseTo(PERIOD, Offset.offset(1e-9));
            assertThat(from).isBetween(0.0, 1.0);
            assertThat(to).isBetween(1.4, 2.4);
            assertThat(Double.parseDouble(found.group(3))).as("the same picture a turn later").isGreaterThan(0.99);
            assertThat(found.group(4)).isEqualTo("true");
            assertThat(found.group(5)).endsWith("(1.2 s), match 1.00");
            // The runners-up, best first, for the page to offer: the library's own next candidates.
            List<LoopCandidate> library = LoopFinder.find(circling(() -> 0), 0.5, 1.9, 0.5, RenderListener.SILENT);
            assertThat(library).hasSizeGreaterThan(1);
            Matcher other = OTHER.matcher(found.group(6));
            for (LoopCandidate next : library.subList(1, library.size())) {
                assertThat(other.find()).as(found.group(6)).isTrue();
                assertThat(Double.parseDouble(other.group(1))).isEqualTo(next.from());
                assertThat(Double.parseDouble(other.group(2))).isEqualTo(next.to());
            }
            assertThat(other.find()).as("no more than the library's").isFalse();

            // Applied, the pair is the GIF's in and out: 30 frames, and what the jump back replaces (the picture at
            // the out point) is the GIF's first frame, where half a turn on it is not.
            Http export = Http.post(api(studio, "/api/export") + "&file=(clip)&from=" + from + "&to=" + to
                    + "&quality=100");
            assertThat(export.status()).as(export.text()).isEqualTo(200);
            List<int[]> frames = ImageIoGif.readWithImageIo(folder.resolve("clip.gif")).frames();
            assertThat(frames).hasSize(30);
            Clip clip = circling(() -> 0);
            // The GIF's colours are a palette's (the gradient has more than 256), so "the same" is: as close to the
            // picture at the out point as to the one it was encoded from.
            double encoding = difference(frames.get(0), clip.frame(from).toArgbArray());
            assertThat(difference(frames.get(0), clip.frame(to).toArgbArray())).as("first frame against the out point")
                    .isCloseTo(encoding, Offset.offset(0.01));
            assertThat(difference(frames.get(0), clip.frame(from + PERIOD / 2).toArgbArray())).as("half a turn on")
                    .isGreaterThan(encoding + 1);
        }
    }

    /** The mean absolute difference of two frames' channels, levels. */
    private static double difference(int[] a, int[] b) {
        long sum = 0;
        for (int i = 0; i < a.length; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                sum += Math.abs((a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF));
            }
        }
        return sum / (3.0 * a.length);
    }

    @Test
    void aBadRequestIsOneLineAndDecodesNothing() throws IOException {
        AtomicInteger decoded = new AtomicInteger();
        try (Studio studio = Studio.open(circling(decoded::incrementAndGet), folder)) {
            String loop = api(studio, "/api/loop") + "&file=(clip)";
            assertBad(loop + "&from=2&to=1", "a loop selection must lie within the clip (0 to 4 s) with its end "
                    + "after its start, got 2 s to 1 s");
            assertBad(loop + "&from=1&to=9", "a loop selection must lie within the clip (0 to 4 s) with its end "
                    + "after its start, got 1 s to 9 s");
            assertBad(loop + "&from=1&to=2&radius=9", "the loop search radius must be 0 to 5 s, got 9.0 s");
            assertBad(loop + "&from=1&to=2&radius=-1", "the loop search radius must be 0 to 5 s, got -1.0 s");
            assertBad(loop + "&from=1&to=2&radius=NaN", "the radius 'NaN' is not a number");
            assertBad(loop + "&to=2", "the request has no 'from'");
            assertBad(api(studio, "/api/loop") + "&file=../x.webm&from=1&to=2", null);
            assertThat(Http.get("http://127.0.0.1:" + studio.port() + "/api/loop?file=(clip)&from=0.5&to=1.9").status())
                    .as("without the token").isEqualTo(403);
            assertThat(decoded.get()).as("frames decoded for bad requests").isZero();

            // One frame, with no room to move: nothing to loop, said once the search has looked.
            Http r = Http.get(loop + "&from=1&to=1.04&radius=0");
            assertThat(r.text()).as(r.text()).endsWith("event: failed\ndata: {\"message\":\"finding a loop needs an "
                    + "in/out selection of at least two frames, got 0.04 s: set the out point further on\"}\n\n");
            assertThat(Http.get(api(studio, "/api/files")).status()).as("the server goes on").isEqualTo(200);
        }
    }

    private static void assertBad(String url, String message) throws IOException {
        Http r = Http.get(url);
        assertThat(r.status()).as(url + ": " + r.text()).isEqualTo(400);
        assertThat(r.text()).doesNotContain("\n").doesNotContain("Exception");
        if (message != null) {
            assertThat(r.text()).isEqualTo(message);
        }
    }

    @Test
    void aNewerSearchStopsTheOneRunning() throws Exception {
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger decoded = new AtomicInteger();
        AtomicBoolean holdOnce = new AtomicBoolean(true);
        // The first search's third frame waits until the second search has finished: it is certainly stale then.
        Clip clip = circling(() -> {
            if (decoded.incrementAndGet() == 3 && holdOnce.getAndSet(false)) {
                held.countDown();
                try {
                    release.await(LIMIT_SECONDS, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return 0;
        });
        try (Studio studio = Studio.open(clip, folder)) {
            String loop = api(studio, "/api/loop") + "&file=(clip)&from=0.5&to=1.9&radius=0.5";
            CompletableFuture<Http> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return Http.get(loop);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            assertThat(held.await(LIMIT_SECONDS, TimeUnit.SECONDS)).as("the first search reached its third frame")
                    .isTrue();

            Http second = Http.get(loop);
            release.countDown();

            assertThat(second.text()).as(second.text()).contains("event: found");
            String stale = first.get(LIMIT_SECONDS, TimeUnit.SECONDS).text();
            assertThat(stale).as(stale).endsWith("event: stale\ndata: {\"message\":\"the loop search was cancelled\"}\n\n")
                    .doesNotContain("event: found");
            // The first search stopped at its held frame: it decoded 3, the second all 52.
            assertThat(decoded.get()).isEqualTo(3 + 52);
        }
    }
}
