package dev.jiffy.gif;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One budget of worker threads for a render: the renderer evaluates frames ahead on them and the GIF encoder maps
 * frames to their palettes on them (see {@link GifWriter}), so together they never run more threads than the machine
 * has cores for. Tasks on them never wait for each other, so sharing cannot deadlock. {@link #close()} stops them and
 * waits until every thread has ended.
 */
public final class Workers implements AutoCloseable {
    private static final AtomicInteger POOLS = new AtomicInteger();
    private final ThreadPoolExecutor pool;
    private final int threads;
    /** Every thread the pool made: the pool's end does not wait for them to die, {@link #close()} does. */
    private final List<Thread> started = new ArrayList<>();

    private Workers(int threads) {
        this.threads = threads;
        String name = "jiffy-worker-" + POOLS.incrementAndGet() + "-";
        AtomicInteger made = new AtomicInteger();
        this.pool = new ThreadPoolExecutor(threads, threads, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
            Thread t = new Thread(r, name + made.incrementAndGet());
            t.setDaemon(true); // workers that are never closed must not keep the JVM alive
            synchronized (started) {
                started.removeIf(old -> old.getState() == Thread.State.TERMINATED); // idle ones that timed out
                started.add(t);
            }
            return t;
        });
        pool.allowCoreThreadTimeOut(true); // nor keep threads waiting: idle ones end, and come back when needed
    }

    /** @param threads 1..{@link GifOptions#MAX_THREADS} */
    public static Workers create(int threads) {
        if (threads < 1 || threads > GifOptions.MAX_THREADS) {
            throw new IllegalArgumentException("worker threads " + threads + " is out of range 1.."
                    + GifOptions.MAX_THREADS);
        }
        return new Workers(threads);
    }

    /** One per processor. */
    public static Workers perProcessor() {
        return create(Math.min(GifOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    public int threads() {
        return threads;
    }

    public <T> Future<T> submit(Callable<T> task) {
        return pool.submit(task);
    }

    void execute(Runnable task) {
        pool.execute(task);
    }

    /**
     * Drops the tasks that have not started (their futures are cancelled) and waits until the running ones finish
     * and every worker thread has ended. Running tasks are not interrupted: a frame half-decoded by an interrupted
     * thread could leave its decoder in a state the next user trips on.
     */
    @Override
    public void close() {
        pool.shutdown();
        List<Runnable> queued = new ArrayList<>();
        pool.getQueue().drainTo(queued);
        for (Runnable task : queued) {
            if (task instanceof Future<?> future) {
                future.cancel(false);
            }
        }
        boolean interrupted = false;
        List<Thread> threadsMade;
        synchronized (started) {
            threadsMade = List.copyOf(started); // none is made after shutdown()
        }
        for (Thread t : threadsMade) {
            while (t.isAlive()) {
                try {
                    t.join();
                } catch (InterruptedException e) {
                    interrupted = true; // finish waiting: callers rely on no worker outliving close()
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
