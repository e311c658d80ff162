package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.util.Objects;

/**
 * A mask split in two along a straight line, with a soft edge of a chosen width: MoviePy's {@code color_split}.
 *
 * <h2>Which side is which</h2>
 * As in MoviePy, a line given by two points (or a point and a direction) has a <em>left</em> and a <em>right</em> side
 * as seen by someone walking along it from {@code p1} towards {@code p2} <em>on the screen</em> (y grows down):
 *
 * <pre>
 *               ● p2                         p1 ●─────────────▶● p2
 *              /                                    left side (above)
 *   left      /     right                 ─────────────────────────────
 *   side     /      side                        right side (below)
 *           /
 *        p1 ●
 * </pre>
 *
 * Walking up, "left" is the screen's left; walking right, it is the top; walking down, it is the screen's right.
 * Exactly: the left side is where {@code (x2 - x1)(y - y1) - (y2 - y1)(x - x1) < 0}. {@link #atX} is the line walked
 * upwards (left side = smaller x) and {@link #atY} the line walked to the right (left side = top), so the three forms
 * agree, and all agree with MoviePy, whose region 1 ({@code col1}) is our left. Swapping p1 and p2 swaps the sides.
 * The values default to MoviePy's: <b>0 on the left (transparent), 1 on the right (opaque)</b>; every factory has an
 * overload taking both.
 *
 * <p>The seed's {@code color_split(size, p1=(445, 20), p2=(345, 275), grad_width=5)} is
 * {@code Split.through(size, Point.of(445, 20), Point.of(345, 275), 5)}: the line runs down and to the left, so its
 * left side is the right of the picture (transparent, the moving clip shows) and the part of the picture left of the
 * line is opaque (the frozen snapshot).
 *
 * <h2>The edge</h2>
 * As MoviePy's, the soft edge lies wholly on the left side and ends on the line: the right value on the line and
 * beyond it, the left value from {@code gradWidth} before it, a linear ramp between. (Until issue 13 Jiffy centred the
 * ramp on the line, 2.5 px off the seed's mask at gradWidth 5.) Pixels are averaged over their area (see the package
 * notes), so gradWidth 0 still antialiases a slanted line, while {@code atX(size, 3, 0)} is exactly 0 in columns 0..2
 * and 1 from column 3. The one difference left: MoviePy samples pixel (i, j) at the point (i, j), Jiffy at its centre
 * (i + ½, j + ½), so on the ramp MoviePy's values are Jiffy's half a pixel (diagonally) away; its two-point form also
 * raises an error when the points are equal, which this one reports as an {@link IllegalArgumentException}.
 */
public final class Split {
    private Split() {
    }

    /** Vertical split at {@code x}: 0 left of it, 1 right of it. */
    public static Mask atX(Size size, double x, double gradWidth) {
        return atX(size, x, gradWidth, 0f, 1f);
    }

    /** Vertical split at {@code x}: {@code left} for smaller x, {@code right} for larger x. */
    public static Mask atX(Size size, double x, double gradWidth, float left, float right) {
        Checks.finite(x, "split x");
        double h = halfWidth(gradWidth);
        return HalfPlanes.draw(Objects.requireNonNull(size, "size"), x - h, 0, 1, 0, h,
                Checks.value(left), Checks.value(right));
    }

    /** Horizontal split at {@code y}: 0 above it, 1 below it. */
    public static Mask atY(Size size, double y, double gradWidth) {
        return atY(size, y, gradWidth, 0f, 1f);
    }

    /** Horizontal split at {@code y}: {@code top} for smaller y, {@code bottom} for larger y. */
    public static Mask atY(Size size, double y, double gradWidth, float top, float bottom) {
        Checks.finite(y, "split y");
        double h = halfWidth(gradWidth);
        return HalfPlanes.draw(Objects.requireNonNull(size, "size"), 0, y - h, 0, 1, h,
                Checks.value(top), Checks.value(bottom));
    }

    /** Split along the line through p1 and p2: 0 on its left side, 1 on its right (see the class notes). */
    public static Mask through(Size size, Point p1, Point p2, double gradWidth) {
        return through(size, p1, p2, gradWidth, 0f, 1f);
    }

    /** Split along the line through p1 and p2, {@code left} and {@code right} as seen walking from p1 to p2. */
    public static Mask through(Size size, Point p1, Point p2, double gradWidth, float left, float right) {
        Checks.point(p1, "p1");
        Checks.point(p2, "p2");
        if (p1.equals(p2)) {
            throw new IllegalArgumentException("the two points of a split must differ, got " + p1 + " and " + p2);
        }
        // The midpoint is as accurate a point on the line as there is, whatever the points' magnitudes.
        return line(size, (p1.x() + p2.x()) / 2, (p1.y() + p2.y()) / 2, p2.x() - p1.x(), p2.y() - p1.y(), gradWidth,
                left, right);
    }

    /** Split along the line through {@code point} in {@code direction}: 0 on its left side, 1 on its right. */
    public static Mask along(Size size, Point point, Point direction, double gradWidth) {
        return along(size, point, direction, gradWidth, 0f, 1f);
    }

    /**
     * Split along the line through {@code point} in {@code direction} (a vector: only its direction matters),
     * {@code left} and {@code right} as seen walking that way.
     */
    public static Mask along(Size size, Point point, Point direction, double gradWidth, float left, float right) {
        Checks.point(point, "point");
        Checks.point(direction, "direction");
        if (direction.x() == 0 && direction.y() == 0) {
            throw new IllegalArgumentException("the direction of a split must not be (0, 0)");
        }
        return line(size, point.x(), point.y(), direction.x(), direction.y(), gradWidth, left, right);
    }

    private static Mask line(Size size, double originX, double originY, double dx, double dy, double gradWidth,
            float left, float right) {
        Objects.requireNonNull(size, "size");
        double h = halfWidth(gradWidth);
        Checks.value(left);
        Checks.value(right);
        double length = Math.hypot(dx, dy);
        if (!Double.isFinite(length)) {
            throw new IllegalArgumentException("the line of a split is too long to compute with, its vector is ("
                    + Checks.format(dx) + ", " + Checks.format(dy) + ")");
        }
        // (-dy, dx) points to the walker's right on a y-down screen; HalfPlanes centres its ramp on the edge it is
        // given, so that edge is h to the left of the line, and the ramp ends on the line (as MoviePy's).
        double normalX = -dy / length;
        double normalY = dx / length;
        return HalfPlanes.draw(size, originX - h * normalX, originY - h * normalY, normalX, normalY, h, left, right);
    }

    private static double halfWidth(double gradWidth) {
        return Checks.nonNegative(gradWidth, "gradient width") / 2;
    }
}
