package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One picture shown for a while (forever until {@link #withDuration} says otherwise). The picture may be computed on
 * first use, so a snapshot of a video decodes nothing until it is needed, and then only once.
 */
final class StillClip implements Clip {
    private final Size size;
    private final double duration;
    private final Supplier<Frame> picture;
    private volatile Frame cached;

    StillClip(Size size, double duration, Supplier<Frame> picture) {
        this.size = size;
        this.duration = duration;
        this.picture = picture;
    }

    @Override
    public double duration() {
        return duration;
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.empty();
    }

    @Override
    public Frame frame(double t) {
        Timeline.requireInClip(t, duration);
        Frame f = cached;
        if (f == null) {
            synchronized (this) {
                f = cached;
                if (f == null) {
                    f = picture.get();
                    cached = f;
                }
            }
        }
        return f;
    }

    @Override
    public Clip withDuration(double newDuration) {
        if (!(newDuration > 0) || Double.isInfinite(newDuration)) {
            throw new IllegalArgumentException("duration must be positive, got " + dev.jiffy.time.Times.format(newDuration));
        }
        StillClip self = this;
        return new StillClip(size, newDuration, () -> self.frame(0));
    }
}
