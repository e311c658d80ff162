package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FeatherTest {
    @Test
    void distancesMatchABruteForceSearch() {
        Random random = new Random(3);
        for (int round = 0; round < 20; round++) {
            int w = 1 + random.nextInt(17);
            int h = 1 + random.nextInt(13);
            boolean[] bits = new boolean[w * h];
            for (int i = 0; i < bits.length; i++) {
                bits[i] = random.nextInt(9) == 0;
            }
            bits[random.nextInt(bits.length)] = true;
            float[] d = DistanceTransform.toNearestSet(BinaryMask.wrap(w, h, bits));
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    double best = Double.POSITIVE_INFINITY;
                    for (int i = 0; i < bits.length; i++) {
                        if (bits[i]) {
                            best = Math.min(best, Math.hypot(i % w - x, i / w - y));
                        }
                    }
                    assertThat((double) d[y * w + x]).isCloseTo(best, within(1e-5));
                }
            }
        }
        assertThat(DistanceTransform.toNearestSet(BinaryMask.parse("..", ".."))).containsOnly(Float.POSITIVE_INFINITY);
    }

    @Test
    void edgesRampLinearlyAcrossTheBoundary() {
        BinaryMask half = BinaryMask.parse("#####.....", "#####.....");
        Mask m = Feather.edges(half, 4);
        float[] expected = {1, 1, 1, 0.875f, 0.625f, 0.375f, 0.125f, 0, 0, 0};
        for (int x = 0; x < 10; x++) {
            assertThat(m.value(x, 0)).as("x=%d", x).isCloseTo(expected[x], within(1e-6f));
        }
        assertThat(Feather.edges(half, 1)).isEqualTo(half.toMask());
        assertThatThrownBy(() -> Feather.edges(half, 0)).hasMessage("feather width must be a positive number of pixels, got 0.0");
    }
}
