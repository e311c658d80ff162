package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Activity and texture on every pixel of small random frames, borders and corners included, against their definitions
 * written the plain way (the encoder's versions compute border neighbours without branches).
 */
class ColorMetricTest {
    private static final int[][] SIZES = {{7, 5}, {2, 2}, {1, 6}, {6, 1}, {1, 1}, {2, 9}, {9, 2}};

    private static int[] frame(int w, int h, Random random) {
        int[] argb = new int[w * h];
        for (int p = 0; p < argb.length; p++) {
            // few levels, so that equal neighbours (texture 0) happen too
            argb[p] = 0xFF000000 | random.nextInt(4) * 0x3F0000 | random.nextInt(4) * 0x3F00 | random.nextInt(4) * 0x3F;
        }
        return argb;
    }

    /** A check of one pixel of a frame. */
    private interface PixelCheck {
        void check(int[] argb, int w, int h, int x, int y);
    }

    /** Runs {@code check} on every pixel of 20 random frames of each size. */
    private static void everyPixel(long seed, PixelCheck check) {
        Random random = new Random(seed);
        for (int[] size : SIZES) {
            for (int trial = 0; trial < 20; trial++) {
                int[] argb = frame(size[0], size[1], random);
                for (int y = 0; y < size[1]; y++) {
                    for (int x = 0; x < size[0]; x++) {
                        check.check(argb, size[0], size[1], x, y);
                    }
                }
            }
        }
    }

    /** The distances to the neighbours inside the frame. */
    private static List<Integer> inside(int[] argb, int w, int h, int x, int y) {
        List<Integer> out = new ArrayList<>();
        int c = argb[y * w + x];
        int[][] steps = {{-1, 0}, {1, 0}, {0, -1}, {0, 1}};
        for (int[] s : steps) {
            int nx = x + s[0];
            int ny = y + s[1];
            if (nx >= 0 && nx < w && ny >= 0 && ny < h) {
                out.add(ColorMetric.distance(c, argb[ny * w + nx]));
            }
        }
        return out;
    }

    @Test
    void activityIsTheMeanDistanceToTheNeighboursInsideTheFrame() {
        everyPixel(11, (argb, w, h, x, y) -> {
            List<Integer> d = inside(argb, w, h, x, y);
            int expected = d.isEmpty() ? 0 : d.stream().mapToInt(Integer::intValue).sum() / d.size();
            assertThat(ColorMetric.activity(argb, w, y * w + x, x)).as("%dx%d at (%d, %d)", w, h, x, y)
                    .isEqualTo(expected);
        });
    }

    @Test
    void activityDividesExactlyAtTheLargestDistances() {
        // black between white neighbours: the largest sums, where a rounded reciprocal would show first
        int[] argb = {0xFFFFFF, 0x000000, 0xFFFFFF, 0x000000, 0xFFFFFF, 0x000000};
        int full = ColorMetric.distance(0xFFFFFF, 0x000000);
        for (int p = 0; p < 6; p++) {
            assertThat(ColorMetric.activity(argb, 3, p, p % 3)).isEqualTo(full); // 2 or 3 neighbours, all different
        }
        // three neighbours whose sum leaves a remainder of 2: the case a reciprocal rounded the wrong way gets wrong
        int[] odd = {0x000000, 0xFFFFFF, 0x000001, 0xFFFFFF, 0x000000, 0xFFFFFF};
        int sum = 2 * ColorMetric.distance(0xFFFFFF, 0x000000) + ColorMetric.distance(0xFFFFFF, 0x000001);
        assertThat(sum % 3).isEqualTo(2);
        assertThat(ColorMetric.activity(odd, 3, 1, 1)).isEqualTo(sum / 3);
    }

    @Test
    void textureIsTheSecondSmallestDistanceWithBorderNeighboursMirrored() {
        everyPixel(12, (argb, w, h, x, y) -> {
            int expected = 0;
            if (w >= 2 && h >= 2) {
                int c = argb[y * w + x];
                int[] d = {
                    ColorMetric.distance(c, argb[y * w + (x > 0 ? x - 1 : x + 1)]),
                    ColorMetric.distance(c, argb[y * w + (x + 1 < w ? x + 1 : x - 1)]),
                    ColorMetric.distance(c, argb[(y > 0 ? y - 1 : y + 1) * w + x]),
                    ColorMetric.distance(c, argb[(y + 1 < h ? y + 1 : y - 1) * w + x])};
                Arrays.sort(d);
                expected = d[1];
            }
            int p = y * w + x;
            assertThat(ColorMetric.texture(argb, w, p, x)).as("%dx%d at (%d, %d)", w, h, x, y).isEqualTo(expected);
            assertThat(ColorMetric.texture(argb, w, p)).isEqualTo(expected);
            assertThat(ColorMetric.flat(argb, w, p, x)).as("flat %dx%d at (%d, %d)", w, h, x, y)
                    .isEqualTo(expected == 0);
        });
    }
}
