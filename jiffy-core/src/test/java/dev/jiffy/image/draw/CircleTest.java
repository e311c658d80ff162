package dev.jiffy.image.draw;

import static dev.jiffy.image.draw.Masks.assertRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class CircleTest {
    private static final Size SIZE = new Size(100, 80);
    private static final Point CENTER = Point.of(50, 40);

    @Test
    void hardCircleHasAreaPiRSquared() {
        Mask disc = Circle.of(SIZE, CENTER, 20, 0);
        assertThat(Masks.sum(disc)).isCloseTo(Math.PI * 400, within(0.5));
        assertThat(disc.value(50, 40)).isEqualTo(1f);
        assertThat(disc.value(64, 40)).isEqualTo(1f);
        assertThat(disc.value(71, 40)).isEqualTo(0f);
        assertThat(disc.value(0, 0)).isEqualTo(0f);
    }

    @Test
    void softEdgeIsCentredOnTheRadius() {
        // centred on pixel (50, 40), so row 40 runs straight out from the centre
        Mask soft = Circle.of(SIZE, Point.of(50.5, 40.5), 20, 6);
        // a ramp centred on the radius adds only pi * blur^2 / 12 to the area
        assertThat(Masks.sum(soft)).isCloseTo(Math.PI * (400 + 36 / 12.0), within(0.5));
        assertThat(soft.value(66, 40)).as("4 px inside the radius").isEqualTo(1f);
        assertThat((double) soft.value(68, 40)).as("2 px inside").isCloseTo(5 / 6.0, within(1e-6));
        assertThat((double) soft.value(70, 40)).as("on the radius").isCloseTo(0.5, within(1e-6));
        assertThat((double) soft.value(71, 40)).as("1 px outside").isCloseTo(1 / 3.0, within(1e-6));
        assertThat(soft.value(74, 40)).as("4 px outside").isEqualTo(0f);
    }

    @Test
    void symmetricAboutItsCentre() {
        Mask soft = Circle.of(SIZE, CENTER, 17.3, 2.5);
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 50; x++) {
                float v = soft.value(x, y);
                assertThat(soft.value(99 - x, y)).isEqualTo(v);
                assertThat(soft.value(x, 79 - y)).isEqualTo(v);
            }
        }
    }

    @Test
    void swappedValuesMakeAHole() {
        float[] disc = Circle.of(SIZE, CENTER, 12.5, 3).toFloatArray();
        float[] hole = Circle.of(SIZE, CENTER, 12.5, 3, 0f, 1f).toFloatArray();
        for (int i = 0; i < disc.length; i++) {
            assertThat(disc[i] + hole[i]).isCloseTo(1f, within(1e-6f));
        }
    }

    @Test
    void smallPixelAlignedCase() {
        // radius 1 around a pixel corner: the four pixels around it are each about a quarter disc (pi/4)
        Mask tiny = Circle.of(new Size(4, 4), Point.of(2, 2), 1, 0);
        assertThat(Masks.sum(tiny)).isCloseTo(Math.PI, within(0.03));
        assertThat((double) tiny.value(1, 1)).isCloseTo(Math.PI / 4, within(0.01));
        assertThat(tiny.value(0, 0)).isEqualTo(0f);
        assertRows(Circle.of(new Size(3, 3), Point.of(1.5, 1.5), 0, 0), new double[3], new double[3], new double[3]);
    }

    @Test
    void rejectsBadArguments() {
        assertThatThrownBy(() -> Circle.of(SIZE, CENTER, -1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("circle radius must be 0 or more, got -1");
        assertThatThrownBy(() -> Circle.of(SIZE, CENTER, 5, -0.5))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("blur must be 0 or more, got -0.5");
        assertThatThrownBy(() -> Circle.of(SIZE, CENTER, 5, 1, 1f, -0.25f))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("mask values go from 0 to 1, got -0.25");
        assertThatThrownBy(() -> Circle.of(SIZE, null, 5, 1))
                .isInstanceOf(NullPointerException.class).hasMessage("center");
    }
}
