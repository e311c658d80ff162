package dev.jiffy.image;

/** How {@link Resizer} computes a pixel from its neighbours. */
public enum Resampling {
    /** Lanczos with 3 lobes, widened when shrinking so every source pixel counts (sharp and alias-free). */
    LANCZOS3(3) {
        @Override
        double weight(double x) {
            if (x == 0) {
                return 1;
            }
            if (x <= -3 || x >= 3) {
                return 0;
            }
            double px = Math.PI * x;
            return 3 * Math.sin(px) * Math.sin(px / 3) / (px * px);
        }
    },
    /** Box filter: the mean of the source pixels each output pixel covers (FFmpeg's "area"). */
    AREA(0.5) {
        @Override
        double weight(double x) {
            return x > -0.5 && x <= 0.5 ? 1 : 0;
        }
    },
    /** Linear interpolation between the two nearest pixels, widened when shrinking. */
    BILINEAR(1) {
        @Override
        double weight(double x) {
            double a = Math.abs(x);
            return a < 1 ? 1 - a : 0;
        }
    };

    final double support;

    Resampling(double support) {
        this.support = support;
    }

    abstract double weight(double x);
}
