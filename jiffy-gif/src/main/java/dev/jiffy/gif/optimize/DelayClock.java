package dev.jiffy.gif.optimize;

/**
 * GIF delays from a running total of end times, so rounding never drifts: the delay of frame i is
 * {@code round(100·end_i) - round(100·end_{i-1})} centiseconds with {@code end_{-1} = 0}. A 3 s clip lasts exactly
 * 300 cs at any frame rate (15 fps gives 7, 6, 7, 7, 6, 7, ...).
 */
public final class DelayClock {
    private double lastEnd;
    private long lastRounded;

    /**
     * Accepts the next end time and returns its delay in centiseconds (possibly 0).
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
        long rounded = Math.round(endSeconds * 100.0);
        long delay = rounded - lastRounded;
        if (delay > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("frame end time " + endSeconds + " s is too far after the previous frame's end "
                    + lastEnd + " s");
        }
        lastEnd = endSeconds;
        lastRounded = rounded;
        return (int) delay;
    }
}
