package dev.jiffy.compose;

import dev.jiffy.time.Times;
import java.util.Locale;

/**
 * An in/out pair that {@link LoopFinder} suggests: playing {@code from} to {@code to} and jumping back, the frame at
 * {@code to} (the one the jump replaces) looks like the frame at {@code from} by {@code similarity}.
 *
 * @param from       the loop's start in the clip, seconds
 * @param to         the loop's end in the clip, seconds (exclusive: the frame there is the one matched to the first)
 * @param similarity how alike the two frames are: SSIM of their greys at thumbnail size, 1 = the same picture, near 0 =
 *                   unrelated
 * @param step       how alike neighbouring frames are around the selection (their median similarity): what one
 *                   ordinary step of this clip scores, which a jump back must match to pass unseen
 */
public record LoopCandidate(double from, double to, double similarity, double step) {
    /**
     * The loop's length.
     *
     * @return {@code to - from}, seconds
     */
    public double duration() {
        return to - from;
    }

    /**
     * Whether the jump back is hard to see: it changes the picture no more than an ordinary step of the clip does, or
     * less than a step of smooth footage ({@link LoopFinder#SEAMLESS}) where the clip changes more than that anyway
     * (handheld shake, smoke).
     *
     * @return true if {@link #similarity()} is at least the smaller of {@link #step()} and {@link LoopFinder#SEAMLESS}
     */
    public boolean seamless() {
        return similarity >= Math.min(step, LoopFinder.SEAMLESS);
    }

    /** "1.24 s to 2.54 s (1.30 s), match 0.98". */
    @Override
    public String toString() {
        return Times.format(from) + " to " + Times.format(to) + " (" + Times.format(duration()) + "), match "
                + String.format(Locale.ROOT, "%.2f", similarity);
    }
}
