package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ThresholdTest {
    @Test
    void thresholdIsOnTheSquaredRgbDistanceStrictlyAbove() {
        Frame reference = Frame.filled(2, 1, 0xFF646464);
        Frame frame = Frame.of(2, 1, new int[] {0xFF826E6E, 0x00646464}); // (+30, +10, +10) and the same colour
        // 30² + 10² + 10² = 1100; alpha is ignored
        assertThat(Threshold.colorDistance(frame, reference, 1099)).isEqualTo(BinaryMask.parse("#."));
        assertThat(Threshold.colorDistance(frame, reference, 1100)).isEqualTo(BinaryMask.parse(".."));
        FloatRgb half = FloatRgb.of(2, 1, new float[] {130, 110, 109.5f, 100, 100, 100});
        assertThat(Threshold.colorDistance(frame, half, 0.2)).isEqualTo(BinaryMask.parse("#."));
        assertThat(Threshold.colorDistance(frame, half, 0.25)).isEqualTo(BinaryMask.parse(".."));
        assertThat(Threshold.changedFraction(frame, FloatRgb.of(reference), 1099)).isEqualTo(0.5);
        assertThatThrownBy(() -> Threshold.colorDistance(frame, Frame.filled(1, 1, 0), 10))
                .hasMessage("the frame is 2x1 but the reference is 1x1; they must have the same size");
    }

    @Test
    void binaryMasksReadAndWriteAsText() {
        BinaryMask m = BinaryMask.parse("#.1", "0X.");
        assertThat(m.toAscii()).isEqualTo("#.#\n.#.");
        assertThat(m.count()).isEqualTo(3);
        assertThat(m.not().and(m).count()).isZero();
        assertThat(m.or(m.not()).count()).isEqualTo(6);
        assertThat(m.intersectionOverUnion(BinaryMask.parse("#..", ".#."))).isEqualTo(2.0 / 3);
        assertThat(BinaryMask.atLeast(m.toMask(), 0.5f)).isEqualTo(m);
        assertThatThrownBy(() -> BinaryMask.parse("#.", "#")).hasMessageContaining("row 1 is 1 characters long");
        assertThatThrownBy(() -> BinaryMask.parse("#?")).hasMessageContaining("'?' at (1, 0)");
    }
}
