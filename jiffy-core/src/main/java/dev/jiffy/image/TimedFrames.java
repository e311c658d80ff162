package dev.jiffy.image;

/**
 * Frames of one size over a span of time: what image operations that read several frames need from a clip (a
 * {@link dev.jiffy.clip.Clip} is one), without the image package depending on the clip model above it.
 */
public interface TimedFrames {
    /** Length in seconds. */
    double duration();

    /** Size of every frame. */
    Size size();

    /**
     * The frame showing at time {@code t} seconds.
     *
     * @throws IllegalArgumentException if t is negative or past the end
     */
    Frame frame(double t);
}
