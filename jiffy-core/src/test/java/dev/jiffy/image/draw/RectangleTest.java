package dev.jiffy.image.draw;

import static dev.jiffy.image.draw.Masks.assertRows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class RectangleTest {
    private static final Size SIZE = new Size(6, 4);

    @Test
    void hardRectangleCoversWholePixels() {
        assertRows(Rectangle.of(SIZE, Point.of(1, 1), Point.of(4, 3), 0),
                new double[] {0, 0, 0, 0, 0, 0},
                new double[] {0, 1, 1, 1, 0, 0},
                new double[] {0, 1, 1, 1, 0, 0},
                new double[] {0, 0, 0, 0, 0, 0});
    }

    @Test
    void cornersInAnyOrder() {
        assertThat(Rectangle.of(SIZE, Point.of(4, 1), Point.of(1, 3), 0))
                .isEqualTo(Rectangle.of(SIZE, Point.of(1, 1), Point.of(4, 3), 0));
    }

    @Test
    void softEdgesMultiplyAlongTheTwoAxes() {
        // across: ramps from 0 to 2 and 4 to 6 -> 0.25 0.75 1 1 0.75 0.25; down: 0.25 0.75 0.75 0.25
        assertRows(Rectangle.of(SIZE, Point.of(1, 1), Point.of(5, 3), 2, 1f, 0f),
                new double[] {1 / 16.0, 3 / 16.0, 0.25, 0.25, 3 / 16.0, 1 / 16.0},
                new double[] {3 / 16.0, 9 / 16.0, 0.75, 0.75, 9 / 16.0, 3 / 16.0},
                new double[] {3 / 16.0, 9 / 16.0, 0.75, 0.75, 9 / 16.0, 3 / 16.0},
                new double[] {1 / 16.0, 3 / 16.0, 0.25, 0.25, 3 / 16.0, 1 / 16.0});
    }

    @Test
    void invertedValuesAndFractionalCorners() {
        assertRows(Rectangle.of(SIZE, Point.of(1.5, 0), Point.of(3, 4), 0, 0.2f, 1f),
                new double[] {1, 0.6, 0.2, 1, 1, 1},
                new double[] {1, 0.6, 0.2, 1, 1, 1},
                new double[] {1, 0.6, 0.2, 1, 1, 1},
                new double[] {1, 0.6, 0.2, 1, 1, 1});
    }

    @Test
    void rejectsAFlatRectangle() {
        assertThatThrownBy(() -> Rectangle.of(SIZE, Point.of(5, 0), Point.of(5, 4), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a rectangle needs two opposite corners with different x and different y, got (5, 0) and (5, 4)");
        assertThatThrownBy(() -> Rectangle.of(SIZE, Point.of(0, 0), Point.of(5, 4), -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("blur must be 0 or more, got -1");
    }
}
