package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Optional;

/** A clip whose alpha channel is a mask clip's values (MoviePy's {@code set_mask}). */
final class MaskedClip implements Clip {
    private final Clip parent;
    private final MaskClip mask;

    private MaskedClip(Clip parent, MaskClip mask) {
        this.parent = parent;
        this.mask = mask;
    }

    static Clip of(Clip parent, MaskClip mask) {
        if (!mask.size().equals(parent.size())) {
            throw new IllegalArgumentException("the mask is " + mask.size() + " but the clip is " + parent.size()
                    + "; masks must have the clip's size");
        }
        if (mask.duration() < parent.duration() - Timeline.EPSILON) {
            throw new IllegalArgumentException("the mask lasts " + Times.format(mask.duration()) + " but the clip lasts "
                    + Times.format(parent.duration()) + "; the mask must last at least as long");
        }
        return new MaskedClip(parent, mask);
    }

    @Override
    public double duration() {
        return parent.duration();
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
        Frame f = parent.frame(t);
        return mask.mask(Math.min(t, mask.duration())).applyTo(f);
    }
}
