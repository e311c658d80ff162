package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;

/** Draws a ramp across a straight edge: the shared loop of {@link Split} and {@link Gradient#linear}. */
final class HalfPlanes {
    private HalfPlanes() {
    }

    /**
     * {@code negative} on the side where (p - origin)·normal &lt; 0, {@code positive} on the other, with a ramp of
     * half-width h centred on the edge through {@code origin}; normal must have length 1.
     */
    static Mask draw(Size size, double originX, double originY, double normalX, double normalY, double h,
            float negative, float positive) {
        float[] out = Checks.pixels(size);
        int w = size.width();
        double a = Math.abs(normalX);
        double b = Math.abs(normalY);
        for (int y = 0, i = 0; y < size.height(); y++) {
            double down = normalY * (y + 0.5 - originY);
            for (int x = 0; x < w; x++, i++) {
                double s = normalX * (x + 0.5 - originX) + down;
                out[i] = Ramp.mix(negative, positive, Ramp.coverage(s, h, a, b));
            }
        }
        return Mask.wrap(w, size.height(), out);
    }
}
