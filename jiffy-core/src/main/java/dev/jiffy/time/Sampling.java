package dev.jiffy.time;

import dev.jiffy.gif.BrowserDelay;
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
public record Sampling(FrameRate fps, double duration, Optional<FrameRate> requested) implements FrameSchedule {

    /**
     * Highest rate a GIF can show faithfully: delays are whole hundredths of a second, and browsers slow delays under
     * {@link BrowserDelay#SHORTEST} cs down to {@link BrowserDelay#SLOWED_TO} cs, so 50 fps.
     */
    public static final FrameRate MAX_FPS = new FrameRate(100, BrowserDelay.SHORTEST);

    /**
     * Checks the duration.
     *
     * @param fps       the rate frames are sampled at, at most {@link #MAX_FPS}
     * @param duration  seconds sampled, positive and finite
     * @param requested the rate asked for when it was capped, else empty
     * @throws IllegalArgumentException if {@code duration} is infinite (a still without a duration) or not positive
     */
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

    /**
     * Samples {@code duration} seconds at {@code fps}, capped at {@link #MAX_FPS} (see {@link #warning()}).
     *
     * @param fps      the rate asked for
     * @param duration seconds, positive and finite
     * @return the sampling
     * @throws IllegalArgumentException if {@code duration} is infinite or not positive
     */
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
     * @param wanted   the rate the user gave, if any
     * @param clipFps  the clip's own rate, if any
     * @param duration seconds, positive and finite
     * @return the sampling
     * @throws IllegalArgumentException if neither is given (a clip made of stills has no rate of its own)
     */
    public static Sampling of(Optional<FrameRate> wanted, Optional<FrameRate> clipFps, double duration) {
        checkDuration(duration); // first: a still without a duration has no frame rate either, and needs both
        FrameRate fps = wanted.or(() -> clipFps).orElseThrow(() -> new IllegalArgumentException(
                "the clip has no frame rate of its own (it is made of still images): give one, e.g. --fps 15 or "
                        + "GifExport.fps(15)"));
        return of(fps, duration);
    }

    /**
     * What to tell the user when the rate asked for was capped, else empty.
     *
     * @return one line saying which rate was asked for and which is used
     */
    @Override
    public Optional<String> warning() {
        return requested.map(r -> r + " fps is more than a GIF can show (delays are whole hundredths of a second, "
                + "and browsers slow delays under " + BrowserDelay.SHORTEST + "/100 s down to " + BrowserDelay.SLOWED_TO
                + "/100 s); using " + MAX_FPS + " fps");
    }

    /**
     * Frames sampled.
     *
     * @return how many frames start before the end, at least 1
     */
    @Override
    public int count() {
        return Timeline.frameCount(duration, fps);
    }

    /**
     * When frame {@code index} starts, seconds.
     *
     * @param index frame number, 0..count-1
     * @return the start time in seconds
     */
    @Override
    public double timeOf(int index) {
        return fps.timeOf(index);
    }

    /**
     * When frame {@code index} stops showing: when the next one starts, or the end for the last.
     *
     * @param index frame number, 0..count-1
     * @return the end time in seconds
     */
    @Override
    public double endOf(int index) {
        return index + 1 < count() ? fps.timeOf(index + 1) : duration;
    }

    /**
     * How long frame {@code index} shows, seconds.
     *
     * @param index frame number, 0..count-1
     * @return seconds, positive
     */
    public double durationOf(int index) {
        return endOf(index) - timeOf(index);
    }

    /**
     * This sampling at another rate (capped in turn), over the same time.
     *
     * @param rate the new rate, asked for
     * @return a new sampling
     */
    public Sampling withFps(FrameRate rate) {
        return of(rate, duration);
    }

    /**
     * This sampling over another length of time.
     *
     * @param seconds positive and finite
     * @return a new sampling
     * @throws IllegalArgumentException if {@code seconds} is infinite or not positive
     */
    public Sampling withDuration(double seconds) {
        return new Sampling(fps, seconds, requested);
    }
}
