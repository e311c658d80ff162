package dev.jiffy.clip;

import dev.jiffy.image.Frame;

/**
 * A user's own per-frame effect: the frame to show at time {@code t} given the parent's frame at {@code t}
 * (MoviePy's {@code clip.transform(lambda get_frame, t: ...)} and {@code image_transform}). Use it with
 * {@link dev.jiffy.fx.Fx#perFrame(FrameFunction)}.
 *
 * <p>It is called from rendering threads, possibly several at once, so it must not keep mutable state. It must not
 * change {@code frame} (frames are immutable anyway) and must return frames of one size for every t.
 */
@FunctionalInterface
public interface FrameFunction {
    /**
     * The frame to show at time {@code t}.
     *
     * @param t     seconds into the clip
     * @param frame the parent clip's frame at {@code t}; do not keep it beyond the call
     * @return the new frame, the same size for every t
     */
    Frame apply(double t, Frame frame);
}
