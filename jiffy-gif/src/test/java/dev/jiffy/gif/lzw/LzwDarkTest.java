package dev.jiffy.gif.lzw;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Lossy LZW spends less of its budget on dark pixels, where SSIM (and the eye) see an offset most: a near-black area
 * stays near black while a mid-grey area with the same grain takes the full budget.
 */
class LzwDarkTest {
    private static final int W = 96;
    private static final int H = 64;
    /** Eight dark greys 2 levels apart (0..14) and eight mid greys 2 levels apart (120..134). */
    private static final int[] PALETTE = new int[16];

    static {
        for (int i = 0; i < 8; i++) {
            PALETTE[i] = (2 * i) * 0x010101;
            PALETTE[8 + i] = (120 + 2 * i) * 0x010101;
        }
    }

    private static int level(int rgb) {
        return rgb & 0xFF;
    }

    /** Left half grain around level 7, right half the same grain around level 127. */
    private static int[] source() {
        Random random = new Random(5);
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int base = x < W / 2 ? 0 : 120;
                int v = base + Math.max(0, Math.min(14, 7 + (int) Math.round(random.nextGaussian() * 3)));
                argb[y * W + x] = 0xFF000000 | v * 0x010101;
            }
        }
        return argb;
    }

    private static int nearest(int v) {
        int best = 0;
        for (int k = 1; k < PALETTE.length; k++) {
            if (Math.abs(level(PALETTE[k]) - v) < Math.abs(level(PALETTE[best]) - v)) {
                best = k;
            }
        }
        return best;
    }

    @Test
    void darkGrainStaysNearItsLevelsWhileMidGreyGrainTakesTheBudget() throws Exception {
        int[] src = source();
        byte[] indices = new byte[W * H];
        for (int p = 0; p < indices.length; p++) {
            indices[p] = (byte) nearest(level(src[p]));
        }
        // 6 levels on every channel: the budget of lossy level 24 (quality 70)
        int maxError = 7 * 6 * 6;
        LzwEncoder encoder = new LzwEncoder();
        int len = encoder.encode(indices, indices.length, 4, PALETTE, -1, maxError, src, 0, W, W);
        byte[] decoded = new byte[indices.length];
        new LzwDecoder().decode(Arrays.copyOf(encoder.buffer(), len), 4, decoded, decoded.length);
        int darkWorst = 0;
        int midWorst = 0;
        for (int p = 0; p < src.length; p++) {
            int error = Math.abs(level(PALETTE[decoded[p]]) - level(src[p]));
            if (p % W < W / 2) {
                darkWorst = Math.max(darkWorst, error);
            } else {
                midWorst = Math.max(midWorst, error);
            }
        }
        // at level 14 and below the budget shrinks to (2·14² + 7) / (2·32² + 7), a fifth of it or less: measured, the
        // dark half strays at most 4 levels (10 without the scaling), the mid-grey half 10
        assertThat(darkWorst).as("largest error on the dark half, levels").isLessThanOrEqualTo(4);
        assertThat(midWorst).as("largest error on the mid-grey half, levels").isGreaterThanOrEqualTo(8);
    }

    @Test
    void budgetShrinksBelowTheDarkLevelOnTheDarkestChannel() {
        assertThat(LzwEncoder.darkBudget(1000, 0x808080)).isEqualTo(1000);
        assertThat(LzwEncoder.darkBudget(1000, LzwEncoder.DARK_LEVEL * 0x010101)).isEqualTo(1000);
        assertThat(LzwEncoder.darkBudget(1000, 0x000000)).isLessThan(5);
        assertThat(LzwEncoder.darkBudget(1000, 0x0000FF)).as("saturated blue: black in red and green").isLessThan(5);
        assertThat(LzwEncoder.darkBudget(1000, 0x101010)).isBetween(200, 300);
    }
}
