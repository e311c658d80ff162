package dev.jiffy.image.draw;

/**
 * A point in pixel coordinates (x to the right, y down; (0, 0) is the top-left corner of the picture), or a direction
 * vector. Coordinates may be fractional and may lie outside the picture; they must be finite.
 */
public record Point(double x, double y) {
    /**
     * Checks that the coordinates are finite.
     *
     * @param x pixels to the right of the left edge
     * @param y pixels below the top edge
     * @throws IllegalArgumentException if a coordinate is NaN or infinite
     */
    public Point {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException(
                    "point coordinates must be finite numbers, got (" + Checks.format(x) + ", " + Checks.format(y) + ")");
        }
    }

    /**
     * The point (x, y); reads better than {@code new} in a list of points.
     *
     * @param x pixels to the right of the left edge
     * @param y pixels below the top edge
     * @return the point
     * @throws IllegalArgumentException if a coordinate is NaN or infinite
     */
    public static Point of(double x, double y) {
        return new Point(x, y);
    }

    /** Written as in the error messages: {@code (445, 20)} or {@code (2.5, -1)}. */
    @Override
    public String toString() {
        return "(" + Checks.format(x) + ", " + Checks.format(y) + ")";
    }
}
