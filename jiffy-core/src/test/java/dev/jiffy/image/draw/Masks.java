package dev.jiffy.image.draw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Mask;

/** Test helpers: masks compared row by row against small hand-written tables. */
final class Masks {
    static final double TOLERANCE = 1e-6;

    private Masks() {
    }

    static void assertRows(Mask mask, double[]... rows) {
        assertThat(mask.height()).as("rows").isEqualTo(rows.length);
        for (int y = 0; y < rows.length; y++) {
            assertThat(mask.width()).as("columns").isEqualTo(rows[y].length);
            for (int x = 0; x < rows[y].length; x++) {
                assertThat((double) mask.value(x, y)).as("value at (%d, %d)", x, y).isCloseTo(rows[y][x], within(TOLERANCE));
            }
        }
    }

    /** The same row repeated {@code times}. */
    static double[][] repeat(int times, double... row) {
        double[][] rows = new double[times][];
        for (int i = 0; i < times; i++) {
            rows[i] = row;
        }
        return rows;
    }

    static double sum(Mask mask) {
        double total = 0;
        for (float v : mask.toFloatArray()) {
            total += v;
        }
        return total;
    }
}
