package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.RetimedClip;
import dev.jiffy.time.Timeline;
import java.util.function.DoubleUnaryOperator;

/** A clip played over and over for {@code duration} seconds: time t shows the parent at t modulo its length. */
record LoopTime(double period, double duration) implements DoubleUnaryOperator {

    /** {@code clip} (lasting {@code period}) looped for {@code duration} seconds. */
    static Clip loop(Clip clip, double period, double duration) {
        return RetimedClip.of(clip, duration, new LoopTime(period, duration));
    }

    /**
     * The parent's time for {@code at}. A time within EPSILON of a multiple of the period is the start of the next
     * round (so rounding never shows the last frame where the first belongs), except at the very end of the loop, which
     * shows what the last round shows at its end.
     */
    @Override
    public double applyAsDouble(double at) {
        if (at >= duration - Timeline.EPSILON) {
            double rounds = Math.ceil(duration / period - Timeline.EPSILON) - 1;
            return clamp(duration - rounds * period);
        }
        double local = at - Math.floor(at / period) * period;
        if (local >= period - Timeline.EPSILON) {
            return 0;
        }
        return clamp(local);
    }

    private double clamp(double local) {
        return Math.max(0, Math.min(period, local));
    }
}
