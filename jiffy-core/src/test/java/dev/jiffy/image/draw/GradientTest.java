package dev.jiffy.image.draw;

import static dev.jiffy.image.draw.Masks.assertRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class GradientTest {
    @Test
    void linearGoesFromTheFirstValueToTheSecond() {
        Mask ramp = Gradient.linear(new Size(10, 2), Point.of(0, 0), Point.of(10, 0), 0f, 1f);
        double[] row = {0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95};
        assertRows(ramp, row, row);
    }

    @Test
    void linearHoldsItsEndValuesBeyondThePoints() {
        // from x=1 to x=11: pixel i's centre is (i - 0.5) / 10 of the way
        Mask ramp = Gradient.linear(new Size(12, 1), Point.of(1, 0), Point.of(11, 0), 0.8f, 0.2f);
        assertRows(ramp, new double[] {0.8, 0.77, 0.71, 0.65, 0.59, 0.53, 0.47, 0.41, 0.35, 0.29, 0.23, 0.2});
        assertThat(ramp.value(0, 0)).isEqualTo(0.8f);
        assertThat(ramp.value(11, 0)).isEqualTo(0.2f);
    }

    @Test
    void offsetDelaysTheRamp() {
        Mask ramp = Gradient.linear(new Size(10, 1), Point.of(0, 0), Point.of(10, 0), 0f, 1f, 0.5);
        assertRows(ramp, new double[] {0, 0, 0, 0, 0, 0.1, 0.3, 0.5, 0.7, 0.9});
    }

    @Test
    void diagonalLinearGradientIsSymmetricAboutItsMiddle() {
        Size size = new Size(20, 20);
        Mask ramp = Gradient.linear(size, Point.of(0, 0), Point.of(20, 20), 0f, 1f);
        for (int y = 0; y < 20; y++) {
            for (int x = 0; x < 20; x++) {
                assertThat(ramp.value(x, y) + ramp.value(19 - x, 19 - y)).isCloseTo(1f, within(1e-6f));
            }
        }
        assertThat((double) ramp.value(9, 10)).isCloseTo(0.5, within(1e-6));
        assertThat(ramp.value(0, 0)).isCloseTo(1 / 40f, within(0.01f));
    }

    @Test
    void radialGoesFromTheCentreToTheRadius() {
        Mask radial = Gradient.radial(new Size(21, 21), Point.of(10.5, 10.5), 10, 1f, 0f);
        // the centre pixel averages the cone over its square: 1 - (mean distance from a unit square's centre, 0.3826) / 10
        assertThat((double) radial.value(10, 10)).as("centre").isCloseTo(1 - 0.03826, within(0.001));
        assertThat((double) radial.value(15, 10)).as("halfway").isCloseTo(0.5, within(1e-6));
        assertThat((double) radial.value(10, 3)).as("7 px out").isCloseTo(0.3, within(1e-6));
        assertThat(radial.value(0, 0)).as("corner, past the radius").isEqualTo(0f);
    }

    @Test
    void radialOffsetMakesABlurryDisc() {
        Mask disc = Gradient.radial(new Size(41, 41), Point.of(20.5, 20.5), 20, 1f, 0f, 0.5);
        assertThat(disc.value(29, 20)).as("8.5 px out, inside the offset").isEqualTo(1f);
        assertThat((double) disc.value(35, 20)).as("15 px out: halfway between 10 and 20")
                .isCloseTo(0.5, within(1e-6));
        assertThat(disc.value(40, 40)).isEqualTo(0f);
    }

    @Test
    void rejectsBadArguments() {
        Size size = new Size(4, 4);
        assertThatThrownBy(() -> Gradient.linear(size, Point.of(3, 3), Point.of(3, 3), 0f, 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the two points of a gradient must differ, got (3, 3) and (3, 3)");
        assertThatThrownBy(() -> Gradient.linear(size, Point.of(0, 0), Point.of(3, 3), 0f, 1f, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("offset must be at least 0 and below 1, got 1");
        assertThatThrownBy(() -> Gradient.radial(size, Point.of(0, 0), 0, 0f, 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("radius of a radial gradient must be above 0, got 0");
        assertThatThrownBy(() -> Gradient.radial(size, Point.of(0, 0), 2, 2f, 1f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mask values go from 0 to 1, got 2");
    }
}
