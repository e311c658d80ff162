package dev.jiffy.image.draw;

/**
 * The arithmetic of every soft edge: the ramp {@code r(d) = clamp((d + h) / 2h, 0, 1)} of half-width h (a step at 0
 * when h is 0) of the signed distance d to an edge, averaged over one pixel.
 *
 * <p>Across a pixel whose centre is at distance s, with the edge's unit normal (nx, ny), the distance is
 * {@code s + nx·u + ny·v} for u, v uniform in [-½, ½]: the sum of two uniform variables of widths a = |nx| and
 * b = |ny|. The mean of r over it is a second difference of r's second antiderivative R2:
 * {@code (R2(s+A) - R2(s+B) - R2(s-B) + R2(s-A)) / ab} with A = (a+b)/2, B = (a-b)/2, which is exact; when b is
 * negligible, the first difference of R1 is used instead. Only pixels near a kink of the ramp reach that formula:
 * the rest are 0, 1 or on the straight part, where the mean is the value at the centre.
 */
final class Ramp {
    /** Below this, the thinner of the two widths is ignored (the error is at most about a quarter of it). */
    private static final double THIN = 1e-6;

    private Ramp() {
    }

    /**
     * The mean over a pixel of r(d) where d is s at the pixel's centre and varies across it along the unit normal
     * (nx, ny), given as a = |nx|, b = |ny|. Complementary by construction: coverage(-s) = 1 - coverage(s).
     */
    static double coverage(double s, double h, double a, double b) {
        return s > 0 ? 1 - lowerHalf(-s, h, a, b) : lowerHalf(s, h, a, b);
    }

    /** r at a single point (no area): for pixels where the edge's direction is not defined (a circle's centre). */
    static double atPoint(double s, double h) {
        if (h == 0) {
            return s < 0 ? 0 : s > 0 ? 1 : 0.5;
        }
        return Math.min(1, Math.max(0, (s + h) / (2 * h)));
    }

    /** {@code first} where t is 0, {@code second} where t is 1, exactly; linear between. */
    static float mix(float first, float second, double t) {
        if (t <= 0) {
            return first;
        }
        if (t >= 1) {
            return second;
        }
        return (float) (first + (second - first) * t);
    }

    /** The mean for s ≤ 0 (evaluating on the lower side keeps the antiderivatives small and the sums accurate). */
    private static double lowerHalf(double s, double h, double a, double b) {
        double reach = (a + b) / 2; // how far d strays from s inside the pixel
        if (s + reach <= -h) {
            return 0;
        }
        if (h > 0 && s - reach >= -h && s + reach <= h) {
            return (s + h) / (2 * h);
        }
        double wide = Math.max(a, b);
        double thin = Math.min(a, b);
        double mean;
        if (thin < THIN) {
            mean = (r1(s + wide / 2, h) - r1(s - wide / 2, h)) / wide;
        } else {
            double big = (wide + thin) / 2;
            double small = (wide - thin) / 2;
            mean = (r2(s + big, h) - r2(s + small, h) - r2(s - small, h) + r2(s - big, h)) / (wide * thin);
        }
        return Math.min(1, Math.max(0, mean));
    }

    /** ∫ r from -∞ to d. */
    private static double r1(double d, double h) {
        if (h == 0) {
            return Math.max(d, 0);
        }
        if (d <= -h) {
            return 0;
        }
        if (d < h) {
            double e = d + h;
            return e * e / (4 * h);
        }
        return d;
    }

    /** ∫ r1 from -∞ to d. */
    private static double r2(double d, double h) {
        if (h == 0) {
            return d > 0 ? d * d / 2 : 0;
        }
        if (d <= -h) {
            return 0;
        }
        if (d < h) {
            double e = d + h;
            return e * e * e / (12 * h);
        }
        return d * d / 2 + h * h / 6;
    }
}
