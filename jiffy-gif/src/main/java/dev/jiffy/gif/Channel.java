package dev.jiffy.gif;

import java.io.IOException;
import java.util.ArrayDeque;

/**
 * A queue of typed messages between two stages, ending with {@link #close()}. It needs no bound of its own: every
 * message holds a frame buffer from the writer's {@link FrameBuffers}, which are counted in bytes.
 */
final class Channel<T> {
    private final StageControl control;
    private final ArrayDeque<T> items = new ArrayDeque<>();
    private boolean closed;
    /** Whether the consumer is working on an item it took (for {@link #awaitIdle}). */
    private boolean busy;

    Channel(StageControl control) {
        this.control = control;
    }

    void put(T item) {
        synchronized (control) {
            items.add(item);
            control.signal();
        }
    }

    void close() {
        synchronized (control) {
            closed = true;
            control.signal();
        }
    }

    /** The next item, or null once the channel is closed and empty. The consumer is busy until its next take. */
    T take() throws IOException {
        synchronized (control) {
            busy = false;
            control.signal();
            control.await(() -> !items.isEmpty() || closed);
            T item = items.poll();
            busy = item != null;
            return item;
        }
    }

    /** Waits until the consumer has taken and finished every item put so far. */
    void awaitIdle() throws IOException {
        control.await(() -> items.isEmpty() && !busy);
    }
}
