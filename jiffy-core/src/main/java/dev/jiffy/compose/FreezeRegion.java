package dev.jiffy.compose;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.clip.Rect;
import dev.jiffy.image.Mask;
import dev.jiffy.time.Timeline;

/**
 * Freezes part of the picture while the rest moves: a snapshot of the region at one time, laid over the clip. This is
 * the seed's {@code anna_olaf} and {@code anna_kris} montage in one call; frozen pixels are identical in every frame,
 * which also makes the GIF smaller.
 */
public final class FreezeRegion {
    private FreezeRegion() {
    }

    /**
     * The rectangle of {@code clip} frozen as it is at time {@code at}.
     *
     * <pre>{@code
     * // long form:
     * Clip snapshot = clip.crop(region).toImageClip(at).withDuration(clip.duration()).withPosition(region.x1(), region.y1());
     * Clip frozen = CompositeClip.of(clip, snapshot);
     * }</pre>
     *
     * @param clip   the clip
     * @param region the rectangle to freeze, inside the frame
     * @param at     seconds into the clip of the frozen picture
     * @return a clip as long as {@code clip}
     * @throws IllegalArgumentException if {@code at} is outside the clip or {@code region} outside the frame
     */
    public static Clip of(Clip clip, Rect region, double at) {
        Timeline.requireInClip(at, clip.duration());
        region.requireInside(clip.size());
        Clip snapshot = clip.crop(Crop.box(region.x1(), region.y1(), region.x2(), region.y2()))
                .toImageClip(at)
                .withDuration(clip.duration())
                .withPosition(region.x1(), region.y1());
        return CompositeClip.of(clip, snapshot);
    }

    /**
     * The parts of {@code clip} where {@code where} is opaque, frozen as they are at time {@code at}; soft mask edges
     * blend the still and moving parts.
     *
     * @param clip  the clip
     * @param where opacities 0..1, the clip's size: 1 frozen, 0 moving
     * @param at    seconds into the clip of the frozen picture
     * @return a clip as long as {@code clip}
     * @throws IllegalArgumentException if {@code at} is outside the clip or the mask's size differs
     */
    public static Clip of(Clip clip, Mask where, double at) {
        Timeline.requireInClip(at, clip.duration());
        Clip snapshot = clip.toImageClip(at).withDuration(clip.duration()).withMask(MaskClip.of(where));
        return CompositeClip.of(clip, snapshot);
    }
}
