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

    /**
     * A pool of {@code threads} workers; threads start when work comes and end after 2 s idle.
     *
     * @param threads 1..{@link GifOptions#MAX_THREADS}
     * @return the pool; close it when the render is done
     * @throws IllegalArgumentException if {@code threads} is out of range
     */
    public static Workers create(int threads) {
        if (threads < 1 || threads > GifOptions.MAX_THREADS) {
            throw new IllegalArgumentException("worker threads " + threads + " is out of range 1.."
                    + GifOptions.MAX_THREADS);
        }
        return new Workers(threads);
    }

    /**
     * One worker per processor the JVM sees, at most {@link GifOptions#MAX_THREADS}.
     *
     * @return the pool; close it when the render is done
     */
    public static Workers perProcessor() {
        return create(Math.min(GifOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors()));
    }

    /**
     * The most tasks that run at once.
     *
     * @return the pool's size, 1..{@link GifOptions#MAX_THREADS}
     */
    public int threads() {
        return threads;
    }

    /**
     * Runs {@code task} on a worker when one is free; tasks start in the order given.
     *
     * @param <T>  what the task returns
     * @param task must not wait for another task on these workers, which is what keeps sharing free of deadlock
     * @return the task's future; cancelled if {@link #close()} comes before the task starts
     * @throws java.util.concurrent.RejectedExecutionException after {@link #close()}
     */
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
