package dev.jiffy.clip;

import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;

/** A clip whose alpha channel is a mask clip's values (MoviePy's {@code set_mask}). */
final class MaskedClip {
    private MaskedClip() {
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
        return MappedClip.of(parent, parent.size(),
                (t, frame) -> mask.mask(Math.min(t, mask.duration())).applyTo(frame));
    }
}
