package dev.jiffy.studio;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Work of one kind of which only the newest piece matters (previews, loop searches): each piece started makes the one
 * still running stale, and a piece should stop as soon as it is stale, the page that asked for it has gone or the
 * studio is closing.
 */
final class NewestOnly {
    private final AtomicLong latest = new AtomicLong();
    private final RunningWork work;

    /** Pieces that are part of the studio's {@code work}, and stop when it closes. */
    NewestOnly(RunningWork work) {
        this.work = work;
    }

    /** Starts a piece, making the one still running stale: its number, counting from 1. */
    long start() {
        return latest.incrementAndGet();
    }

    /** The number of the newest piece started (0 before any): what started later makes it stale. */
    long newest() {
        return latest.get();
    }

    /** Whether piece {@code number}, asked for by the page of {@code events}, should stop now. */
    boolean stopped(long number, PreviewEvents events) {
        return work.closing() || latest.get() != number || events.gone();
    }
}
