package dev.jiffy.image.draw;

import dev.jiffy.image.Size;
import java.util.Objects;

/** Argument checks shared by the drawing factories; messages name the value that was wrong. */
final class Checks {
    private Checks() {
    }

    /** A mask value: 0..1. */
    static float value(float v) {
        if (!(v >= 0 && v <= 1)) {
            throw new IllegalArgumentException("mask values go from 0 to 1, got " + format(v));
        }
        return v;
    }

    /** A width, radius or blur: finite and 0 or more. */
    static double nonNegative(double v, String what) {
        if (!(v >= 0)) {
            throw new IllegalArgumentException(what + " must be 0 or more, got " + format(v));
        }
        return finite(v, what);
    }

    static double finite(double v, String what) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got " + format(v));
        }
        return v;
    }

    /** MoviePy's gradient offset: the fraction of the way at which the ramp starts, in [0, 1). */
    static double offset(double offset) {
        if (!(offset >= 0 && offset < 1)) {
            throw new IllegalArgumentException("offset must be at least 0 and below 1, got " + format(offset));
        }
        return offset;
    }

    static Point point(Point p, String name) {
        return Objects.requireNonNull(p, name);
    }

    /** A fresh array for a mask of this size. */
    static float[] pixels(Size size) {
        Objects.requireNonNull(size, "size");
        if (size.pixels() > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("a " + size + " mask is too large to draw (" + size.pixels() + " pixels)");
        }
        return new float[size.width() * size.height()];
    }

    /** Whole numbers without a trailing ".0": "-2", "445", "2.5". */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    static String format(float v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e7f) {
            return Long.toString((long) v);
        }
        return Float.toString(v);
    }
}
