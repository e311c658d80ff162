package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** One Rec. 601 luma for the masks made from brightness and for the pictures compared by it (the loop finder). */
class MaskLuminanceTest {
    @Test
    void lumaIsRec601OfThePixelWhateverItsAlpha() {
        assertThat(Mask.luma(0xFFFFFFFF)).isCloseTo(255f, within(1e-4f));
        assertThat(Mask.luma(0x00000000)).isZero();
        assertThat(Mask.luma(0xFFFF0000)).isCloseTo(0.299f * 255, within(1e-4f));
        assertThat(Mask.luma(0x8000FF00)).isCloseTo(0.587f * 255, within(1e-4f));
        Random random = new Random(3);
        for (int k = 0; k < 1000; k++) {
            int argb = random.nextInt();
            double expected = 0.299 * ((argb >> 16) & 0xFF) + 0.587 * ((argb >> 8) & 0xFF) + 0.114 * (argb & 0xFF);
            assertThat((double) Mask.luma(argb)).isCloseTo(expected, within(1e-3));
        }
    }

    @Test
    void aMaskFromLuminanceIsTheLumaOverWhite() {
        int[] px = new Random(4).ints(6 * 5).toArray();
        Mask mask = Mask.fromLuminance(Frame.wrap(6, 5, px));
        for (int i = 0; i < px.length; i++) {
            assertThat(mask.value(i % 6, i / 6)).isEqualTo(Mask.luma(px[i]) / 255f);
        }
    }
}
