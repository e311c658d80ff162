package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameStatisticsTest {
    /** Values around the edges of the 16-wide ranges, with many ties, so every branch of the two passes is taken. */
    private static final int[] TRICKY = {0, 1, 14, 15, 16, 17, 31, 32, 33, 128, 200, 239, 240, 254, 255};

    @Test
    void percentilesMatchANaiveSortExactlyForManyCountsAndPercentiles() {
        Random random = new Random(5);
        double[] qs = {0, 1, 10, 12.3, 25, 33.3, 37.5, 50, 62.5, 75, 90, 99, 100};
        for (int n : new int[] {1, 2, 3, 4, 5, 8, 10, 31, 40, 64}) {
            List<Frame> frames = randomFrames(random, 7, 5, n);
            FrameStatistics stats = FrameStatistics.of(frames);
            for (double q : qs) {
                assertThat(stats.percentile(q)).as("n=%d q=%s", n, q).isEqualTo(naivePercentile(frames, q));
            }
            assertThat(stats.median()).isEqualTo(naivePercentile(frames, 50));
            assertThat(stats.mean()).isEqualTo(naiveMean(frames));
        }
    }

    /**
     * Frames in memory are counted a band of pixels at a time (no counts for the whole picture at once): any band, one
     * pixel, a part of a row, rows and a ragged last band, gives what the whole picture counted at once gives.
     */
    @Test
    void framesInMemoryCountedBandByBandGiveExactlyTheWholePicturesPercentiles() {
        Random random = new Random(11);
        for (int n : new int[] {1, 2, 9, 40}) {
            List<Frame> frames = randomFrames(random, 7, 5, n);
            FrameStatistics stats = FrameStatistics.of(frames);
            for (double q : new double[] {0, 12.3, 50, 90, 100}) {
                FloatRgb expected = naivePercentile(frames, q);
                for (int band : new int[] {1, 3, 7, 16, 34, 35, 1 << 14}) {
                    assertThat(stats.percentile(q, band)).as("n=%d q=%s band=%d", n, q, band).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void framesReadFromAClipGiveTheSameWhetherKeptOrReadTwice() {
        List<Frame> frames = randomFrames(new Random(9), 6, 4, 23);
        Clip clip = FunctionClip.of(new Size(6, 4), 23, t -> frames.get((int) Math.min(22, Math.floor(t))));
        double[] times = new double[23];
        for (int i = 0; i < times.length; i++) {
            times[i] = i + 0.5;
        }
        FloatRgb expected = naivePercentile(frames, 30);
        assertThat(FrameStatistics.of(clip, times).percentile(30)).isEqualTo(expected);
        assertThat(FrameStatistics.of(clip, times).withCacheBudget(0).percentile(30)).isEqualTo(expected);
        assertThat(FrameStatistics.of(clip, times).frameCount()).isEqualTo(23);
        assertThat(FrameStatistics.of(clip, times).mean()).isEqualTo(naiveMean(frames));
    }

    @Test
    void agreesWithNumpyOnAKnownCase() {
        // np.percentile([3,1,4,1,5,9,2,6], [50, 90, 0, 100, 37.5]) == [3.5, 6.9, 1, 9, 2.625]
        int[] values = {3, 1, 4, 1, 5, 9, 2, 6};
        List<Frame> frames = new ArrayList<>();
        for (int v : values) {
            frames.add(Frame.filled(1, 1, 0xFF000000 | v << 16 | v << 8 | v));
        }
        FrameStatistics stats = FrameStatistics.of(frames);
        assertThat(stats.median().red(0, 0)).isEqualTo(3.5f);
        assertThat(stats.percentile(90).green(0, 0)).isEqualTo((float) 6.9);
        assertThat(stats.percentile(0).blue(0, 0)).isEqualTo(1f);
        assertThat(stats.percentile(100).blue(0, 0)).isEqualTo(9f);
        assertThat(stats.percentile(37.5).red(0, 0)).isEqualTo(2.625f);
        assertThat(stats.mean().red(0, 0)).isEqualTo(31f / 8);
        assertThat(stats.median().toFrame().pixel(0, 0)).isEqualTo(0xFF040404); // 3.5 rounds half up
    }

    @Test
    void mistakesAreReportedWithTheirValues() {
        Frame a = Frame.filled(2, 2, 0xFF000000);
        assertThatThrownBy(() -> FrameStatistics.of(List.of(a)).percentile(101))
                .hasMessage("percentile must be between 0 and 100, got 101.0");
        assertThatThrownBy(() -> FrameStatistics.of(List.of()))
                .hasMessage("statistics need at least one frame, got none");
        assertThatThrownBy(() -> FrameStatistics.of(List.of(a, Frame.filled(3, 2, 0))))
                .hasMessageContaining("frame 1 is 3x2 but frame 0 is 2x2");
        Clip clip = FunctionClip.of(new Size(2, 2), 1, t -> a);
        assertThatThrownBy(() -> FrameStatistics.of(clip, 0.5, 1.5))
                .hasMessage("frame time 1.5 s is outside the clip (0 to 1.0 s)");
    }

    static List<Frame> randomFrames(Random random, int w, int h, int n) {
        List<Frame> frames = new ArrayList<>();
        for (int f = 0; f < n; f++) {
            int[] px = new int[w * h];
            for (int i = 0; i < px.length; i++) {
                int r = pick(random);
                int g = pick(random);
                int b = pick(random);
                px[i] = random.nextInt() & 0xFF000000 | r << 16 | g << 8 | b;
            }
            frames.add(Frame.wrap(w, h, px));
        }
        return frames;
    }

    private static int pick(Random random) {
        return random.nextBoolean() ? TRICKY[random.nextInt(TRICKY.length)] : random.nextInt(256);
    }

    /** Sort each pixel's channel values and interpolate as numpy's 'linear' method. */
    static FloatRgb naivePercentile(List<Frame> frames, double q) {
        Frame first = frames.get(0);
        int n = frames.size();
        float[] out = new float[3 * first.width() * first.height()];
        for (int i = 0; i < first.width() * first.height(); i++) {
            for (int c = 0; c < 3; c++) {
                int[] v = new int[n];
                for (int f = 0; f < n; f++) {
                    v[f] = (frames.get(f).toArgbArray()[i] >> (16 - 8 * c)) & 0xFF;
                }
                Arrays.sort(v);
                double h = (n - 1) * (q / 100.0);
                int lo = (int) Math.floor(h);
                int hi = Math.min(lo + 1, n - 1);
                out[3 * i + c] = (float) FrameStatistics.lerp(v[lo], v[hi], h - lo);
            }
        }
        return FloatRgb.of(first.width(), first.height(), out);
    }

    static FloatRgb naiveMean(List<Frame> frames) {
        Frame first = frames.get(0);
        float[] out = new float[3 * first.width() * first.height()];
        for (int i = 0; i < first.width() * first.height(); i++) {
            for (int c = 0; c < 3; c++) {
                long sum = 0;
                for (Frame f : frames) {
                    sum += (f.toArgbArray()[i] >> (16 - 8 * c)) & 0xFF;
                }
                out[3 * i + c] = (float) ((double) sum / frames.size());
            }
        }
        return FloatRgb.of(first.width(), first.height(), out);
    }
}
