package dev.jiffy.batch;

import java.util.Locale;
import java.util.Optional;

/**
 * What became of one row: a line of {@code report.csv}.
 *
 * @param line    the row's line in the job list
 * @param status  done, skipped (unchanged since a run that made it), failed or cancelled
 * @param output  the GIF's name in the output folder
 * @param bytes   the GIF's size (0 when there is none)
 * @param frames  frames in the GIF (0 when there is none)
 * @param seconds time spent on the row
 * @param error   why it failed or stopped
 */
public record RowOutcome(int line, Status status, String output, long bytes, int frames, double seconds,
                         Optional<String> error) {

    /** The column names of {@code report.csv}, in order. */
    public static final String HEADER = "row,status,output,bytes,frames,seconds,error";

    /** What became of a row. */
    public enum Status {
        /** Rendered in this run. */
        DONE,
        /** Its output exists and the row has not changed since the run that made it. */
        SKIPPED,
        /** It could not be made; the error says why. */
        FAILED,
        /** The batch was cancelled before the row finished. */
        CANCELLED
    }

    /**
     * A row that could not be made.
     *
     * @param job     the row
     * @param error   why, in one line
     * @param seconds time spent on it
     * @return the outcome: failed, with no GIF
     */
    public static RowOutcome failed(Job job, String error, double seconds) {
        return new RowOutcome(job.line(), Status.FAILED, job.output(), 0, 0, seconds, Optional.of(error));
    }

    static RowOutcome cancelled(Job job) {
        return new RowOutcome(job.line(), Status.CANCELLED, job.output(), 0, 0, 0,
                Optional.of("the batch was cancelled"));
    }

    /** This outcome as a line of {@code report.csv}. */
    public String csv() {
        return String.join(",", Integer.toString(line), status.name().toLowerCase(Locale.ROOT), Csv.quote(output),
                Long.toString(bytes), Integer.toString(frames), String.format(Locale.ROOT, "%.2f", seconds),
                Csv.quote(error.orElse("")));
    }
}
