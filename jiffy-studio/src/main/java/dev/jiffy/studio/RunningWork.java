package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The studio's long pieces of work (previews, exports, background removals while a clip is built) and the one thing
 * that stops them all: the studio closing. Each hears it through its render listener's
 * {@link dev.jiffy.progress.RenderListener#cancelled()} ({@link #closing()}), the library's one cancel flag; and
 * {@link #close} waits until every piece has ended, so when the studio has stopped no temporary file is left.
 */
final class RunningWork {
    private final CountDownLatch closing = new CountDownLatch(1);
    private int running;

    /** Whether the studio is closing: every piece of work stops within a frame or two. */
    boolean closing() {
        return closing.getCount() == 0;
    }

    /**
     * Runs {@code work} on this thread, counted as running until it ends.
     *
     * @throws CancelledException if the studio is already closing
     */
    <T> T run(Supplier<T> work) {
        synchronized (this) {
            if (closing()) {
                throw new CancelledException("the studio is closing");
            }
            running++;
        }
        try {
            return work.get();
        } finally {
            synchronized (this) {
                running--;
                notifyAll();
            }
        }
    }

    /**
     * Tells every piece of work to stop, and waits for them to end (a render stops within a frame or two, and then
     * deletes its temporary file), at most {@code limitMillis}.
     *
     * @return whether all ended in time
     */
    synchronized boolean close(long limitMillis) {
        closing.countDown();
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(limitMillis);
        try {
            for (long left = limitMillis; running > 0 && left > 0;
                 left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
                wait(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return running == 0;
    }

    /** Waits until the studio starts closing (for work that must not end before it: tests holding a render). */
    void awaitClosing() throws InterruptedException {
        closing.await();
    }
}
