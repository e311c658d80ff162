package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.time.Times;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the effects, with messages that show the value and what was expected. */
final class Checks {
    private Checks() {
    }

    /** {@code 2} rather than {@code 2.0}, {@code 0.5} as is: numbers as a user wrote them. */
    static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /** A colour as 0xAARRGGBB. */
    static String hex(int argb) {
        return String.format(Locale.ROOT, "0x%08X", argb);
    }

    /** A positive, finite number of seconds. */
    static double positiveSeconds(double seconds, String what) {
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new IllegalArgumentException(what + " must be a positive number of seconds, got "
                    + (Double.isFinite(seconds) ? Times.format(seconds) : num(seconds)));
        }
        return seconds;
    }

    /** The clip's duration, which must be finite for effects that play with time. */
    static double finiteDuration(Clip clip, String action) {
        Objects.requireNonNull(clip, "clip");
        double d = clip.duration();
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("cannot " + action + " a clip that lasts forever (a still without a "
                    + "duration): give it one with withDuration(seconds) first");
        }
        return d;
    }

    /** An opaque colour: 0xFFRRGGBB, or 0xRRGGBB taken as opaque. */
    static int opaqueColor(int argb, String what, String instead) {
        int alpha = argb >>> 24;
        if (alpha != 0 && alpha != 0xFF) {
            throw new IllegalArgumentException(what + " must be opaque (0xFFRRGGBB or 0xRRGGBB), got " + hex(argb)
                    + "; " + instead);
        }
        return 0xFF000000 | argb;
    }
}
