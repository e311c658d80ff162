package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;

/** A clip played over and over for {@code duration} seconds: time t shows the parent at t modulo its length. */
final class LoopedClip implements Clip {
    private final Clip parent;
    private final double period;
    private final double duration;

    LoopedClip(Clip parent, double period, double duration) {
        this.parent = parent;
        this.period = period;
        this.duration = duration;
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public Size size() {
        return parent.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        return parent.frame(local(Timeline.requireInClip(t, duration)));
    }

    /**
     * The parent's time for {@code at}. A time within EPSILON of a multiple of the period is the start of the next
     * round (so rounding never shows the last frame where the first belongs), except at the very end of the loop, which
     * shows what the last round shows at its end.
     */
    double local(double at) {
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
