package dev.jiffy.clip;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import dev.jiffy.time.Timeline;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A mask that changes with time: {@code t ↦ Mask} (opacities 0..1). Give it to {@link Clip#withMask}. Still masks last
 * forever ({@link #duration()} is infinite) and take the duration of the clip they are put on.
 */
public interface MaskClip {
    double duration();

    Size size();

    /** The mask at time t. @throws IllegalArgumentException if t is outside the mask clip */
    Mask mask(double t);

    /** A still mask. */
    static MaskClip of(Mask still) {
        Objects.requireNonNull(still, "mask");
        return new MaskClip() {
            @Override
            public double duration() {
                return Double.POSITIVE_INFINITY;
            }

            @Override
            public Size size() {
                return still.size();
            }

            @Override
            public Mask mask(double t) {
                Timeline.requireInClip(t, Double.POSITIVE_INFINITY);
                return still;
            }
        };
    }

    /**
     * A mask computed for each time, as MoviePy's {@code VideoClip(make_mask_frame, ismask=True)}. The function is
     * called from the rendering threads, possibly several at once, so it must not keep mutable state.
     */
    static MaskClip fromFunction(Size size, double duration, DoubleFunction<Mask> make) {
        Objects.requireNonNull(make, "make");
        if (!(duration > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + duration + " s");
        }
        return new MaskClip() {
            @Override
            public double duration() {
                return duration;
            }

            @Override
            public Size size() {
                return size;
            }

            @Override
            public Mask mask(double t) {
                Mask m = make.apply(Timeline.requireInClip(t, duration));
                if (m == null || !m.size().equals(size)) {
                    throw new IllegalArgumentException("the mask function gave " + (m == null ? "null" : "a " + m.size()
                            + " mask") + " at t=" + t + " s; it must give " + size + " masks");
                }
                return m;
            }
        };
    }

    /** A still mask from an image file: white is opaque, black transparent (MoviePy's {@code ismask=True}). */
    static MaskClip fromImage(Path file) {
        return of(Mask.fromLuminance(ImageFiles.read(file, "PNG, JPEG, BMP, GIF")));
    }

    /** The part between {@code start} and {@code start + duration}; still masks stay still. */
    default MaskClip withDuration(double duration) {
        MaskClip parent = this;
        if (!(duration > 0) || duration > parent.duration() + Timeline.EPSILON) {
            throw new IllegalArgumentException("mask duration must be above 0 and at most " + parent.duration()
                    + " s, got " + duration);
        }
        return new MaskClip() {
            @Override
            public double duration() {
                return duration;
            }

            @Override
            public Size size() {
                return parent.size();
            }

            @Override
            public Mask mask(double t) {
                return parent.mask(Timeline.requireInClip(t, duration));
            }
        };
    }
}
