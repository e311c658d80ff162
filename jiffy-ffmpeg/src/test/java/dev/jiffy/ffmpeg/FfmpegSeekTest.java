package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.image.Frame;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frame-accurate, order-independent random access: frameAt(t) is the last frame whose timestamp is at or before t,
 * whatever was read before. Frames carry their index in big blocks; the lossless (FFV1) ones are compared pixel for
 * pixel.
 */
class FfmpegSeekTest {
    static final int W = 128;
    static final int H = 64;
    static final int N = 50;
    static final double FPS = 25;
    /** Variable frame rate: timestamps in milliseconds. */
    static final long[] VFR_MS = {0, 40, 50, 120, 121, 200, 400, 410, 415, 700, 1000, 1033, 1066, 1500, 1999};

    @TempDir
    static Path dir;
    static Path ffv1Mkv;
    static Path mpeg4Mp4;
    static Path vfrMkv;

    @BeforeAll
    static void writeVideos() {
        // FFV1 with a GOP: frames between keyframes need the keyframe's coder state, so seeking must be right.
        ffv1Mkv = SyntheticVideo.ffv1().frames(N).gop(10).painter(i -> Pictures.indexed(i, W, H))
                .writeTo(dir.resolve("gop10.mkv"));
        // Lossy, with B-frames: decoding order differs from presentation order.
        mpeg4Mp4 = SyntheticVideo.mpeg4().container("mp4").frames(N).gop(10).bFrames(2)
                .painter(i -> Pictures.indexed(i, W, H)).writeTo(dir.resolve("bframes.mp4"));
        vfrMkv = SyntheticVideo.ffv1().timeBase(1, 1000).timestamps(VFR_MS).gop(4)
                .painter(i -> Pictures.indexed(i, W, H)).writeTo(dir.resolve("vfr.mkv"));
    }

