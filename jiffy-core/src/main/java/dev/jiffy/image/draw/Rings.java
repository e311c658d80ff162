package dev.jiffy.image.draw;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;

/** Draws a ramp across a circle: the shared loop of {@link Circle} and {@link Gradient#radial}. */
final class Rings {
    /** Half the diagonal of a pixel, rounded up: no pixel's distances stray further than this from its centre's. */
    private static final double REACH = 0.7072;
    /** Pixels this close to the centre, where the circle bends too fast for its tangent, are sampled 32 × 32. */
    private static final double NEAR = 2;
    private static final int SAMPLES = 32;

    private Rings() {
    }

    /**
     * {@code inner} where the distance to the centre is below {@code radius - h}, {@code outer} beyond
     * {@code radius + h}, linear between. Each pixel averages the ramp along the circle's tangent at it, which is exact
     * for straight edges and very close for circles a few pixels wide; pixels within two pixels of the centre, where the
     * circle bends too fast for that, average 32 × 32 samples instead.
     */
    static Mask draw(Size size, double centerX, double centerY, double radius, double h, float inner, float outer) {
        float[] out = Checks.pixels(size);
        int w = size.width();
        for (int y = 0, i = 0; y < size.height(); y++) {
            double dy = y + 0.5 - centerY;
            for (int x = 0; x < w; x++, i++) {
                double dx = x + 0.5 - centerX;
                double distance = Math.sqrt(dx * dx + dy * dy);
                double s = distance - radius;
                double t;
                if (s + REACH <= -h) {
                    t = 0;
                } else if (s - REACH >= h) {
                    t = 1;
                } else if (distance < NEAR) {
                    t = sampled(dx, dy, radius, h);
                } else {
                    t = Ramp.coverage(s, h, Math.abs(dx) / distance, Math.abs(dy) / distance);
                }
                out[i] = Ramp.mix(inner, outer, t);
            }
        }
        return Mask.wrap(w, size.height(), out);
    }

    /** The mean of the ramp over SAMPLES × SAMPLES points spread evenly over the pixel centred at (dx, dy). */
    private static double sampled(double dx, double dy, double radius, double h) {
        double total = 0;
        for (int j = 0; j < SAMPLES; j++) {
            double y = dy + (j + 0.5) / SAMPLES - 0.5;
            for (int i = 0; i < SAMPLES; i++) {
                double x = dx + (i + 0.5) / SAMPLES - 0.5;
                total += Ramp.atPoint(Math.sqrt(x * x + y * y) - radius, h);
            }
        }
        return total / (SAMPLES * SAMPLES);
    }
}
