package dev.jiffy.gif.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.quantize.ColorMetric;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Noise is what changes from pixel to pixel and frame to frame; smooth changes and passing motion are not. */
class NoiseEstimateTest {
    private static final int W = 64;
    private static final int H = 48;

    /** A grey gradient, plus {@code offset} everywhere, plus uniform grain of ±amplitude (0 for none). */
    private static int[] frame(int offset, int amplitude, Random random) {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int grain = amplitude == 0 ? 0 : random.nextInt(2 * amplitude + 1) - amplitude;
                int v = Math.max(0, Math.min(255, 60 + 2 * x + y + offset + grain));
                argb[y * W + x] = 0xFF000000 | v << 16 | v << 8 | v;
            }
        }
        return argb;
    }

    /** Feeds the frames in order, each compared with the one before (the first with nothing). */
    private static NoiseEstimate feed(int[]... frames) {
        NoiseEstimate noise = new NoiseEstimate(W, H);
        int[] previous = new int[W * H];
        for (int[] f : frames) {
            noise.gather(f, previous, 0, 0, W, H);
            noise.endFrame();
            previous = f.clone();
        }
        return noise;
    }

    @Test
    void grainIsMeasuredAsTheTypicalChangeOfAStillPixel() {
        Random random = new Random(7);
        int[][] frames = new int[8][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = frame(0, 6, random);
        }
        NoiseEstimate noise = feed(frames);
        // what a still pixel's change from frame to frame typically is: the median over the last two frames
        int[] changes = new int[W * H];
        for (int p = 0; p < changes.length; p++) {
            changes[p] = ColorMetric.distance(frames[7][p], frames[6][p]);
        }
        Arrays.sort(changes);
        int median = changes[changes.length / 2];
        assertThat(median).isPositive();
        for (int b : noise.noiseOfBlocks()) {
            assertThat(b).isBetween(median / 3, median * 2);
        }
    }

    @Test
    void aCleanPictureAFlickerAndAFadeHaveNoNoise() {
        Random random = new Random(1);
        // still, then the whole picture brightening and darkening: smooth in space, so not noise
        NoiseEstimate noise = feed(frame(0, 0, random), frame(0, 0, random), frame(9, 0, random),
                frame(-5, 0, random), frame(12, 0, random), frame(3, 0, random), frame(20, 0, random));
        assertThat(noise.noiseOfBlocks()).containsOnly(0);
    }

    @Test
    void somethingCrossingABlockForAFewFramesIsNotNoise() {
        Random random = new Random(3);
        int[][] frames = new int[7][];
        for (int i = 0; i < frames.length; i++) {
            frames[i] = frame(0, 0, random);
            // a textured square (every pixel different from its neighbours) moving 8 px a frame
            for (int y = 16; y < 32; y++) {
                for (int x = 8 * i; x < 8 * i + 12 && x < W; x++) {
                    frames[i][y * W + x] = ((x * 7 + y * 13) % 5 == 0) ? 0xFFFFFFFF : 0xFF202020;
                }
            }
        }
        NoiseEstimate noise = feed(frames);
        assertThat(noise.noiseOfBlocks()).containsOnly(0);
    }

    @Test
    void aStillPixelBesideAChangedOneTakesTheHighPassOfItsChange() {
        // 17 x 1: block 1 is the one still pixel at x = 16, beside x = 15, which brightens by 20; its high-pass,
        // 0 - (20 + 0) / 2 per channel, is its block's median (and noise, after one frame)
        NoiseEstimate noise = new NoiseEstimate(17, 1);
        int[] previous = new int[17];
        Arrays.fill(previous, 0xFF404040);
        int[] frame = previous.clone();
        frame[15] = 0xFF545454;
        noise.gather(frame, previous, 0, 0, 17, 1);
        noise.endFrame();
        // (2D - L - R)² · (2 + 3 + 2) / 6, as gathered
        int distance = 20 * 20 * (ColorMetric.WR + ColorMetric.WG + ColorMetric.WB) / 6;
        assertThat(noise.noiseOfBlocks()[1]).isEqualTo(NoiseEstimate.lowerBound(NoiseEstimate.bucket(distance)))
                .isPositive();
    }

    @Test
    void bucketsRoundDownWithinAQuarterOctave() {
        assertThat(NoiseEstimate.bucket(0)).as("no change").isZero();
        for (int d = 1; d < 2_000_000; d += 1 + d / 50) {
            int low = NoiseEstimate.lowerBound(NoiseEstimate.bucket(d));
            assertThat(low).as("distance %d", d).isLessThanOrEqualTo(d).isGreaterThan(d * 3 / 4);
        }
    }
}
