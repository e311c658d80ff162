package dev.jiffy.spark;

import dev.jiffy.batch.RowOutcome.Status;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.spark.SparkException;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * {@code spark-submit --class dev.jiffy.spark.GifJobsMain jiffy-spark.jar JOBS OUT}: the GIFs of the job list JOBS
 * (.csv or .jsonl, any Hadoop path or URI) into the folder OUT, with the report beside them. Exit code 0 when every row
 * was made or skipped, 1 if a row failed or the Spark job stopped, 2 for a mistake in the command or the list itself.
 */
public final class GifJobsMain {
    private static final String USAGE = "usage: spark-submit --class dev.jiffy.spark.GifJobsMain jiffy-spark.jar "
            + "JOBS OUT   (JOBS: a .csv with a header row or a .jsonl; OUT: the folder for the GIFs, e.g. "
            + "s3a://bucket/gifs)";

    private GifJobsMain() {
    }

    /**
     * Runs the job list {@code args[0]} into the folder {@code args[1]} on the session spark-submit configured.
     *
     * @param args the job list and the output folder
     */
    public static void main(String[] args) {
        int code;
        SparkSession spark = args.length == 2 ? SparkSession.builder().appName("jiffy " + args[0]).getOrCreate() : null;
        try {
            code = run(spark, args, System.out, System.err);
        } finally {
            if (spark != null) {
                spark.stop();
            }
        }
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The command on {@code spark}: its exit code, the summary on {@code out} and failures on {@code err}. */
    static int run(SparkSession spark, String[] args, PrintStream out, PrintStream err) {
        if (args.length != 2) {
            err.println("jiffy-spark: expected JOBS and OUT, got " + args.length + " argument"
                    + (args.length == 1 ? "" : "s"));
            err.println(USAGE);
            return 2;
        }
        List<Row> report;
        try {
            report = GifJobs.into(args[1]).run(spark, GifJobs.read(spark, args[0])).collectAsList();
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("jiffy-spark: " + e.getMessage());
            return 2;
        } catch (Exception e) {
            if (!(e instanceof SparkException)) {
                throw e;
            }
            // the job itself stopped (Ctrl-C, a task failing every attempt): Spark's first line says why; the rest
            // is a task's stack trace, which the executor's log has
            err.println("jiffy-spark: the Spark job stopped: " + e.getMessage().strip().lines().findFirst().orElse(""));
            return 1;
        }
        long failed = 0;
        int[] counts = new int[Status.values().length];
        for (Row r : report) {
            Status status = RowTask.status(r);
            counts[status.ordinal()]++;
            if (status == Status.FAILED) {
                failed++;
                err.println("jiffy-spark: " + args[0] + " line " + r.getInt(0) + " (" + r.getString(2) + "): "
                        + r.getString(6));
            }
        }
        out.println(String.format(Locale.ROOT, "jiffy-spark: %d made, %d skipped (unchanged), %d failed; report in "
                + "%s/%s and %4$s/%s", counts[Status.DONE.ordinal()], counts[Status.SKIPPED.ordinal()], failed,
                args[1], GifJobs.REPORT_CSV, GifJobs.REPORT_PARQUET));
        return failed > 0 ? 1 : 0;
    }
}
