package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;
import dev.jiffy.clip.FrameFunction;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Size;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * A user's {@link FrameFunction} applied to every frame: {@code clip.fx(Fx.perFrame((t, f) -> ...))}. By default the
 * function must keep the clip's size; a function that changes it says so up front with {@link #toSize}, so that the
 * new size is known without computing a frame. Every frame's size is checked, and a wrong one is reported with its
 * time and both sizes.
 */
final class PerFrame implements UnaryOperator<Clip> {
    private final FrameFunction function;
    private final Size size;

    private PerFrame(FrameFunction function, Size size) {
        this.function = Objects.requireNonNull(function, "function");
        this.size = size;
    }

    /** A function whose frames have the size of the frames it is given. */
    public static PerFrame keepingSize(FrameFunction function) {
        return new PerFrame(function, null);
    }

    /** A function whose frames are all {@code size}, whatever the clip's size. */
    public static PerFrame toSize(Size size, FrameFunction function) {
        return new PerFrame(function, Objects.requireNonNull(size, "size"));
    }

    @Override
    public Clip apply(Clip clip) {
        if (size == null) {
            return MappedClip.of(clip, clip.size(), function,
                    " (the clip's size; for a function that changes it use Fx.perFrame(size, function))");
        }
        return MappedClip.of(clip, size, function, " (the size given to Fx.perFrame)");
    }
}
