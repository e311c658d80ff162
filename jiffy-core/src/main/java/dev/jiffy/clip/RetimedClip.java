package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Objects;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * A clip that shows its parent at other times: the one clip behind every change of time (speed, freeze, loops, playing
 * backwards). Same size and frame rate as the parent; time t, checked against the new duration,
 * shows the parent's frame at {@code parentTime(t)}, which must lie within the parent.
 */
public final class RetimedClip implements Clip {
    private final Clip parent;
    private final double duration;
    private final DoubleUnaryOperator parentTime;

    private RetimedClip(Clip parent, double duration, DoubleUnaryOperator parentTime) {
        this.parent = parent;
        this.duration = duration;
        this.parentTime = parentTime;
    }

    /**
     * {@code parent} retimed to last {@code duration} seconds, time t showing it at {@code parentTime(t)}.
     *
     * @param parent     the clip shown
     * @param duration   the new length in seconds, positive
     * @param parentTime from this clip's time to the parent's; must stay inside the parent
     * @return the retimed clip, with the parent's size and frame rate
     * @throws IllegalArgumentException if the duration is not a positive number
     */
    public static Clip of(Clip parent, double duration, DoubleUnaryOperator parentTime) {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(parentTime, "parentTime");
        if (!(duration > 0)) {
            throw new IllegalArgumentException("a retimed clip's duration must be positive, got " + duration + " s");
        }
        return new RetimedClip(parent, duration, parentTime);
    }

    /**
     * The clip shown at other times.
     *
     * @return the parent clip
     */
    public Clip parent() {
        return parent;
    }

    /**
     * The function from this clip's time to the parent's.
     *
     * @return the function from this clip's time to the parent's, in seconds
     */
    public DoubleUnaryOperator parentTime() {
        return parentTime;
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
        return parent.frame(parentTime.applyAsDouble(Timeline.requireInClip(t, duration)));
    }

    @Override
    public void copyFrame(double t, int[] dest) {
        parent.copyFrame(parentTime.applyAsDouble(Timeline.requireInClip(t, duration)), dest);
    }
}
