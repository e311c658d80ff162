package dev.jiffy.gif;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * The frame buffers of one writer, bounded in number by a memory budget in bytes: every frame in the pipeline (in the
 * look-ahead, held for its delay, being planned, mapped or encoded) sits in one of them, so the pipeline's memory does
 * not grow with the clip and the caller waits when it is full. Buffers are recycled.
 */
final class FrameBuffers {
    private final StageControl control;
    private final int pixels;
    private final int capacity;
    private final ArrayDeque<int[]> free = new ArrayDeque<>();
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

    /** The most buffers in use at once so far. */
    int peak() {
        synchronized (control) {
            return peak;
        }
    }
}
