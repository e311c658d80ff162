package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class GaussianBlurTest {
    @Test
    void anImpulseSpreadsAsScipysGaussianFilter() {
        float[] v = new float[9 * 7];
        v[3 * 9 + 4] = 1;
        float[] b = GaussianBlur.blur(v, 9, 7, 1.0);
        // scipy.ndimage.gaussian_filter(a, 1.0, mode='nearest', truncate=4.0)
        assertThat((double) b[3 * 9 + 4]).isCloseTo(0.15915589174187972, within(1e-7));
        assertThat((double) b[3 * 9 + 5]).isCloseTo(0.09653292801535476, within(1e-7));
        assertThat((double) b[2 * 9 + 5]).isCloseTo(0.05855018051314528, within(1e-7));
        assertThat((double) b[3 * 9 + 6]).isCloseTo(0.021539407687662958, within(1e-7));
        // symmetric about the impulse
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -3; dx <= 3; dx++) {
                float here = b[(3 + dy) * 9 + 4 + dx];
                assertThat(b[(3 - dy) * 9 + 4 - dx]).isEqualTo(here);
                assertThat(b[(3 + dy) * 9 + 4 - dx]).isEqualTo(here);
            }
        }
    }

    @Test
    void theTotalIsPreservedAwayFromTheBorderAndTheBorderRepeatsTheEdge() {
        float[] v = new float[40 * 40];
        v[20 * 40 + 20] = 1;
        v[18 * 40 + 21] = 0.5f;
        double sum = 0;
        for (float f : GaussianBlur.blur(v, 40, 40, 1.5)) {
            sum += f;
        }
        assertThat(sum).isCloseTo(1.5, within(1e-6));

        // columns 0-1 set: scipy gives 0.8459..., 0.6330..., 0.3670..., 0.1541..., 0.0447..., 0.0087... (mode nearest)
        BinaryMask edge = BinaryMask.parse("##....", "##....", "##....", "##....");
        Mask m = GaussianBlur.blur(edge, 1.5);
        double[] scipy = {0.8459496571, 0.6329821286, 0.3670178714, 0.1540503429, 0.0447091679, 0.0087148198};
        for (int x = 0; x < 6; x++) {
            assertThat((double) m.value(x, 0)).as("x=%d", x).isCloseTo(scipy[x], within(1e-6));
            assertThat(m.value(x, 3)).isEqualTo(m.value(x, 0));
        }
        Mask opaque = GaussianBlur.blur(Mask.filled(5, 4, 1f), 2);
        assertThat(opaque.isOpaque()).isTrue();
    }

    @Test
    void zeroSigmaChangesNothingAndNegativeIsRefused() {
        Mask m = BinaryMask.parse("#.", ".#").toMask();
        assertThat(GaussianBlur.blur(m, 0)).isEqualTo(m);
        assertThatThrownBy(() -> GaussianBlur.blur(m, -1)).hasMessage("blur sigma must be 0 or more pixels, got -1.0");
        assertThat(GaussianBlur.kernel(1.5)).hasSize(13); // radius int(4 * 1.5 + 0.5) = 6
    }
}
