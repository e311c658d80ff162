package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Optional;

/**
 * A clip whose frames are its parent's passed through a function: the one clip behind every per-frame change (masks,
 * opacity, colour effects, mirrors, rotation, margins, user functions). Same duration and frame rate as the parent; a
 * size known in advance, checked on every frame.
 */
public final class MappedClip implements Clip {
    private final Clip parent;
    private final Size size;
    private final FrameFunction function;
    private final String sizeHint;

    /**
     * @param sizeHint what to tell the user when the function returns a frame of another size (empty for our own
     *                 effects, whose sizes are right by construction)
     */
    private MappedClip(Clip parent, Size size, FrameFunction function, String sizeHint) {
        this.parent = parent;
        this.size = size;
        this.function = function;
        this.sizeHint = sizeHint;
    }

    /**
     * {@code parent}'s frames passed through {@code function}, which must give {@code size} frames.
     *
     * @param parent   the clip whose frames are mapped
     * @param size     the size of every frame {@code function} returns
     * @param function from time and parent frame to the new frame
     * @return the mapped clip, with the parent's duration and frame rate; a frame of the wrong size is reported when
     *         asked for
     */
    public static Clip of(Clip parent, Size size, FrameFunction function) {
        return new MappedClip(parent, size, function, "");
    }

    /**
     * As {@link #of(Clip, Size, FrameFunction)}, with a hint appended to the wrong-size error (for user functions).
     *
     * @param parent   the clip whose frames are mapped
     * @param size     the size of every frame {@code function} returns
     * @param function from time and parent frame to the new frame
     * @param sizeHint appended to the error for a frame of the wrong size, e.g. "use perFrame(size, f) to change it"
     * @return the mapped clip
     */
    public static Clip of(Clip parent, Size size, FrameFunction function, String sizeHint) {
        return new MappedClip(parent, size, function, sizeHint);
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return size;
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        double at = Timeline.requireInClip(t, parent.duration());
        Frame out = function.apply(at, parent.frame(at));
        if (out == null || out.width() != size.width() || out.height() != size.height()) {
            throw new IllegalArgumentException("the frame function gave " + (out == null ? "null" : "a " + out.size()
                    + " frame") + " at t=" + Times.format(at) + "; it must give " + size + " frames" + sizeHint);
        }
        return out;
    }
}
