package dev.jiffy.source;

import dev.jiffy.image.Frame;

/**
 * Reads frames of one video stream. Not thread-safe: one thread at a time.
 *
 * <p>Contract: {@link #frameAt(double)} returns the last frame whose presentation time is at or before t
 * (with {@link dev.jiffy.time.Timeline#EPSILON} of slack), whatever was read before. Reading forwards decodes
 * forwards without seeking; a jump back, or far ahead, seeks to the keyframe before t and decodes forward.
 * Frames come in display orientation and with square pixels, as {@link MediaInfo#size()} says.
 */
public interface FrameCursor extends AutoCloseable {
    /**
     * The frame showing at {@code t}.
     *
     * @param t seconds from the stream's start
     * @return the frame, in display orientation at {@link MediaInfo#size()} (or the size the cursor scales to)
     */
    Frame frameAt(double t);

    /**
     * Copies the frame showing at {@code t} into {@code dest}, as {@link #frameAt(double)} would return it; a decoder
     * need not make a new frame for it (it may convert into a buffer it reuses). By default the frame is made and
     * copied.
     *
     * @param t    seconds from the stream's start
     * @param dest receives the pixels, 0xAARRGGBB row by row, in its first width·height entries
     * @throws IllegalArgumentException if {@code dest} is shorter than a frame
     */
    default void copyFrameAt(double t, int[] dest) {
        frameAt(t).copyTo(dest);
    }

    @Override
    void close();
}
