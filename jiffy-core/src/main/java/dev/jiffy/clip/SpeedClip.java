package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;

/** A clip played faster or slower: time t shows the parent's frame at t × factor. */
final class SpeedClip implements Clip {
    private final Clip parent;
    private final double factor;

    private SpeedClip(Clip parent, double factor) {
        this.parent = parent;
        this.factor = factor;
    }

    static Clip of(Clip parent, double factor) {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("speed factor must be a positive number, got " + factor);
        }
        return new SpeedClip(parent, factor);
    }

    @Override
    public double duration() {
        return parent.duration() / factor;
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
        double local = Timeline.requireInClip(t, duration());
        return parent.frame(Math.min(local * factor, parent.duration()));
    }
}
