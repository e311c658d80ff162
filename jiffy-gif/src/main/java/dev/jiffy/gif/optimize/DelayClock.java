package dev.jiffy.gif.optimize;

import dev.jiffy.gif.BrowserDelay;

/**
 * GIF delays from a running total of end times, so rounding never drifts: a frame shown from the previous shown frame's
 * rounded end to its own lasts {@code round(100·end_i) - round(100·end_shown)} centiseconds. A 3 s clip lasts exactly
 * 300 cs at any frame rate (15 fps gives 7, 6, 7, 7, 6, 7, ...).
 *
 * <p>No delay is below {@link #MIN_DELAY}: browsers show a delay under 2 cs as 10 cs (Chromium, Firefox and Safari all
 * do), so a 0.55 s clip at 24 fps, whose last frame lasts 1 cs, played in 0.64 s and hitched at every loop. A frame
 * that would be shorter is not shown ({@link #advance} says 0); the time goes to the next frame shown, or, at the end,
 * {@link #remainder()} is what the writer adds to the last frame it shows. The total stays exact.
 */
public final class DelayClock {
    /** The shortest delay every browser honours, in centiseconds. */
    public static final int MIN_DELAY = BrowserDelay.SHORTEST;

    private double lastEnd;
    private long lastRounded;
    private long shownRounded;

    /**
     * Accepts the next end time and returns its delay in centiseconds: at least {@link #MIN_DELAY}, or 0 for a frame
     * not to show, because it ends less than that after the end of the last frame shown.
     *
     * @throws IllegalArgumentException if the end time is not finite or does not increase
     */
    public int advance(double endSeconds) {
        if (!Double.isFinite(endSeconds)) {
            throw new IllegalArgumentException("frame end time " + endSeconds + " s is not a finite number");
        }
        if (endSeconds <= lastEnd) {
            throw new IllegalArgumentException("frame end time " + endSeconds + " s must be after the previous frame's end "
                    + lastEnd + " s (the first frame starts at 0 s)");
        }
        long rounded = centiseconds(endSeconds);
        long delay = rounded - shownRounded;
        if (delay > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("frame end time " + endSeconds + " s is too far after the previous frame's end "
                    + lastEnd + " s");
        }
        lastEnd = endSeconds;
        lastRounded = rounded;
        if (delay < MIN_DELAY) {
            return 0;
        }
        shownRounded = rounded;
        return (int) delay;
    }

    /** A time rounded to whole centiseconds, as every end time is. */
    public static long centiseconds(double seconds) {
        return Math.round(seconds * 100.0);
    }

    /** Centiseconds since the end of the last frame shown (0 or 1): the time of frames not shown at the end. */
    public int remainder() {
        return (int) (lastRounded - shownRounded);
    }
}
