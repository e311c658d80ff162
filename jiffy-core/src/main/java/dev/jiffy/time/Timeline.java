package dev.jiffy.time;

/**
 * The one mapping between time and frame indices. Times are doubles in seconds; comparisons allow
 * {@link #EPSILON} of slack so that 0.4 s at 25 fps is exactly 10 frames, not 11 (MoviePy's drift).
 */
public final class Timeline {
    /** Slack for comparing times that went through decimal/binary conversion: far below any frame period. */
    public static final double EPSILON = 1e-6;

    private Timeline() {
    }

    /**
     * Number of frames sampled at {@code fps} from a clip lasting {@code duration} seconds: frame i starts at
     * i/fps, and every frame that starts before the end counts ({@code i/fps < duration}, within {@link #EPSILON}).
     *
     * @param duration the clip's length in seconds, positive
     * @param fps      the sampling rate
     * @return how many frames start inside the clip, at least 1
     * @throws IllegalArgumentException if the duration is not positive, or the frames would be more than an int holds
     */
    public static int frameCount(double duration, FrameRate fps) {
        if (!(duration > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + duration + " s");
        }
        double exact = duration * fps.numerator() / fps.denominator();
        long n = (long) Math.ceil(exact - EPSILON);
        if (n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(duration + " s at " + fps + " fps is too many frames (" + n + ")");
        }
        return (int) Math.max(1, n);
    }

    /**
     * Checks that {@code t} is a time inside a clip of {@code duration} seconds (the end itself included, as the
     * instant the last frame shows until) and returns it, pulled into [0, duration] when it is off by rounding only.
     */
    public static double requireInClip(double t, double duration) {
        if (Double.isNaN(t) || t < -EPSILON || t > duration + EPSILON) {
            throw new IllegalArgumentException("time " + Times.format(t) + " is outside the clip (0 to "
                    + Times.format(duration) + ")");
        }
        return Math.max(0, Math.min(t, duration));
    }
}
