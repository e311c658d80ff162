package dev.jiffy.image.draw;

import static dev.jiffy.image.draw.Masks.assertRows;
import static dev.jiffy.image.draw.Masks.repeat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SplitTest {
    private static final Size SIX_BY_FOUR = new Size(6, 4);

    @Test
    void hardSplitAtXFollowsPixelBoundaries() {
        assertRows(Split.atX(SIX_BY_FOUR, 3, 0), repeat(4, 0, 0, 0, 1, 1, 1));
    }

    @Test
    void softSplitAtXEndsOnTheLineWithTheRampOnTheLeftAsMoviePys() {
        // ramp from x=1 (0) to x=3 (1); each pixel averages it over its width
        assertRows(Split.atX(SIX_BY_FOUR, 3, 2), repeat(4, 0, 0.25, 0.75, 1, 1, 1));
        // ramp from 2 to 3: pixel 2 is its mean, 0.5
        assertRows(Split.atX(SIX_BY_FOUR, 3, 1), repeat(4, 0, 0, 0.5, 1, 1, 1));
    }

    @Test
    void hardSplitThroughAPixelGivesItsCoverage() {
        assertRows(Split.atX(SIX_BY_FOUR, 2.5, 0), repeat(4, 0, 0, 0.5, 1, 1, 1));
        assertRows(Split.atX(SIX_BY_FOUR, 2.25, 0), repeat(4, 0, 0, 0.75, 1, 1, 1));
    }

    @Test
    void chosenValuesOnEachSide() {
        assertRows(Split.atX(SIX_BY_FOUR, 3, 2, 1f, 0.2f), repeat(4, 1, 0.8, 0.4, 0.2, 0.2, 0.2));
    }

    @Test
    void splitAtYPutsTheFirstValueOnTop() {
        assertRows(Split.atY(SIX_BY_FOUR, 2, 2),
                new double[] {0.25, 0.25, 0.25, 0.25, 0.25, 0.25},
                new double[] {0.75, 0.75, 0.75, 0.75, 0.75, 0.75},
                new double[] {1, 1, 1, 1, 1, 1},
                new double[] {1, 1, 1, 1, 1, 1});
        assertRows(Split.atY(SIX_BY_FOUR, 1, 0, 1f, 0f),
                new double[] {1, 1, 1, 1, 1, 1}, new double[6], new double[6], new double[6]);
    }

    @Test
    void theFourFormsAgreeOnTheSameLine() {
        Mask byX = Split.atX(SIX_BY_FOUR, 3, 2);
        // walking up the line x = 3, the left side is the smaller x
        assertThat(Split.through(SIX_BY_FOUR, Point.of(3, 4), Point.of(3, 0), 2)).isEqualTo(byX);
        assertThat(Split.along(SIX_BY_FOUR, Point.of(3, 1), Point.of(0, -7), 2)).isEqualTo(byX);
        // walking right along y = 2, the left side is the top
        assertThat(Split.through(SIX_BY_FOUR, Point.of(-5, 2), Point.of(1, 2), 2)).isEqualTo(Split.atY(SIX_BY_FOUR, 2, 2));
    }

    @Test
    void walkingDownTheLeftSideIsTheScreensRight() {
        assertRows(Split.through(SIX_BY_FOUR, Point.of(3, 0), Point.of(3, 4), 0), repeat(4, 1, 1, 1, 0, 0, 0));
    }

    @Test
    void diagonalHardEdgeCutsItsPixelsInHalf() {
        // walking from the top-left corner down-right: the left side is above the diagonal (screen's upper right)
        assertRows(Split.through(new Size(4, 4), Point.of(0, 0), Point.of(4, 4), 0),
                new double[] {0.5, 0, 0, 0},
                new double[] {1, 0.5, 0, 0},
                new double[] {1, 1, 0.5, 0},
                new double[] {1, 1, 1, 0.5});
    }

    @Test
    void swappingThePointsSwapsTheSidesAndMovesTheRampToTheOtherSide() {
        Size size = new Size(37, 23);
        Point p1 = Point.of(4.3, -2.1);
        Point p2 = Point.of(29.7, 25.6);
        for (double grad : new double[] {0, 0.7, 3, 40}) {
            float[] forwards = Split.through(size, p1, p2, grad).toFloatArray();
            float[] swappedValues = Split.through(size, p2, p1, grad, 1f, 0f).toFloatArray();
            float[] backwards = Split.through(size, p2, p1, grad).toFloatArray();
            for (int i = 0; i < forwards.length; i++) {
                assertThat(swappedValues[i] + backwards[i]).as("grad %s, pixel %d", grad, i).isCloseTo(1f, within(1e-6f));
                if (grad == 0) {
                    assertThat(forwards[i] + backwards[i]).as("pixel %d", i).isCloseTo(1f, within(1e-6f));
                }
            }
        }
        // with a soft edge, each ramp lies on its own left side: walking up x = 3, left of it; walking down, right of it
        assertRows(Split.through(SIX_BY_FOUR, Point.of(3, 4), Point.of(3, 0), 2), repeat(4, 0, 0.25, 0.75, 1, 1, 1));
        assertRows(Split.through(SIX_BY_FOUR, Point.of(3, 0), Point.of(3, 4), 2), repeat(4, 1, 1, 1, 0.75, 0.25, 0));
    }

    @Test
    void valuesAreTheExactAreaAverageOfTheRamp() {
        // brute force: 200 x 200 samples per pixel of the ramp from grad before the line to the line
        Size size = new Size(7, 6);
        Point p1 = Point.of(1.3, 0.2);
        Point p2 = Point.of(5.9, 4.4);
        for (double grad : new double[] {0, 1.5}) {
            Mask mask = Split.through(size, p1, p2, grad);
            double dx = p2.x() - p1.x();
            double dy = p2.y() - p1.y();
            double len = Math.hypot(dx, dy);
            int n = 200;
            for (int y = 0; y < size.height(); y++) {
                for (int x = 0; x < size.width(); x++) {
                    double total = 0;
                    for (int j = 0; j < n; j++) {
                        for (int i = 0; i < n; i++) {
                            double px = x + (i + 0.5) / n;
                            double py = y + (j + 0.5) / n;
                            double s = (dx * (py - p1.y()) - dy * (px - p1.x())) / len; // > 0 on the right
                            total += grad == 0 ? (s > 0 ? 1 : 0) : Math.min(1, Math.max(0, s / grad + 1));
                        }
                    }
                    assertThat((double) mask.value(x, y)).as("grad %s at (%d, %d)", grad, x, y)
                            .isCloseTo(total / (n * n), within(0.006));
                }
            }
        }
    }

    /** The seed's anna_kris mask: color_split(size, p1=(445, 20), p2=(345, 275), grad_width=5). */
    @Test
    void seedAnnaKrisSplitMatchesMoviePyAwayFromTheEdge() {
        Size size = new Size(640, 360);
        Point p1 = Point.of(445, 20);
        Point p2 = Point.of(345, 275);
        Mask mask = Split.through(size, p1, p2, 5);

        assertThat(mask.value(100, 180)).as("left part of the picture: the frozen snapshot").isEqualTo(1f);
        assertThat(mask.value(10, 350)).isEqualTo(1f);
        assertThat(mask.value(600, 180)).as("right part: the moving clip shows through").isEqualTo(0f);
        assertThat(mask.value(639, 0)).isEqualTo(0f);

        // MoviePy's formula, written out: a one-sided ramp of width 5 from the line (col2 = 1) into region 1
        // (col1 = 0) along the normal (vy, -vx), evaluated at (x, y).
        double vx = p2.x() - p1.x();
        double vy = p2.y() - p1.y();
        double norm = Math.hypot(vx, vy);
        double nx = 5 * vy / norm;
        double ny = -5 * vx / norm;
        java.util.function.DoubleBinaryOperator moviepy = (x, y) -> {
            double arr = Math.min(1, Math.max(0, ((x - p1.x()) * nx + (y - p1.y()) * ny) / 25));
            return arr * 0 + (1 - arr) * 1;
        };
        double reach = (Math.abs(vx) + Math.abs(vy)) / norm / 2; // how far a pixel strays across the line
        double worstAtPoints = 0;
        int fractional = 0;
        List<String> wrong = new ArrayList<>();
        for (int j = 0; j < size.height(); j++) {
            for (int i = 0; i < size.width(); i++) {
                float ours = mask.value(i, j);
                double atCentre = moviepy.applyAsDouble(i + 0.5, j + 0.5);
                // signed distance of the centre to the line, positive on region 1 (MoviePy's col1 side)
                double s = ((i + 0.5 - p1.x()) * vy - (j + 0.5 - p1.y()) * vx) / norm;
                boolean nearAKink = Math.abs(s) < reach || Math.abs(s - 5) < reach;
                if (!nearAKink && Math.abs(ours - atCentre) > 1e-5) {
                    wrong.add("(" + i + ", " + j + "): " + ours + ", MoviePy at the centre " + atCentre);
                }
                if (nearAKink && Math.abs(ours - atCentre) > 0.07) {
                    wrong.add("(" + i + ", " + j + ") near a kink: " + ours + ", MoviePy at the centre " + atCentre);
                }
                worstAtPoints = Math.max(worstAtPoints, Math.abs(ours - moviepy.applyAsDouble(i, j)));
                if (ours > 0 && ours < 1) {
                    fractional++;
                }
            }
        }
        assertThat(wrong).isEmpty();
        // MoviePy's own pixels, sampled at (i, j): half a pixel's diagonal (0.65 px across this slant) of a 5 px ramp
        assertThat(worstAtPoints).isLessThanOrEqualTo(0.65 / 5 + 1e-6);
        // a band 5 + 2 × 0.65 (the pixel's reach across this slant) ≈ 6.3 px wide along the 387 px of line in the
        // picture: about 2,430 pixels
        assertThat(fractional).isBetween(2300, 2550);
    }

    @Test
    void rejectsBadArgumentsNamingTheValues() {
        assertThatThrownBy(() -> Split.through(SIX_BY_FOUR, Point.of(10, 10), Point.of(10, 10), 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the two points of a split must differ, got (10, 10) and (10, 10)");
        assertThatThrownBy(() -> Split.atX(SIX_BY_FOUR, 3, -2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gradient width must be 0 or more, got -2");
        assertThatThrownBy(() -> Split.atY(SIX_BY_FOUR, 3, 1, 1.5f, 0f))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("mask values go from 0 to 1, got 1.5");
        assertThatThrownBy(() -> Split.along(SIX_BY_FOUR, Point.of(1, 1), Point.of(0, 0), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the direction of a split must not be (0, 0)");
        assertThatThrownBy(() -> Split.atX(SIX_BY_FOUR, Double.NaN, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("split x must be a finite number, got NaN");
        assertThatThrownBy(() -> Split.atX(SIX_BY_FOUR, 3, Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gradient width must be a finite number, got Infinity");
        assertThatThrownBy(() -> Point.of(Double.NaN, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("point coordinates must be finite numbers, got (NaN, 3)");
        assertThatThrownBy(() -> Split.through(null, Point.of(0, 0), Point.of(1, 1), 0))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("size");
    }
}
