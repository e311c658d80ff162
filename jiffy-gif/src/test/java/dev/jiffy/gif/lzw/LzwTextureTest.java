package dev.jiffy.gif.lzw;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.quantize.ColorMetric;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Lossy LZW spends its error where texture masks it: on grain, not on flat areas or edges. */
class LzwTextureTest {
    private static final int W = 96;
    private static final int H = 64;
    /** 16 greys, 17 levels apart. */
    private static final int[] PALETTE = new int[16];

    static {
        for (int i = 0; i < 16; i++) {
            PALETTE[i] = i * 17 * 0x010101;
        }
    }

    private static int nearest(int v) {
        return Math.min(15, (v + 8) / 17);
    }

    /** Left half grain around mid grey; right half 3-pixel black and white stripes (exact palette colours). */
    private static int[] source() {
        Random random = new Random(3);
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = x < W / 2 ? Math.max(0, Math.min(255, 128 + (int) Math.round(random.nextGaussian() * 24)))
                        : (x / 3) % 2 == 0 ? 0 : 255;
                argb[y * W + x] = 0xFF000000 | v * 0x010101;
            }
        }
        return argb;
    }

    @Test
    void grainTakesLongerStringsWhileEdgesStayExact() throws Exception {
        int[] src = source();
        byte[] original = new byte[W * H];
        for (int p = 0; p < original.length; p++) {
            original[p] = (byte) nearest(src[p] & 0xFF);
        }
        // the default quality's budget, where texture masks its full weight: far below one palette step, so without
        // texture masking nothing could be swapped for a neighbouring grey
        int maxError = (int) LzwEncoder.MASK_FULL_AT;
        byte[] lossy = original.clone();
        LzwEncoder encoder = new LzwEncoder();
        int len = encoder.encode(lossy, lossy.length, 4, PALETTE, -1, maxError, src, 0, W, W);
        int plainLen = new LzwEncoder().encode(original, original.length, 4);
        assertThat(len).isLessThan(plainLen * 9 / 10);
        byte[] decoded = new byte[original.length];
        new LzwDecoder().decode(Arrays.copyOf(encoder.buffer(), len), 4, decoded, decoded.length);
        assertThat(decoded).isEqualTo(lossy);
        int swapped = 0;
        for (int p = 0; p < src.length; p++) {
            int was = ColorMetric.distance(src[p], PALETTE[original[p]]);
            int now = ColorMetric.distance(src[p], PALETTE[decoded[p]]);
            if (p % W >= W / 2) {
                assertThat(decoded[p]).as("stripe pixel %d", p).isEqualTo(original[p]);
            } else {
                assertThat(now).as("grain pixel %d", p).isLessThanOrEqualTo(was + maxError
                        + LzwEncoder.maskedError(src, W, p));
                swapped += now > was + maxError ? 1 : 0;
            }
        }
        assertThat(swapped).as("grain pixels given more than the flat budget").isGreaterThan(W * H / 20);
    }

    @Test
    void textureIsLowOnEdgesAndLinesAndHighOnGrain() {
        int[] stripes = new int[9 * 9];
        for (int p = 0; p < stripes.length; p++) {
            stripes[p] = (p % 9) == 4 ? 0xFFFFFF : 0; // a one-pixel white line on black
        }
        for (int p = 0; p < stripes.length; p++) {
            assertThat(ColorMetric.texture(stripes, 9, p)).as("pixel %d", p).isZero();
        }
        int[] checker = new int[9 * 9];
        for (int p = 0; p < checker.length; p++) {
            checker[p] = ((p % 9) + (p / 9)) % 2 == 0 ? 0x101010 : 0x303030;
        }
        assertThat(ColorMetric.texture(checker, 9, 40)).isEqualTo(ColorMetric.distance(0x101010, 0x303030));
    }
}
