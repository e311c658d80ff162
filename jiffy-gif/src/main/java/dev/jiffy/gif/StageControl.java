package dev.jiffy.gif;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * What every stage of one writer's pipeline shares: the first failure, the cancel flag, and the one monitor that
 * stages wait on for each other (queues, frame buffers, the encoder's progress). A failure or a cancel wakes every
 * waiting stage, which then stops without finishing its frame.
 */
final class StageControl {
    private final BooleanSupplier cancelled;
    private Throwable failure;
    private boolean stopped;

    StageControl(BooleanSupplier cancelled) {
        this.cancelled = cancelled;
    }

    /** Records the first failure (later ones are consequences) and stops every stage. */
    void fail(Throwable t) {
        synchronized (this) {
            if (failure == null) {
                failure = t;
            }
            stopped = true;
            notifyAll();
        }
    }

    /** Whether the pipeline stopped (failed or cancelled): stages drop what they hold. */
    synchronized boolean stopped() {
        if (!stopped && cancelled.getAsBoolean()) {
            fail(new CancellationException("the GIF encoder was cancelled"));
        }
        return stopped;
    }

    /** Wakes stages waiting in {@link #await}: something they wait for changed. */
    synchronized void signal() {
        notifyAll();
    }

    /**
     * Waits until {@code ready} holds (evaluated under this monitor), the pipeline stops, or the thread is
     * interrupted.
     *
     * @throws IOException if the pipeline stopped (see {@link #rethrow})
     */
    synchronized void await(BooleanSupplier ready) throws IOException {
        while (!ready.getAsBoolean()) {
            if (stopped()) {
                rethrow();
            }
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail(new InterruptedIOException("interrupted while waiting for the GIF encoder"));
                rethrow();
            }
        }
        if (stopped()) {
            rethrow();
        }
    }

    /** Throws the failure if the pipeline stopped; does nothing while it runs. */
    synchronized void check() throws IOException {
        if (stopped()) {
            rethrow();
        }
    }

    private void rethrow() throws IOException {
        Throwable t = failure;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException("the GIF encoder failed: " + t, t);
    }
}
