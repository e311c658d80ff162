package dev.jiffy.gif;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * The frame buffers of one writer, bounded in number by a memory budget in bytes: every frame in the pipeline (in the
 * look-ahead, held for its delay, being planned, mapped or encoded) sits in one of them, so the pipeline's memory does
 * not grow with the clip and the caller waits when it is full. Buffers are recycled.
 *
 * <p>Also the byte arrays of a frame's plan and mapping (its mask and palette indices, one byte per pixel of its
 * rectangle), each a frame's size so that any rectangle fits, taken when the frame is planned and mapped and given
 * back once it is written: a frame after planning holds one frame buffer and at most two of them, so they are bounded
 * by the same budget. New per frame they were 104 MB of case b's 242 MB of allocation (240 frames at 640x360, JFR).
 */
final class FrameBuffers {
    private final StageControl control;
    private final int pixels;
    private final int capacity;
    private final ArrayDeque<int[]> free = new ArrayDeque<>();
    /** Byte arrays of {@link #pixels} bytes no frame holds (their own lock: taken and given on other stages' threads). */
    private final ArrayDeque<byte[]> freeBytes = new ArrayDeque<>();
    private int inUse;
    private int peak;

    FrameBuffers(StageControl control, int pixels, int capacity) {
        if (capacity < 2) {
            throw new IllegalArgumentException("the pipeline needs at least 2 frame buffers (one held, one coming), "
                    + "got " + capacity);
        }
        this.control = control;
        this.pixels = pixels;
        this.capacity = capacity;
    }

    /** How many frames of {@code pixels} pixels fit in {@code bytes}, with at least {@code minimum}. */
    static int fitting(long bytes, int pixels, int minimum) {
        return (int) Math.max(minimum, Math.min(Integer.MAX_VALUE, bytes / (4L * pixels)));
    }

    int capacity() {
        return capacity;
    }

    /** A buffer for a frame: a free one, a new one while fewer than the capacity exist, else waits for one. */
    int[] take() throws IOException {
        synchronized (control) {
            control.await(() -> inUse < capacity);
            inUse++;
            peak = Math.max(peak, inUse);
            int[] buffer = free.poll();
            return buffer != null ? buffer : new int[pixels];
        }
    }

    /** Gives a buffer back once its frame is done with. */
    void give(int[] buffer) {
        synchronized (control) {
            inUse--;
            free.add(buffer);
            control.signal();
        }
    }

    /**
     * A byte array of a frame's size (so any rectangle's mask or indices fit), holding anything: a free one or a new
     * one. Never waits: the frame buffers bound how many frames, and so how many of these, are in flight.
     */
    byte[] takeBytes() {
        synchronized (freeBytes) {
            byte[] bytes = freeBytes.poll();
            return bytes != null ? bytes : new byte[pixels];
        }
    }

    /** Gives back an array from {@link #takeBytes()} once the frame that held it is written. */
    void giveBytes(byte[] bytes) {
        synchronized (freeBytes) {
            freeBytes.add(bytes);
        }
    }

    /** The most buffers in use at once so far. */
    int peak() {
        synchronized (control) {
            return peak;
        }
    }
}
