package dev.jiffy.batch;

import dev.jiffy.CancelledException;
import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.AtomicFile;
import dev.jiffy.render.GifRenderer;
import dev.jiffy.render.RenderResult;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs the rows of a job list into one output folder, in one process: every row checked first, then rows rendered
 * side by side as far as a memory budget allows (bytes of frames in flight, not a count of rows, so ten small GIFs
 * share what one 4K GIF needs alone). A row that fails is reported and the rest go on; rows whose output exists and
 * whose row is unchanged since the run that made it are skipped; the folder gets {@code report.csv}. The listener hears
 * progress in rows and carries the cancel flag: once it says true, running renders stop (leaving no file) and the rows
 * not started are reported as cancelled.
 *
 * @param renderer    gives a row's options their meaning
 * @param folder      where the GIFs, {@code report.csv} and the resume manifest go
 * @param threads     rows rendered at once at most (each render also uses the encoder's worker threads)
 * @param memory      bytes of frames all running rows may hold together
 * @param listener    hears {@code progress(rows finished, rows)} and is asked {@code cancelled()}
 */
public record BatchRunner(JobRenderer renderer, Path folder, int threads, long memory, RenderListener listener) {
    /** The report's name in the output folder. */
    public static final String REPORT = "report.csv";
    /** How often a row waiting for memory looks at the cancel flag. */
    private static final long CANCEL_POLL_MILLIS = 100;

    public BatchRunner {
        Objects.requireNonNull(renderer, "renderer");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(listener, "listener");
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, got " + threads);
        }
        if (memory < 1) {
            throw new IllegalArgumentException("the memory budget must be above 0 bytes, got " + memory);
        }
    }

    /**
     * One row per processor, half the heap for frames (the rest is the encoders' and the decoders'), warnings to
     * standard error.
     */
    public static BatchRunner of(JobRenderer renderer, Path folder) {
        return new BatchRunner(renderer, folder, Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() / 2, RenderListener.DEFAULT);
    }

    public BatchRunner withThreads(int threads) {
        return new BatchRunner(renderer, folder, threads, memory, listener);
    }

    public BatchRunner withMemory(long bytes) {
        return new BatchRunner(renderer, folder, threads, bytes, listener);
    }

    public BatchRunner withListener(RenderListener listener) {
        return new BatchRunner(renderer, folder, threads, memory, listener);
    }

    /**
     * Runs {@code jobs} and writes {@code report.csv}.
     *
     * @return what became of each row, in the list's order
     * @throws OutputException if the output folder cannot be made or the report cannot be written
     */
    public List<RowOutcome> run(List<Job> jobs) {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new OutputException("cannot make the output folder " + folder + ": " + e.getMessage(), e);
        }
        Manifest manifest = Manifest.of(folder);
        RowOutcome[] outcomes = new RowOutcome[jobs.size()];
        List<Integer> toRun = new ArrayList<>();
        for (int i = 0; i < jobs.size(); i++) {
            // every row checked before any renders: a typo in row 40 is heard at once, not after 39 GIFs
            try {
                renderer.check(jobs.get(i));
                toRun.add(i);
            } catch (IllegalArgumentException | JiffyException e) {
                outcomes[i] = RowOutcome.failed(jobs.get(i), e.getMessage(), 0);
            }
        }
        AtomicInteger finished = new AtomicInteger(jobs.size() - toRun.size());
        listener.progress(finished.get(), jobs.size());
        Semaphore budget = new Semaphore(permits(memory));
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, Math.max(1, toRun.size())));
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i : toRun) {
                running.add(pool.submit(() -> {
                    outcomes[i] = row(jobs.get(i), manifest, budget);
                    listener.progress(finished.incrementAndGet(), jobs.size());
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancelledException("the batch was interrupted");
        } catch (ExecutionException e) {
            // row() catches what a row throws; anything else is a bug in the runner itself
            throw new IllegalStateException("the batch runner failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdown();
        }
        manifest.compact();
        List<RowOutcome> result = List.of(outcomes);
        writeReport(result);
        return result;
    }

    private RowOutcome row(Job job, Manifest manifest, Semaphore budget) {
        if (listener.cancelled()) {
            return RowOutcome.cancelled(job);
        }
        Path gif = folder.resolve(job.output());
        OptionalInt before = manifest.madeBefore(job, gif);
        if (before.isPresent()) {
            return new RowOutcome(job.line(), RowOutcome.Status.SKIPPED, job.output(), sizeOf(gif),
                    before.getAsInt(), 0, Optional.empty());
        }
        RowOutcome outcome = render(renderer, job, gif, rowListener(), frameSize -> {
            // a row bigger than the whole budget still runs, alone
            int cost = Math.min(permits(GifRenderer.bytesInFlight(frameSize)), permits(memory));
            return acquire(budget, cost) ? () -> budget.release(cost) : null;
        });
        if (outcome.status() == RowOutcome.Status.DONE) {
            manifest.record(job, outcome.frames());
        }
        return outcome;
    }

    /**
     * Renders one row to {@code gif} as {@link #run} renders each (checked, its folder made, failures the row's
     * outcome rather than exceptions), without the batch around it: no manifest, no report, no memory budget. For a
     * caller that schedules rows itself, such as a Spark task.
     *
     * @param renderer gives the row's options their meaning
     * @param job      the row
     * @param gif      where its GIF goes (written under a temporary name, moved into place when complete)
     * @param listener hears the render's warnings and carries the cancel flag
     * @return done (with bytes and frames), failed (with the reason) or cancelled
     */
    public static RowOutcome renderRow(JobRenderer renderer, Job job, Path gif, RenderListener listener) {
        try {
            renderer.check(job);
        } catch (IllegalArgumentException | JiffyException e) {
            return RowOutcome.failed(job, e.getMessage(), 0);
        }
        return render(renderer, job, gif, listener, frameSize -> () -> {
        });
    }

    /** Lets a prepared row render: returns what to do when it is done, or null if the batch was cancelled meanwhile. */
    private interface Admission {
        Runnable admit(Size frameSize) throws InterruptedException;
    }

    private static RowOutcome render(JobRenderer renderer, Job job, Path gif, RenderListener listener,
            Admission admission) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(gif.toAbsolutePath().getParent());
            RenderResult result;
            try (JobRenderer.Prepared prepared = renderer.prepare(job, gif)) {
                Runnable done = admission.admit(prepared.frameSize());
                if (done == null) {
                    return RowOutcome.cancelled(job);
                }
                try {
                    result = prepared.render(listener);
                } finally {
                    done.run();
                }
            }
            return new RowOutcome(job.line(), RowOutcome.Status.DONE, job.output(), result.bytes(),
                    result.gifFrames(), seconds(started), Optional.empty());
        } catch (CancelledException e) {
            return RowOutcome.cancelled(job);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RowOutcome.cancelled(job);
        } catch (IllegalArgumentException | JiffyException e) {
            return RowOutcome.failed(job, e.getMessage(), seconds(started));
        } catch (IOException e) {
            return RowOutcome.failed(job, "cannot make the folder for " + gif + ": " + e.getMessage(),
                    seconds(started));
        } catch (OutOfMemoryError e) {
            return RowOutcome.failed(job, "out of memory: give Java more (JAVA_OPTS=-Xmx4g) or lower the "
                    + "memory budget so fewer rows run at once", seconds(started));
        } catch (RuntimeException e) {
            // one row's unexpected failure must not stop the others; the report names it for a bug report
            return RowOutcome.failed(job, "unexpected error: " + e, seconds(started));
        }
    }

    /** Rows share the batch's cancel flag and warnings; their own frame progress is not shown (rows are). */
    private RenderListener rowListener() {
        return new RenderListener() {
            @Override
            public void warning(String message) {
                listener.warning(message);
            }

            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
    }

    /** Waits for {@code permits} of the budget; false if the batch was cancelled while waiting. */
    private boolean acquire(Semaphore budget, int permits) throws InterruptedException {
        while (!budget.tryAcquire(permits, CANCEL_POLL_MILLIS, TimeUnit.MILLISECONDS)) {
            if (listener.cancelled()) {
                return false;
            }
        }
        return true;
    }

    /** Budget in KiB: a semaphore counts ints, and a kibibyte is finer than any frame. */
    private static int permits(long bytes) {
        return (int) Math.max(1, Math.min(Integer.MAX_VALUE, (bytes + 1023) / 1024));
    }

    private void writeReport(List<RowOutcome> outcomes) {
        Path report = folder.resolve(REPORT);
        StringBuilder text = new StringBuilder(RowOutcome.HEADER).append('\n');
        for (RowOutcome o : outcomes) {
            text.append(o.csv()).append('\n');
        }
        try (AtomicFile out = AtomicFile.create(report, "report",
                "row,status,".getBytes(StandardCharsets.UTF_8))) {
            try (OutputStream s = out.open()) {
                s.write(text.toString().getBytes(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new OutputException("cannot write " + report + ": " + e.getMessage(), e);
            }
            out.commit();
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
