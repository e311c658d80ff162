package dev.jiffy.image;

import dev.jiffy.JiffyException;

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

    /**
     * Copies the frame showing at time {@code t} into {@code dest}: the pixels of {@link #frame(double)}, for a caller
     * that reuses its buffers (a renderer streaming frames to an encoder). A clip that makes each frame anew (a video
     * decoder) can write it into {@code dest} without making a new frame; by default the frame is made and
     * copied.
     *
     * @param t    seconds from the start, 0 ≤ t &lt; {@link #duration()}
     * @param dest receives the frame's pixels, 0xAARRGGBB row by row, in its first {@code size().pixels()} entries
     * @throws IllegalArgumentException if t is negative or past the end, or if {@code dest} is shorter than a frame
     * @throws JiffyException if the frame is not the size {@link #size()} says
     */
    default void copyFrame(double t, int[] dest) {
        Frame frame = frame(t);
        if (!frame.size().equals(size())) {
            throw new JiffyException("the frame at " + t + " s is " + frame.size() + " but the clip says "
                    + size());
        }
        frame.copyTo(dest);
    }
}
