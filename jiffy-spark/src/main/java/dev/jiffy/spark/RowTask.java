package dev.jiffy.spark;

import dev.jiffy.batch.BatchRunner;
import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobRenderer;
import dev.jiffy.batch.RowOutcome;
import dev.jiffy.batch.RowOutcome.Status;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.TemporaryFolder;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.TaskContext;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * One row on an executor: skip it if its GIF is there and the row unchanged; refuse it if its output exists and is
 * not a GIF; else bring its input to a local file, render it with {@link BatchRunner#renderRow} (the same checks and
 * failure reports as {@code jiffy batch}), upload the GIF under a temporary name and rename it into place, and note
 * what made it.
 *
 * @param out      the output folder, qualified
 * @param settings the driver's Hadoop settings (a Configuration is not serializable; credentials for s3a live here)
 * @param attempts how many times Spark runs a task: the last attempt reports a failure to write the output (the
 *                 upload, the note of what made it) as the row's, so the other rows and the report are kept
 */
record RowTask(String out, Map<String, String> settings, int attempts) implements Serializable {

    /**
     * The renderer service, looked up once per executor JVM rather than per row (the lookup scans the class path's
     * service files, and GifJobs gives each row a task of its own); shared by the executor's task threads as
     * BatchRunner shares one between its threads. Two tasks starting at once may both look it up: harmless.
     */
    private static volatile JobRenderer shared;

    private static JobRenderer renderer() {
        JobRenderer renderer = shared;
        if (renderer == null) {
            renderer = JobRenderer.load();
            shared = renderer;
        }
        return renderer;
    }

    /** Renders one row and publishes its GIF; the row's outcome as a report row. */
    Row render(Job job) throws IOException {
        return render(job, renderer());
    }

    private Row render(Job job, JobRenderer renderer) throws IOException {
        TaskContext task = TaskContext.get();
        Path folder = new Path(out);
        Path gif = new Path(folder, job.output());
        try {
            return attempt(job, renderer, task, folder, gif);
        } catch (IOException e) {
            // any trouble with the output's file system (the upload, the note of what made it, reaching it at all)
            if (task.attemptNumber() + 1 < attempts) {
                throw e;   // Spark runs the task again: a network blip, an executor lost mid-upload
            }
            // the last attempt: the row's failure, not the whole job's (which would lose every other row's report)
            return row(RowOutcome.failed(job, "cannot write " + gif + ": " + e.getMessage(), 0));
        }
    }

    private Row attempt(Job job, JobRenderer renderer, TaskContext task, Path folder, Path gif) throws IOException {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        FileSystem outFs = HadoopFiles.writable(folder.getFileSystem(conf));
        OptionalInt before = HadoopFiles.madeBefore(outFs, folder, job, gif);
        if (before.isPresent()) {
            return row(new RowOutcome(job.line(), Status.SKIPPED, job.output(), outFs.getFileStatus(gif).getLen(),
                    before.getAsInt(), 0, Optional.empty()));
        }
        try {
            // before the input is fetched and rendered: a row that cannot be written is told so at once
            HadoopFiles.requireReplaceable(outFs, gif);
        } catch (IllegalArgumentException e) {
            return row(RowOutcome.failed(job, e.getMessage(), 0));
        }
        // deleted however the task ends, also when Ctrl-C or a killed executor ends the JVM mid-row
        try (TemporaryFolder temp = TemporaryFolder.create("jiffy-spark-")) {
            java.nio.file.Path local = temp.path();
            java.nio.file.Path input;
            try {
                input = HadoopFiles.fetch(new Path(job.input()), conf, local.resolve("in"));
            } catch (FileNotFoundException e) {
                return row(RowOutcome.failed(job, "input " + job.input() + " does not exist", 0));
            } catch (IOException e) {
                return row(RowOutcome.failed(job, "cannot read " + job.input() + ": " + e.getMessage(), 0));
            }
            java.nio.file.Path made = local.resolve("out").resolve(job.output());
            // the row alone, as jiffy batch renders each: Spark's task slots decide how many render at once
            RowOutcome outcome = BatchRunner.renderRow(renderer, job.withInput(input.toString()), made,
                    listener(task, job));
            if (outcome.status() != Status.DONE) {
                // messages name the input as the row does, not the local copy
                return row(new RowOutcome(outcome.line(), outcome.status(), outcome.output(), 0, 0,
                        outcome.seconds(), outcome.error().map(e -> e.replace(input.toString(), job.input()))));
            }
            try {
                HadoopFiles.publish(outFs, made, gif, task.taskAttemptId());
                HadoopFiles.recordMade(outFs, folder, job, outcome.frames(), task.taskAttemptId());
            } catch (IllegalArgumentException e) {
                return row(RowOutcome.failed(job, e.getMessage(), 0));
            }
            return row(outcome);
        }
    }

    /** Warnings to the executor's log, naming the row; the cancel flag is Spark's (a killed or speculative task). */
    private static RenderListener listener(TaskContext task, Job job) {
        return new RenderListener() {
            @Override
            public void warning(String message) {
                System.err.println("jiffy: warning: row " + job.line() + " (" + job.output() + "): " + message);
            }

            @Override
            public boolean cancelled() {
                return task != null && task.isInterrupted();
            }
        };
    }

    private static Row row(RowOutcome o) {
        return RowFactory.create(o.line(), o.status().name().toLowerCase(Locale.ROOT), o.output(), o.bytes(),
                o.frames(), o.seconds(), o.error().orElse(null));
    }

    /** The status of a report row. */
    static Status status(Row report) {
        return Status.valueOf(report.getString(1).toUpperCase(Locale.ROOT));
    }
}
