package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.util.Objects;

/**
 * A rectangle with sides parallel to the picture's, hard or soft-edged: handy to freeze or reveal a region.
 *
 * <pre>
 *   (x1, y1) ●───────────┐
 *            │  inside   │   outside value (default 0) around it
 *            │ (def. 1)  │
 *            └───────────● (x2, y2)
 * </pre>
 *
 * With blur 0 and whole-number corners it covers exactly the pixels x1 ≤ x &lt; x2, y1 ≤ y &lt; y2 (the same
 * rectangle as {@code crop(x1, y1, x2, y2)}). A blur of w puts a ramp w wide across each side, centred on it; along
 * each axis the ramps are the rectangle's sides blurred, and the two axes multiply, so corners round off softly and a
 * rectangle narrower than w never quite reaches the inside value.
 */
public final class Rectangle {
    private Rectangle() {
    }

    /**
     * 1 inside the rectangle with these two opposite corners (in either order), 0 outside.
     *
     * @param size     the mask's size
     * @param corner   one corner, in pixels
     * @param opposite the opposite corner, with a different x and y
     * @param blur     pixels over which the value ramps across the edges, 0 or more
     * @return a new mask
     * @throws IllegalArgumentException if the corners share an x or a y, or blur is negative
     */
    public static Mask of(Size size, Point corner, Point opposite, double blur) {
        return of(size, corner, opposite, blur, 1f, 0f);
    }

    /**
     * {@code inside} within the rectangle with these two opposite corners (in either order), {@code outside} around.
     *
     * @param size     the mask's size
     * @param corner   one corner, in pixels
     * @param opposite the opposite corner, with a different x and y
     * @param blur     pixels over which the value ramps across the edges, 0 or more
     * @param inside   the value within, 0..1
     * @param outside  the value around, 0..1
     * @return a new mask
     * @throws IllegalArgumentException if the corners share an x or a y, blur is negative or a value is outside 0..1
     */
    public static Mask of(Size size, Point corner, Point opposite, double blur, float inside, float outside) {
        Objects.requireNonNull(size, "size");
        Checks.point(corner, "corner");
        Checks.point(opposite, "opposite");
        if (corner.x() == opposite.x() || corner.y() == opposite.y()) {
            throw new IllegalArgumentException("a rectangle needs two opposite corners with different x and different y, got "
                    + corner + " and " + opposite);
        }
        double h = Checks.nonNegative(blur, "blur") / 2;
        Checks.value(inside);
        Checks.value(outside);
        double[] across = profile(size.width(), Math.min(corner.x(), opposite.x()), Math.max(corner.x(), opposite.x()), h);
        double[] down = profile(size.height(), Math.min(corner.y(), opposite.y()), Math.max(corner.y(), opposite.y()), h);
        float[] out = Checks.pixels(size);
        int w = size.width();
        for (int y = 0, i = 0; y < down.length; y++) {
            double row = down[y];
            for (int x = 0; x < w; x++, i++) {
                out[i] = Ramp.mix(outside, inside, row * across[x]);
            }
        }
        return Mask.wrap(w, size.height(), out);
    }

    /** How much of each pixel of one row (or column) lies between low and high, edges ramped. */
    private static double[] profile(int n, double low, double high, double h) {
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double c = i + 0.5;
            p[i] = Math.max(0, Ramp.coverage(c - low, h, 1, 0) - Ramp.coverage(c - high, h, 1, 0));
        }
        return p;
    }
}
