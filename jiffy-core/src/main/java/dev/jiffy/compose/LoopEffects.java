package dev.jiffy.compose;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.fx.Fx;
import java.util.Objects;
import java.util.Optional;

/**
 * The loops and effects GIF makers otherwise assemble by hand, applied to a clip already cut, cropped, resized and sped
 * up, always in this order: a region frozen at one time, the loop (forwards then backwards, or the end fading into the
 * start), black and white. The one meaning of {@code jiffy make}'s {@code --freeze-region}, {@code --boomerang},
 * {@code --loop-crossfade} and {@code --bw} and of the studio's loops and effects, so both make the same frames:
 *
 * <pre>{@code
 * Clip looped = LoopEffects.NONE.withFreeze(Crop.box(10, 10, 90, 60), 0.2).withBoomerang().withBlackAndWhite()
 *         .apply(clip);
 * }</pre>
 *
 * @param freezeRegion  a rectangle of the clip (its pixels) that stays as it is at {@code freezeAt}; empty for none
 * @param freezeAt      seconds into the clip of the frozen picture, 0 or more
 * @param loop          how the clip loops back to its start
 * @param crossfade     the crossfade's length in seconds, above 0 (used by {@link Loop#CROSSFADE})
 * @param blackAndWhite grey levels only
 */
public record LoopEffects(Optional<Crop> freezeRegion, double freezeAt, Loop loop, double crossfade,
                          boolean blackAndWhite) {

    /** How a clip loops back to its start. */
    public enum Loop {
        /** As it is. */
        PLAIN,
        /** Forwards then backwards, so the end meets the start. */
        BOOMERANG,
        /** Its last seconds fade into its start, which then is not shown again (the clip gets that much shorter). */
        CROSSFADE
    }

    /** The part of the effects a clip could not take, for a message in the caller's terms. */
    public enum Part {
        /** The frozen region or its time. */
        FREEZE,
        /** The crossfade loop's length. */
        CROSSFADE
    }

    /** A crossfade's length when none is given: half a second hides a cut without eating a short GIF. */
    public static final double DEFAULT_CROSSFADE = 0.5;

    /** No effect at all: the clip as it is. */
    public static final LoopEffects NONE = new LoopEffects(Optional.empty(), 0, Loop.PLAIN, DEFAULT_CROSSFADE, false);

    /**
     * Checks the times.
     *
     * @param freezeRegion  the frozen rectangle; empty for none
     * @param freezeAt      seconds of the frozen picture
     * @param loop          how the clip loops
     * @param crossfade     the crossfade's length in seconds
     * @param blackAndWhite grey levels only
     * @throws IllegalArgumentException if {@code crossfade} is not above 0 (the frozen time is checked against the
     *                                  clip when applied)
     */
    public LoopEffects {
        Objects.requireNonNull(freezeRegion, "freezeRegion");
        Objects.requireNonNull(loop, "loop");
        if (!(crossfade > 0) || Double.isInfinite(crossfade)) {
            throw new IllegalArgumentException("the crossfade must last more than 0 s, got " + crossfade);
        }
    }

    /**
     * These effects with {@code region} frozen as it is at {@code at} seconds.
     *
     * @param region the rectangle, in the pixels of the clip they are applied to (checked against it then)
     * @param at     seconds into the clip, inside it (checked when applied)
     * @return a copy with that change
     */
    public LoopEffects withFreeze(Crop region, double at) {
        return new LoopEffects(Optional.of(region), at, loop, crossfade, blackAndWhite);
    }

    /**
     * These effects playing forwards then backwards.
     *
     * @return a copy with that change (instead of a crossfade)
     */
    public LoopEffects withBoomerang() {
        return new LoopEffects(freezeRegion, freezeAt, Loop.BOOMERANG, crossfade, blackAndWhite);
    }

    /**
     * These effects with the last {@code seconds} fading into the start.
     *
     * @param seconds the crossfade's length, above 0 and at most half the clip (checked when applied)
     * @return a copy with that change (instead of a boomerang)
     * @throws IllegalArgumentException if {@code seconds} is not above 0
     */
    public LoopEffects withCrossfade(double seconds) {
        return new LoopEffects(freezeRegion, freezeAt, Loop.CROSSFADE, seconds, blackAndWhite);
    }

    /**
     * These effects in grey levels only.
     *
     * @return a copy with that change
     */
    public LoopEffects withBlackAndWhite() {
        return new LoopEffects(freezeRegion, freezeAt, loop, crossfade, true);
    }

    /**
     * Whether the effects make new times (a boomerang, a crossfade), so a GIF input's own frame times no longer apply.
     *
     * @return true for a boomerang or a crossfade
     */
    public boolean retimes() {
        return loop != Loop.PLAIN;
    }

    /**
     * {@code clip} with these effects.
     *
     * @param clip a clip with a finite duration
     * @return the clip frozen, looped and in black and white as these effects say
     * @throws Refused if the frozen region is outside the clip or its time past its end, or the crossfade is longer
     *                 than half the clip
     */
    public Clip apply(Clip clip) {
        Clip result = clip;
        if (freezeRegion.isPresent()) {
            try {
                result = FreezeRegion.of(result, freezeRegion.get().resolve(result.size()), freezeAt);
            } catch (IllegalArgumentException e) {
                throw new Refused(Part.FREEZE, e);
            }
        }
        if (loop == Loop.BOOMERANG) {
            result = result.fx(Fx.timeSymmetrize());
        } else if (loop == Loop.CROSSFADE) {
            try {
                result = SeamlessLoop.crossfade(result, crossfade);
            } catch (IllegalArgumentException e) {
                throw new Refused(Part.CROSSFADE, e);
            }
        }
        if (blackAndWhite) {
            result = result.fx(Fx.blackAndWhite());
        }
        return result;
    }

    /**
     * A clip could not take one of the effects: {@link #part()} says which, the message why (as the library says it),
     * so a caller can name the setting in its own terms ({@code --loop-crossfade}, "the crossfade loop").
     */
    public static final class Refused extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        /** Which effect the clip could not take. */
        private final Part part;

        Refused(Part part, IllegalArgumentException why) {
            super(why.getMessage(), why);
            this.part = part;
        }

        /**
         * Which effect the clip could not take.
         *
         * @return the frozen region or the crossfade
         */
        public Part part() {
            return part;
        }
    }
}
