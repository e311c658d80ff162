package dev.jiffy.cli;

import dev.jiffy.batch.BatchRunner;
import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobList;
import dev.jiffy.batch.RowOutcome;
import dev.jiffy.batch.RowOutcome.Status;
import dev.jiffy.render.ByteSize;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code jiffy batch JOBS --out DIR}: the GIFs of a job list, side by side in one process, resumable. */
@Command(name = "batch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Make many GIFs from a job list: CSV with a header row, or JSON Lines. Each row has input, "
                + "output and any of make's options by long name (from, to, width, fps, quality, max-size, text, "
                + "boomerang, ...). Rows whose output exists and whose row is unchanged are skipped, so a stopped "
                + "batch resumes where it was. DIR gets the GIFs and report.csv (row, status, output, bytes, frames, "
                + "seconds, error). Exit code 1 if any row failed."},
        footer = {"", "Example (jobs.csv):", "  input,output,from,to,width", "  bunny.webm,head.gif,4.6,5.4,320",
                "  jiffy batch jobs.csv --out gifs"})
final class BatchCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "JOBS", description = "The job list: .csv or .jsonl. Relative inputs are "
            + "read from its folder.")
    Path jobs;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the GIFs and report.csv "
            + "(made if missing).")
    Path out;

    @Option(names = "--parallel", paramLabel = "N", converter = Converters.PositiveInt.class,
            description = "Most rows made at once. Default: one per processor.")
    Integer parallel;

    @Option(names = "--memory", paramLabel = "SIZE", converter = SizeTarget.Bytes.class,
            description = "Bytes of frames the rows made at once may hold together (e.g. 200MB); a row that needs "
                    + "more runs alone. Default: half of Java's heap.")
    ByteSize memory;

    @Mixin
    Quiet quiet;

    @Mixin
    Console console;

    @Override
    public Integer call() {
        PrintWriter err = console.err();
        List<Job> list = JobList.read(jobs);
        Path base = jobs.toAbsolutePath().getParent();
        CancelOnInterrupt cancel = new CancelOnInterrupt(new ProgressBar(err, ProgressBar.wanted(quiet.on()),
                jobs.getFileName().toString(), "GIFs"));
        BatchRunner runner = BatchRunner.of(new MakeRows(base), out).withListener(cancel);
        if (parallel != null) {
            runner = runner.withThreads(parallel);
        }
        if (memory != null) {
            runner = runner.withMemory(memory.bytes());
        }
        List<RowOutcome> outcomes;
        Thread hook = new Thread(cancel::interrupted, "jiffy-batch-cancel");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            outcomes = runner.run(list);
        } finally {
            cancel.finished();
            removeHook(hook);
        }
        for (RowOutcome o : outcomes) {
            if (o.status() == Status.FAILED) {
                err.println("jiffy: " + jobs + " line " + o.line() + " (" + o.output() + "): "
                        + o.error().orElse("failed"));
            }
        }
        err.flush();
        if (!quiet.on()) {
            console.out().println(summary(outcomes));
        }
        boolean allMade = outcomes.stream().allMatch(o -> o.status() == Status.DONE || o.status() == Status.SKIPPED);
        return allMade ? Jiffy.OK : Jiffy.FAILURE;
    }

    /** "batch: 38 made, 1 skipped (unchanged), 1 failed; report in gifs/report.csv" */
    private String summary(List<RowOutcome> outcomes) {
        StringBuilder s = new StringBuilder("batch: ");
        s.append(count(outcomes, Status.DONE)).append(" made");
        s.append(", ").append(count(outcomes, Status.SKIPPED)).append(" skipped (unchanged)");
        s.append(", ").append(count(outcomes, Status.FAILED)).append(" failed");
        long cancelled = count(outcomes, Status.CANCELLED);
        if (cancelled > 0) {
            s.append(", ").append(cancelled).append(" cancelled (run again to resume)");
        }
        s.append(String.format(Locale.ROOT, "; report in %s", out.resolve(BatchRunner.REPORT)));
        return s.toString();
    }

    private static long count(List<RowOutcome> outcomes, Status status) {
        return outcomes.stream().filter(o -> o.status() == status).count();
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down (Ctrl-C): the hook is running and waits for the batch
        }
    }

    /**
     * The batch's listener: the progress bar, plus the cancel flag that Ctrl-C raises. The shutdown hook raises it and
     * waits until the batch has stopped, so running renders remove their temporary files and the report is written
     * before the JVM exits.
     */
    private static final class CancelOnInterrupt implements dev.jiffy.progress.RenderListener {
        private final ProgressBar bar;
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean cancelled;

        CancelOnInterrupt(ProgressBar bar) {
            this.bar = bar;
        }

        @Override
        public synchronized void progress(int finished, int total) {
            bar.progress(finished, total);
        }

        @Override
        public synchronized void warning(String message) {
            bar.warning(message);
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        void interrupted() {
            cancelled = true;
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void finished() {
            done.countDown();
        }
    }
}
