package dev.jiffy.background;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.image.BinaryMask;
import org.junit.jupiter.api.Test;

/** A packed mask gives back its values bit for bit, in a fraction of their bytes. */
class PackedMaskTest {
    @Test
    void softValuesComeBackBitForBit() {
        // 70 values: across a 64-bit word; 0, 1, -0 and values between, as a guided filter leaves them
        float[] values = new float[70];
        for (int i = 0; i < values.length; i++) {
            values[i] = i % 7 == 0 ? 1f : i % 5 == 0 ? i / 71f : i == 3 ? -0f : i == 4 ? 1.0000001f : 0f;
        }
        float[] back = PackedMask.of(10, 7, values).toFloatArray();
        for (int i = 0; i < values.length; i++) {
            assertThat(Float.floatToRawIntBits(back[i])).as("value %d", i)
                    .isEqualTo(Float.floatToRawIntBits(values[i]));
        }
    }

    @Test
    void aShapeComesBackAndTakesTwoBitsAPixel() {
        BinaryMask shape = BinaryMask.parse(
                "..##....",
                ".####...",
                "..##...#");
        assertThat(PackedMask.of(shape).toBinaryMask()).isEqualTo(shape);
        float[] large = new float[640 * 360];
        large[1000] = 0.5f;
        assertThat(PackedMask.of(640, 360, large).bytes()).isLessThan(large.length / 4 + 200);
    }

    @Test
    void aSoftMaskIsNotAShape() {
        assertThatThrownBy(() -> PackedMask.of(2, 1, new float[] {0.5f, 1f}).toBinaryMask())
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("1 values between 0 and 1");
    }
}
