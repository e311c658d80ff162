package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleFunction;

/**
 * A clip computed by a function of time, as MoviePy's {@code VideoClip(make_frame)}. The function is called from
 * rendering threads, possibly several at once, so it must not keep mutable state.
 */
public final class FunctionClip implements Clip {
    private final Size size;
    private final double duration;
    private final Optional<FrameRate> fps;
    private final DoubleFunction<Frame> make;

    private FunctionClip(Size size, double duration, Optional<FrameRate> fps, DoubleFunction<Frame> make) {
        this.size = Objects.requireNonNull(size, "size");
        this.duration = duration;
        this.fps = fps;
        this.make = Objects.requireNonNull(make, "make");
    }

    /**
     * Frames {@code make.apply(t)} of {@code size}, for {@code duration} seconds.
     *
     * @param size     the size of every frame {@code make} returns
     * @param duration seconds, positive
     * @param make     from seconds to the frame; called from rendering threads, so it must not keep mutable state
     * @return the clip, with no frame rate of its own
     * @throws IllegalArgumentException if {@code duration} is not positive
     */
    public static Clip of(Size size, double duration, DoubleFunction<Frame> make) {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + duration + " s");
        }
        return new FunctionClip(size, duration, Optional.empty(), make);
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
        return fps;
    }

    @Override
    public Frame frame(double t) {
        Frame f = make.apply(Timeline.requireInClip(t, duration));
        if (f == null || f.width() != size.width() || f.height() != size.height()) {
            throw new IllegalArgumentException("the frame function gave " + (f == null ? "null" : "a " + f.size()
                    + " frame") + " at t=" + t + " s; it must give " + size + " frames");
        }
        return f;
    }
}
