package dev.jiffy.image;

/**
 * Frames of one size over a span of time: what image operations that read several frames need from a clip (a
 * {@link dev.jiffy.clip.Clip} is one), without the image package depending on the clip model above it.
 */
public interface TimedFrames {
    /**
     * Length in seconds.
     *
     * @return seconds, positive
     */
    double duration();

    /**
     * Size of every frame.
     *
     * @return the size shared by all frames
     */
    Size size();

    /**
     * The frame showing at time {@code t} seconds.
     *
     * @param t seconds from the start, 0 ≤ t &lt; {@link #duration()}
     * @return the frame
     * @throws IllegalArgumentException if t is negative or past the end
     */
    Frame frame(double t);
}
