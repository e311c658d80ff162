package dev.jiffy.compose;

import dev.jiffy.clip.Clip;
import dev.jiffy.time.Times;

/**
 * Clips whose end flows back into their start, so the GIF loops without a jump: the seed's {@code castle} and
 * {@code carry} montages in one call. (Playing forwards then backwards is {@code Fx.timeSymmetrize()}.)
 */
public final class SeamlessLoop {
    private SeamlessLoop() {
    }

    /**
     * The clip from {@code seconds} on, with its first {@code seconds} fading in over its last ones: when the GIF
     * starts again it continues exactly from the picture that faded in. The result is {@code seconds} shorter. Suits
     * scenes in constant motion (falling snow, flowing water).
     *
     * <pre>{@code
     * // long form (d = clip.duration(), c = seconds):
     * CompositeClip.of(clip.subclip(c), clip.subclip(0, c).crossfadeIn(c).withStart(d - 2 * c))
     * }</pre>
     *
     * @param clip    a clip with a finite duration
     * @param seconds the overlap, positive and at most half the clip
     * @return the looping clip, {@code seconds} shorter
     * @throws IllegalArgumentException if {@code seconds} is out of range
     */
    public static Clip crossfade(Clip clip, double seconds) {
        double d = clip.duration();
        if (!(seconds > 0) || seconds > d / 2) {
            throw new IllegalArgumentException("a loop crossfade must be above 0 and at most half the clip ("
                    + Times.format(d / 2) + "), got " + Times.format(seconds));
        }
        Clip body = clip.subclip(seconds, d);
        Clip head = clip.subclip(0, seconds).crossfadeIn(seconds).withStart(d - 2 * seconds);
        return CompositeClip.of(body, head);
    }

    /**
     * The clip with its first frame fading in over its last {@code seconds}, so the end comes back to the start; the
     * duration is unchanged. Suits scenes that almost loop already (a face that returns to where it was).
     *
     * <pre>{@code
     * // long form (the seed's carry example):
     * Clip snapshot = clip.toImageClip().withDuration(c).crossfadeIn(c).withStart(d - c);
     * CompositeClip.of(clip, snapshot)
     * }</pre>
     *
     * @param clip    a clip with a finite duration
     * @param seconds the fade's length, positive and at most the clip's
     * @return the looping clip, as long as {@code clip}
     * @throws IllegalArgumentException if {@code seconds} is out of range
     */
    public static Clip fadeToStart(Clip clip, double seconds) {
        double d = clip.duration();
        if (!(seconds > 0) || seconds > d) {
            throw new IllegalArgumentException("the fade back to the start must be above 0 and at most the clip's "
                    + "duration (" + Times.format(d) + "), got " + Times.format(seconds));
        }
        Clip snapshot = clip.toImageClip(0).withDuration(seconds).crossfadeIn(seconds).withStart(d - seconds);
        return CompositeClip.of(clip, snapshot);
    }
}
