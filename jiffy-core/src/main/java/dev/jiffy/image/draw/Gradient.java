package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.util.Objects;

/**
 * Linear and radial gradients: MoviePy's {@code color_gradient} with {@code shape='linear'} and {@code 'radial'}.
 *
 * <pre>
 *  linear:   fromValue │ ramp ─────────────────▶ │ toValue
 *                    from      (offset: the ramp starts this far along)      to
 *
 *  radial:   centerValue at the centre, edgeValue from {@code radius} on, linear between
 * </pre>
 *
 * The {@code offset} (0 ≤ offset &lt; 1, default 0) delays the ramp: with offset 0.9 the value stays
 * {@code fromValue} (or {@code centerValue}) for the first 90% of the way and changes over the last 10%. Values
 * before {@code from} and past {@code to} stay at the end values. Pixels are averaged over their area (see the package
 * notes), which on the straight part of a ramp is its value at the pixel's centre.
 *
 * <p>MoviePy's code, unlike its documentation, puts {@code color_2} at p1 and {@code color_1} at p2 of a linear
 * gradient; here {@code fromValue} is always at {@code from}, as its documentation says.
 */
public final class Gradient {
    private Gradient() {
    }

    /**
     * {@code fromValue} at and before {@code from}, {@code toValue} at and past {@code to}, linear between.
     *
     * @param size      the mask's size
     * @param from      where the ramp starts, in pixels
     * @param to        where it ends, a different point
     * @param fromValue the value at the start, 0..1
     * @param toValue   the value at the end, 0..1
     * @return a new mask
     * @throws IllegalArgumentException if the points are equal or a value is outside 0..1
     */
    public static Mask linear(Size size, Point from, Point to, float fromValue, float toValue) {
        return linear(size, from, to, fromValue, toValue, 0);
    }

    /**
     * As {@link #linear(Size, Point, Point, float, float)}, the ramp starting {@code offset} of the way along.
     *
     * @param size      the mask's size
     * @param from      where the ramp would start at offset 0, in pixels
     * @param to        where it ends, a different point
     * @param fromValue the value up to the ramp's start, 0..1
     * @param toValue   the value at the end, 0..1
     * @param offset    the fraction of the way from {@code from} to {@code to} where the ramp starts, 0 ≤ offset &lt; 1
     * @return a new mask
     * @throws IllegalArgumentException if the points are equal, a value is outside 0..1 or the offset is out of range
     */
    public static Mask linear(Size size, Point from, Point to, float fromValue, float toValue, double offset) {
        Objects.requireNonNull(size, "size");
        Checks.point(from, "from");
        Checks.point(to, "to");
        if (from.equals(to)) {
            throw new IllegalArgumentException("the two points of a gradient must differ, got " + from + " and " + to);
        }
        Checks.offset(offset);
        Checks.value(fromValue);
        Checks.value(toValue);
        double dx = to.x() - from.x();
        double dy = to.y() - from.y();
        double length = Math.hypot(dx, dy);
        if (!Double.isFinite(length)) {
            throw new IllegalArgumentException("a gradient from " + from + " to " + to + " is too long to compute with");
        }
        double startX = from.x() + offset * dx;
        double startY = from.y() + offset * dy;
        double width = (1 - offset) * length;
        return HalfPlanes.draw(size, (startX + to.x()) / 2, (startY + to.y()) / 2, dx / length, dy / length, width / 2,
                fromValue, toValue);
    }

    /**
     * {@code centerValue} at {@code center}, {@code edgeValue} from {@code radius} away on, linear between.
     *
     * @param size        the mask's size
     * @param center      the centre, in pixels
     * @param radius      in pixels, above 0
     * @param centerValue the value at the centre, 0..1
     * @param edgeValue   the value from {@code radius} on, 0..1
     * @return a new mask
     * @throws IllegalArgumentException if the radius is not above 0 or a value is outside 0..1
     */
    public static Mask radial(Size size, Point center, double radius, float centerValue, float edgeValue) {
        return radial(size, center, radius, centerValue, edgeValue, 0);
    }

    /**
     * As {@link #radial(Size, Point, double, float, float)}, the ramp starting at {@code offset × radius}: with
     * offset 0.9, a disc of {@code centerValue} whose last tenth fades to {@code edgeValue}.
     *
     * @param size        the mask's size
     * @param center      the centre, in pixels
     * @param radius      in pixels, above 0
     * @param centerValue the value up to the ramp's start, 0..1
     * @param edgeValue   the value from {@code radius} on, 0..1
     * @param offset      where the ramp starts, as a fraction of the radius, 0 ≤ offset &lt; 1
     * @return a new mask
     * @throws IllegalArgumentException if the radius is not above 0, a value is outside 0..1 or the offset is out of
     *                                  range
     */
    public static Mask radial(Size size, Point center, double radius, float centerValue, float edgeValue,
            double offset) {
        Objects.requireNonNull(size, "size");
        Checks.point(center, "center");
        Checks.finite(radius, "radius of a radial gradient");
        if (!(radius > 0)) {
            throw new IllegalArgumentException("radius of a radial gradient must be above 0, got " + Checks.format(radius));
        }
        Checks.offset(offset);
        double inner = offset * radius;
        return Rings.draw(size, center.x(), center.y(), (inner + radius) / 2, (radius - inner) / 2,
                Checks.value(centerValue), Checks.value(edgeValue));
    }
}
