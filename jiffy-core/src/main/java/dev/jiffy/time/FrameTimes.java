package dev.jiffy.time;

import dev.jiffy.gif.BrowserDelay;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Frames at uneven times: each starts when its predecessor's delay ends, as in a GIF read back. Writing a clip on its
 * own frame times keeps every delay as it was (no resampling to a fixed rate); {@link #excerpt} follows a cut and a
 * speed change. Immutable.
 */
public final class FrameTimes implements FrameSchedule {
    /** The shortest delay browsers play as written, in seconds. */
    private static final double SHORTEST_PLAYED = BrowserDelay.SHORTEST / 100.0;

    private final double[] starts;
    private final double duration;

    private FrameTimes(double[] starts, double duration) {
        this.starts = starts;
        this.duration = duration;
    }

    /**
     * Frames starting at {@code starts} and the last showing until {@code duration}.
     *
     * @param starts   start times in seconds: the first 0, then strictly increasing, all before {@code duration}
     * @param duration seconds, positive and finite
     * @return the schedule (the array is copied)
     * @throws IllegalArgumentException if the times are not as described
     */
    public static FrameTimes of(double[] starts, double duration) {
        Objects.requireNonNull(starts, "starts");
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be a positive number of seconds, got " + duration);
        }
        if (starts.length == 0 || starts[0] != 0) {
            throw new IllegalArgumentException("the first frame must start at 0 s, got "
                    + (starts.length == 0 ? "no frames" : Times.format(starts[0])));
        }
        for (int i = 1; i < starts.length; i++) {
            if (!(starts[i] > starts[i - 1])) {
                throw new IllegalArgumentException("frame " + i + " starts at " + starts[i] + " s, not after frame "
                        + (i - 1) + " (" + starts[i - 1] + " s)");
            }
        }
        if (starts[starts.length - 1] >= duration) {
            throw new IllegalArgumentException("the last frame starts at " + starts[starts.length - 1]
                    + " s, not before the end " + duration + " s");
        }
        return new FrameTimes(starts.clone(), duration);
    }

    /**
     * Frames shown for the given delays, one after another (a GIF's timing).
     *
     * @param delaysCentiseconds each frame's delay in hundredths of a second, each at least 1
     * @return the schedule; starts are exact hundredths, so rounding them back gives the same delays
     * @throws IllegalArgumentException if there are no delays or one is below 1
     */
    public static FrameTimes ofDelays(int[] delaysCentiseconds) {
        Objects.requireNonNull(delaysCentiseconds, "delays");
        double[] starts = new double[delaysCentiseconds.length];
        long total = 0;
        for (int i = 0; i < delaysCentiseconds.length; i++) {
            if (delaysCentiseconds[i] < 1) {
                throw new IllegalArgumentException("frame " + i + "'s delay must be at least 1 cs, got "
                        + delaysCentiseconds[i]);
            }
            starts[i] = total / 100.0;
            total += delaysCentiseconds[i];
        }
        return of(starts, total / 100.0);
    }

    /**
     * The frames of the part from {@code from} to {@code to}, played {@code speed} times faster: the frame showing at
     * {@code from} starts at 0, each later start inside the part follows, divided by {@code speed}.
     *
     * @param from  seconds into this schedule, 0 ≤ from &lt; to
     * @param to    seconds into this schedule, at most {@link #duration()}
     * @param speed the speed factor, positive
     * @return the excerpt's schedule
     * @throws IllegalArgumentException if the times or the factor are out of range
     */
    public FrameTimes excerpt(double from, double to, double speed) {
        if (!(from >= 0 && from < to && to <= duration + Timeline.EPSILON)) {
            throw new IllegalArgumentException("an excerpt must lie within 0 and " + Times.format(duration) + " s, got "
                    + Times.format(from) + " to " + Times.format(to));
        }
        if (!(speed > 0) || Double.isInfinite(speed)) {
            throw new IllegalArgumentException("speed factor must be a positive number, got " + speed);
        }
        double[] kept = new double[starts.length];
        int n = 0;
        kept[n++] = 0;
        for (double s : starts) {
            if (s > from + Timeline.EPSILON && s < to - Timeline.EPSILON) {
                kept[n++] = (s - from) / speed;
            }
        }
        return new FrameTimes(Arrays.copyOf(kept, n), (Math.min(to, duration) - from) / speed);
    }

    @Override
    public int count() {
        return starts.length;
    }

    @Override
    public double timeOf(int index) {
        return starts[index];
    }

    @Override
    public double endOf(int index) {
        return index + 1 < starts.length ? starts[index + 1] : duration;
    }

    @Override
    public double duration() {
        return duration;
    }

    /**
     * The index of the frame showing at {@code t}.
     *
     * @param t seconds, within 0 and {@link #duration()}
     * @return the last frame starting at or before {@code t}
     */
    public int indexAt(double t) {
        int i = Arrays.binarySearch(starts, t + Timeline.EPSILON);
        return i >= 0 ? i : Math.max(0, -i - 2);
    }

    /** The average rate, frames over seconds, to a hundredth (a report's "15.05 fps", not a millionth fraction). */
    @Override
    public FrameRate fps() {
        return FrameRate.of(Math.max(0.01, Math.round(starts.length / duration * 100) / 100.0));
    }

    /** Says how many frames show shorter than browsers play as written (a speed-up can make them so). */
    @Override
    public Optional<String> warning() {
        int tooShort = 0;
        for (int i = 0; i < starts.length; i++) {
            if (endOf(i) - timeOf(i) < SHORTEST_PLAYED - Timeline.EPSILON) {
                tooShort++;
            }
        }
        return tooShort == 0 ? Optional.empty() : Optional.of(tooShort + " of " + starts.length + " frames show for "
                + "less than " + BrowserDelay.SHORTEST + "/100 s, which browsers slow down to " + BrowserDelay.SLOWED_TO
                + "/100 s; resampling at a frame rate (at most " + Sampling.MAX_FPS + " fps) plays them as timed");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FrameTimes other && duration == other.duration && Arrays.equals(starts, other.starts);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(starts) + Double.hashCode(duration);
    }

    /** "12 frames over 1.53 s". */
    @Override
    public String toString() {
        return starts.length + " frames over " + Times.format(duration);
    }
}
