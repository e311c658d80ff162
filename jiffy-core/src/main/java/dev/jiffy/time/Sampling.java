package dev.jiffy.time;

import java.util.Objects;
import java.util.Optional;

/**
 * The one rule for which instants of a clip become GIF frames: the rate asked for, else the clip's own, at most
 * {@link #MAX_FPS} (with a warning, never silently); frames start at {@code i / fps} for every such instant before the
 * end (see {@link Timeline#frameCount}); each frame shows until the next one starts, the last until the end. Writing,
 * previewing and fitting a size all sample through this value, so they show the same frames.
 *
 * @param fps       the rate frames are taken at (at most {@link #MAX_FPS})
 * @param duration  seconds sampled, positive and finite
 * @param requested the rate asked for when it was above {@link #MAX_FPS} and capped, else empty
 */
public record Sampling(FrameRate fps, double duration, Optional<FrameRate> requested) {

    /**
     * Highest rate a GIF can show faithfully: delays are whole hundredths of a second, and browsers slow delays under
     * 2/100 s down to 10/100 s, so 1/50 s is the shortest delay that plays as written.
     */
    public static final FrameRate MAX_FPS = FrameRate.of(50);

    public Sampling {
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(requested, "requested");
        if (fps.compareTo(MAX_FPS) > 0) {
            throw new IllegalArgumentException(fps + " fps is more than a GIF can show; use Sampling.of to cap it");
        }
        checkDuration(duration);
    }

    private static void checkDuration(double duration) {
        if (Double.isInfinite(duration)) {
            throw new IllegalArgumentException("the clip never ends (a still picture without a duration): "
                    + "give it one with withDuration(seconds)");
        }
        if (!(duration > 0)) {
            throw new IllegalArgumentException("duration must be positive, got " + duration + " s");
        }
    }

    /** Samples {@code duration} seconds at {@code fps}, capped at {@link #MAX_FPS} (see {@link #warning()}). */
    public static Sampling of(FrameRate fps, double duration) {
        Objects.requireNonNull(fps, "fps");
        if (fps.compareTo(MAX_FPS) > 0) {
            return new Sampling(MAX_FPS, duration, Optional.of(fps));
        }
        return new Sampling(fps, duration, Optional.empty());
    }

    /**
     * The rate asked for, else the clip's own, capped.
     *
     * @throws IllegalArgumentException if neither is given (a clip made of stills has no rate of its own)
     */
    public static Sampling of(Optional<FrameRate> wanted, Optional<FrameRate> clipFps, double duration) {
        checkDuration(duration); // first: a still without a duration has no frame rate either, and needs both
        FrameRate fps = wanted.or(() -> clipFps).orElseThrow(() -> new IllegalArgumentException(
                "the clip has no frame rate of its own (it is made of still images): give one, e.g. --fps 15 or "
                        + "GifExport.fps(15)"));
        return of(fps, duration);
    }

    /** What to tell the user when the rate asked for was capped, else empty. */
    public Optional<String> warning() {
        return requested.map(r -> r + " fps is more than a GIF can show (delays are whole hundredths of a second, "
                + "and browsers slow delays under 2/100 s down to 10/100 s); using " + MAX_FPS + " fps");
    }

    /** Frames sampled. */
    public int count() {
        return Timeline.frameCount(duration, fps);
    }

    /** When frame {@code index} starts, seconds. */
    public double timeOf(int index) {
        return fps.timeOf(index);
    }

    /** When frame {@code index} stops showing: when the next one starts, or the end for the last. */
    public double endOf(int index) {
        return index + 1 < count() ? fps.timeOf(index + 1) : duration;
    }

    /** How long frame {@code index} shows, seconds. */
    public double durationOf(int index) {
        return endOf(index) - timeOf(index);
    }

    /** This sampling at another rate (capped in turn), over the same time. */
    public Sampling withFps(FrameRate rate) {
        return of(rate, duration);
    }

    /** This sampling over another length of time. */
    public Sampling withDuration(double seconds) {
        return new Sampling(fps, seconds, requested);
    }
}
