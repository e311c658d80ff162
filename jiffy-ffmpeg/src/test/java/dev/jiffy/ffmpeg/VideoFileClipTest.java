package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The file clip on real footage: the same time gives the same frame in any order and from any thread. */
class VideoFileClipTest {
    @Test
    void probesTheSample() {
        try (VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE)) {
            assertThat(video.size()).isEqualTo(new Size(1280, 720));
            assertThat(video.fps()).contains(FrameRate.of(24));
            assertThat(video.duration()).isBetween(9.95, 10.05);
            assertThat(video.info().codec()).isEqualTo("vp8");
        }
    }

    @Test
    void theFrameForATimeDoesNotDependOnWhatWasReadBefore() throws Exception {
        try (VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE)) {
            Clip small = video.subclip(3, 7).resize(0.125);
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                times.add(i / 10.0);
            }
            List<Frame> sequential = new ArrayList<>();
            for (double t : times) {
                sequential.add(small.frame(t));
            }
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < times.size(); i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(7));
            for (int i : order) {
                assertThat(small.frame(times.get(i))).as("t=%s in shuffled order", times.get(i)).isEqualTo(sequential.get(i));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> checks = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (int i : order) {
                        checks.add(pool.submit(() -> small.frame(times.get(i)).equals(sequential.get(i))));
                    }
                }
                for (Future<Boolean> check : checks) {
                    assertThat(check.get()).isTrue();
                }
            } finally {
                pool.shutdown();
            }
        }
    }

    /**
     * A render reads frames into buffers of its own ({@link Clip#copyFrame}), the decoder converting straight into
     * them: the pixels are those of {@link Clip#frame}, in any order, into a buffer holding another frame before.
     */
    @Test
    void copyingAFrameIntoABufferGivesThePixelsOfTheFrame() {
        try (VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE)) {
            Clip small = video.subclip(3, 7).resize(0.125);
            int[] buffer = new int[(int) small.size().pixels() + 5];
            int[] again = new int[buffer.length];
            List<Integer> order = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                order.add(i);
            }
            Collections.shuffle(order, new Random(11));
            for (int round = 0; round < 2; round++) { // the second time, a frame made for the time may be copied
                for (int i : order) {
                    double t = i / 5.0;
                    small.copyFrame(t, buffer);
                    small.copyFrame(t, again); // the same picture asked twice, as a GIF faster than the video does
                    assertThat(again).isEqualTo(buffer);
                    int[] frame = small.frame(t).toArgbArray();
                    assertThat(java.util.Arrays.copyOf(buffer, frame.length)).as("t=%s", t).isEqualTo(frame);
                }
            }
            assertThatThrownBy(() -> small.copyFrame(1, new int[10])).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("destination holds 10 pixels");
        }
    }

    @Test
    void aClosedVideoSaysSo() {
        VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE);
        Clip cut = video.subclip(1, 2);
        video.close();
        video.close();
        assertThatThrownBy(() -> cut.frame(0)).isInstanceOf(JiffyException.class).hasMessageContaining("closed");
    }
}