    /** Frame starts, 1 ms either side, mid-frame, and a hair (within Timeline.EPSILON) before each start. */
    static List<Double> probeTimes() {
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < N; i++) {
            double start = i / FPS;
            times.add(start);
            times.add(start + 0.001);
            times.add(start + 0.5 / FPS);
            times.add(start + 1 / FPS - 0.001);
            if (i > 0) {
                times.add(start - 1e-7);
            }
        }
        return times;
    }

    static int expectedIndex(double t) {
        return (int) Math.floor((t + 1e-6) * FPS);
    }

    @Test
    void losslessFramesInRandomOrderAreExact() {
        try (MediaSource source = new FfmpegProvider().open(ffv1Mkv); FrameCursor cursor = source.openCursor()) {
            List<Double> times = probeTimes();
            Collections.shuffle(times, new Random(42));
            for (double t : times) {
                assertThat(cursor.frameAt(t).toArgbArray()).as("frame at %s s", t)
                        .isEqualTo(Pictures.indexed(expectedIndex(t), W, H));
            }
        }
    }

    @Test
    void backwardsForwardsAndRepeated() {
        for (Path file : List.of(ffv1Mkv, mpeg4Mp4)) {
            try (MediaSource source = new FfmpegProvider().open(file); FrameCursor cursor = source.openCursor()) {
                List<Double> times = probeTimes();
                Collections.reverse(times);
                List<Double> plan = new ArrayList<>(times);
                Collections.reverse(times);
                plan.addAll(times);
                Collections.shuffle(times, new Random(7));
                for (double t : times) {
                    plan.add(t);
                    plan.add(t);
                }
                for (double t : plan) {
                    assertThat(Pictures.readIndex(cursor.frameAt(t))).as("%s at %s s", file.getFileName(), t)
                            .isEqualTo(expectedIndex(t));
                }
            }
        }
    }

    @Test
    void bFramesInRandomOrder() {
        try (MediaSource source = new FfmpegProvider().open(mpeg4Mp4); FrameCursor cursor = source.openCursor()) {
            List<Double> times = probeTimes();
            Collections.shuffle(times, new Random(3));
            for (double t : times) {
                assertThat(Pictures.readIndex(cursor.frameAt(t))).as("frame at %s s", t).isEqualTo(expectedIndex(t));
            }
        }
    }

    @Test
    void millisecondTimestampsAllowHalfAMillisecondOfRounding() {
        // Matroska stores milliseconds: a frame meant for 41.667 ms is stamped 42 ms. 0.4 ms early still finds it.
        try (MediaSource source = new FfmpegProvider().open(ffv1Mkv); FrameCursor cursor = source.openCursor()) {
            assertThat(Pictures.readIndex(cursor.frameAt(0.04 - 0.0004))).isEqualTo(1);
            assertThat(Pictures.readIndex(cursor.frameAt(0.04 - 0.0006))).isEqualTo(0);
        }
    }

    @Test
    void readingForwardsNeverSeeks() {
        for (Path file : List.of(ffv1Mkv, mpeg4Mp4)) {
            try (MediaSource source = new FfmpegProvider().open(file)) {
                try (FfmpegCursor cursor = (FfmpegCursor) source.openCursor()) {
                    Frame previous = null;
                    for (int k = 0; k < 2 * N; k++) { // twice per frame: the second read is the same frame
                        Frame frame = cursor.frameAt(k / (2 * FPS));
                        assertThat(Pictures.readIndex(frame)).isEqualTo(k / 2);
                        if (k % 2 == 1) {
                            assertThat(frame).isSameAs(previous);
                        }
                        previous = frame;
                    }
                    assertThat(cursor.seekCount()).isZero();
                    assertThat(cursor.decodedCount()).isEqualTo(N);
                }
                try (FfmpegCursor cursor = (FfmpegCursor) source.openCursor()) {
                    for (int k = 0; k < N; k += 3) { // sampling at a third of the rate
                        assertThat(Pictures.readIndex(cursor.frameAt(k / FPS))).isEqualTo(k);
                    }
                    assertThat(cursor.seekCount()).isZero();
                }
            }
        }
    }

    @Test
    void farJumpsSeekInsteadOfDecodingEverything() {
        try (MediaSource source = new FfmpegProvider().open(mpeg4Mp4);
             FfmpegCursor cursor = (FfmpegCursor) source.openCursor()) {
            assertThat(Pictures.readIndex(cursor.frameAt(0))).isZero();
            assertThat(Pictures.readIndex(cursor.frameAt(1.9))).isEqualTo(47);
            // MP4 indexes keyframes by decoding time: with B-frames the first seek may land on the keyframe after t,
            // and a second seek goes to the one before.
            assertThat(cursor.seekCount()).isBetween(1, 2);
            assertThat(cursor.decodedCount()).isLessThan(N / 2);
            int seeks = cursor.seekCount();
            assertThat(Pictures.readIndex(cursor.frameAt(0.5))).isEqualTo(12);
            assertThat(cursor.seekCount()).isBetween(seeks + 1, seeks + 2);
        }
    }

    @Test
    void variableFrameRateGivesTheLastFrameStartingAtOrBeforeT() {
        try (MediaSource source = new FfmpegProvider().open(vfrMkv); FrameCursor cursor = source.openCursor()) {
            assertThat(source.info().duration()).isCloseTo(2.498, org.assertj.core.data.Offset.offset(1e-9));
            List<Double> times = new ArrayList<>();
            for (long ms : VFR_MS) {
                times.add(ms / 1000.0);
                times.add(ms / 1000.0 + 0.0007);
                if (ms > 0) {
                    times.add(ms / 1000.0 - 0.0007);
                }
            }
            for (int k = 0; k < 100; k++) {
                times.add(k * 0.0249);
            }
            Collections.shuffle(times, new Random(11));
            for (double t : times) {
                int expected = 0;
                for (int i = 0; i < VFR_MS.length; i++) {
                    if (VFR_MS[i] / 1000.0 <= t + 0.0005) {
                        expected = i;
                    }
                }
                assertThat(Pictures.readIndex(cursor.frameAt(t))).as("frame at %s s", t).isEqualTo(expected);
            }
        }
    }
}
