package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.RetimedClip;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.function.UnaryOperator;

/**
 * Holds the frame at time {@code at} for {@code seconds}, then carries on (MoviePy's {@code freeze}); the clip grows
 * by {@code seconds}. Of frames A, B, C at 1 fps, {@code freeze(1, 2)} gives A, B, B, B, C. A negative {@code at}
 * counts from the end, as in {@link Clip#subclip}; {@code at} equal to the duration holds the last frame (see
 * {@link FreezeLast}).
 */
record Freeze(double at, double seconds) implements UnaryOperator<Clip> {
    public Freeze {
        if (!Double.isFinite(at)) {
            throw new IllegalArgumentException("freeze time must be a finite number of seconds, got " + Checks.num(at));
        }
        Checks.positiveSeconds(seconds, "freeze duration");
    }

    @Override
    public Clip apply(Clip clip) {
        double d = Checks.finiteDuration(clip, "freeze a frame of");
        double t = at < 0 ? d + at : at;
        if (t < -Timeline.EPSILON) {
            throw new IllegalArgumentException("freeze at " + Times.format(at) + " is before the beginning of the clip ("
                    + Times.format(d) + " long)");
        }
        if (t > d + Timeline.EPSILON) {
            throw new IllegalArgumentException("freeze at " + Times.format(at) + " is past the end of the clip ("
                    + Times.format(d) + ")");
        }
        double held = Math.max(0, Math.min(d, t));
        return RetimedClip.of(clip, d + seconds, u -> {
            if (u < held) {
                return u;
            }
            return u <= held + seconds ? held : Math.min(d, u - seconds);
        });
    }
}
