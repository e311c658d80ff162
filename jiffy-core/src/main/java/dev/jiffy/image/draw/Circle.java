package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.util.Objects;

/**
 * A disc with a soft edge: MoviePy's {@code drawing.circle}.
 *
 * <pre>
 *   outside value (default 0)
 *        .-‾‾‾-.
 *      /    ·    \ ← the ramp, {@code blur} wide, centred on the radius
 *     |  inside   |
 *      \ (def. 1)/
 *        `-___-´
 * </pre>
 *
 * The value is {@code inside} up to {@code radius - blur/2} from the centre, {@code outside} from
 * {@code radius + blur/2}, linear between; with blur 0 the edge pixels still get their share of the disc, so the
 * values add up to about πr². Swap the two values for a hole in an opaque mask. MoviePy's ramp lies wholly inside the
 * radius, from {@code radius - blur} to {@code radius}: {@code circle(size, c, r, blur=b)} is
 * {@code Circle.of(size, c, r - b / 2, b)} here (up to MoviePy's half-pixel offset, see the package notes).
 */
public final class Circle {
    private Circle() {
    }

    /**
     * 1 inside the circle, 0 outside, a ramp {@code blur} pixels wide across the edge.
     *
     * @param size   the mask's size
     * @param center the centre, in pixels; may lie outside the mask
     * @param radius in pixels, 0 or more
     * @param blur   pixels over which the value ramps across the edge, 0 or more
     * @return a new mask
     * @throws IllegalArgumentException if radius or blur is negative or a number is not finite
     */
    public static Mask of(Size size, Point center, double radius, double blur) {
        return of(size, center, radius, blur, 1f, 0f);
    }

    /**
     * {@code inside} within the circle, {@code outside} beyond it, a ramp {@code blur} pixels wide across the edge.
     *
     * @param size    the mask's size
     * @param center  the centre, in pixels; may lie outside the mask
     * @param radius  in pixels, 0 or more
     * @param blur    pixels over which the value ramps across the edge, 0 or more
     * @param inside  the value within, 0..1
     * @param outside the value beyond, 0..1
     * @return a new mask
     * @throws IllegalArgumentException if radius or blur is negative, a value is outside 0..1 or a number is not finite
     */
    public static Mask of(Size size, Point center, double radius, double blur, float inside, float outside) {
        Objects.requireNonNull(size, "size");
        Checks.point(center, "center");
        Checks.nonNegative(radius, "circle radius");
        Checks.nonNegative(blur, "blur");
        return Rings.draw(size, center.x(), center.y(), radius, blur / 2, Checks.value(inside), Checks.value(outside));
    }
}
