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

    @Override
    void close();
}
