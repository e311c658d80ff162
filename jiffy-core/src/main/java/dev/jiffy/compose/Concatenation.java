package dev.jiffy.compose;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Position;
import dev.jiffy.image.Size;
import dev.jiffy.time.Times;
import java.util.ArrayList;
import java.util.List;

/**
 * Clips played one after the other (MoviePy's {@code concatenate}). Clips of different sizes are centred on a canvas
 * as large as the largest, with a transparent margin; an optional crossfade overlaps each clip with the next.
 */
public final class Concatenation {
    private Concatenation() {
    }

    /**
     * The clips one after the other, with no crossfade.
     *
     * @param clips at least one, each with a finite duration
     * @return a clip as long as all of them together
     * @throws IllegalArgumentException if there are none, or one is a still without a duration
     */
    public static Clip of(Clip... clips) {
        return of(List.of(clips), 0);
    }

    /**
     * As {@link #of(Clip...)}, with the clips in a list.
     *
     * @param clips at least one, each with a finite duration
     * @return a clip as long as all of them together
     * @throws IllegalArgumentException if there are none, or one is a still without a duration
     */
    public static Clip of(List<Clip> clips) {
        return of(clips, 0);
    }

    /**
     * Each clip fades in over the end of the previous one for {@code crossfade} seconds.
     *
     * @param crossfade seconds of overlap, 0 or more and no longer than any clip
     * @param clips     at least one, each with a finite duration
     * @return a clip {@code crossfade} seconds shorter per join
     * @throws IllegalArgumentException if there are no clips, one has no duration, or the crossfade is negative or too
     *                                  long
     */
    public static Clip withCrossfade(double crossfade, Clip... clips) {
        return of(List.of(clips), crossfade);
    }

    /**
     * The clips one after the other, each fading in over the end of the previous one for {@code crossfade} seconds.
     *
     * @param clips     at least one, each with a finite duration
     * @param crossfade seconds of overlap, 0 or more and no longer than any clip
     * @return a clip {@code crossfade} seconds shorter per join
     * @throws IllegalArgumentException if there are no clips, one has no duration, or the crossfade is negative or too
     *                                  long
     */
    public static Clip of(List<Clip> clips, double crossfade) {
        if (clips.isEmpty()) {
            throw new IllegalArgumentException("nothing to concatenate: give at least one clip");
        }
        if (!(crossfade >= 0)) {
            throw new IllegalArgumentException("crossfade must be 0 or more seconds, got " + crossfade);
        }
        int width = 0;
        int height = 0;
        for (Clip c : clips) {
            if (!Double.isFinite(c.duration())) {
                throw new IllegalArgumentException("a still without a duration cannot be concatenated: give it one "
                        + "with withDuration(seconds)");
            }
            if (crossfade > 0 && crossfade > c.duration()) {
                throw new IllegalArgumentException("crossfade " + Times.format(crossfade) + " is longer than a "
                        + Times.format(c.duration()) + " clip");
            }
            width = Math.max(width, c.width());
            height = Math.max(height, c.height());
        }
        Size canvas = new Size(width, height);
        boolean sameSize = clips.stream().allMatch(c -> c.size().equals(canvas));
        List<Clip> layers = new ArrayList<>();
        double t = 0;
        for (int i = 0; i < clips.size(); i++) {
            Clip c = clips.get(i);
            if (i > 0 && crossfade > 0) {
                c = c.crossfadeIn(crossfade);
            }
            layers.add(c.withStart(t).withPosition(sameSize ? Position.TOP_LEFT : Position.CENTER));
            t += clips.get(i).duration() - crossfade;
        }
        return CompositeClip.of(layers).withSize(canvas);
    }
}
