package dev.jiffy.spark;

import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobList;
import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The GIFs of a job list on a Spark cluster: {@code GifJobs.into("s3a://bucket/gifs").run(spark, jobs)}. Each row is
 * a task that renders on an executor exactly as {@code jiffy batch} renders it (the same {@link
 * dev.jiffy.batch.JobRenderer}, so the same bytes); inputs are read and GIFs written through Hadoop's
 * {@link FileSystem}, so {@code file://}, {@code hdfs://} and {@code s3a://} all work. A GIF is uploaded under a
 * temporary name and renamed to its row's output name, so a retried or speculative task never leaves a duplicate or
 * a half-written GIF; rows whose GIF exists and whose row is unchanged since the run that made it are skipped, so a
 * re-run resumes. The report, one row per job, goes to {@code report.parquet} and {@code report.csv} (folders, as Spark
 * writes tables) in the output folder.
 *
 * <p>The jobs are a table with text columns {@code input} and {@code output}, any of {@code jiffy make}'s options by
 * long name ({@code from}, {@code width}, {@code max-size}...; null or blank for "not set"), and optionally an integer
 * {@code line} naming the row in messages (else its position, from 1). {@link #read} makes that table from a job
 * list file.
 *
 * <p>An executor renders as many rows at once as it has task slots ({@code spark.executor.cores} divided by
 * {@code spark.task.cpus}), each row's frames in its heap: that, not a budget of Jiffy's, is what bounds its memory.
 *
 * @param out the output folder, a Hadoop path or URI ({@code hdfs://nn/gifs}, {@code s3a://bucket/gifs}, a local
 *            folder)
 */
public record GifJobs(String out) {
    /** The report's columns: those of {@code jiffy batch}'s report.csv. */
    public static final StructType REPORT = new StructType(new StructField[] {
        DataTypes.createStructField("row", DataTypes.IntegerType, false),
        DataTypes.createStructField("status", DataTypes.StringType, false),
        DataTypes.createStructField("output", DataTypes.StringType, false),
        DataTypes.createStructField("bytes", DataTypes.LongType, false),
        DataTypes.createStructField("frames", DataTypes.IntegerType, false),
        DataTypes.createStructField("seconds", DataTypes.DoubleType, false),
        DataTypes.createStructField("error", DataTypes.StringType, true)});
    /** The report as Parquet, in the output folder. */
    public static final String REPORT_PARQUET = "report.parquet";
    /** The report as CSV (a header row, one part file), in the output folder. */
    public static final String REPORT_CSV = "report.csv";
    /** The job table's column naming each row in messages; optional. */
    public static final String LINE = "line";
    private static final Pattern LOCAL_MASTER = Pattern.compile("local\\[[^,\\]]+(?:,\\s*(\\d+))?]|local");

    /**
     * Checks the values.
     *
     * @param out the output folder
     * @throws NullPointerException if {@code out} is null
     */
    public GifJobs {
        Objects.requireNonNull(out, "out");
    }

    /**
     * Rows rendered into {@code out}.
     *
     * @param out the output folder, a Hadoop path or URI
     * @return the job, ready to {@link #run}
     */
    public static GifJobs into(String out) {
        return new GifJobs(out);
    }

    /**
     * Reads a job list (.csv with a header row, or .jsonl) through Hadoop's file system into the table {@link #run}
     * takes: {@code line}, {@code input} (resolved against the list's folder, as {@code jiffy batch} does),
     * {@code output} and one text column per option any row uses.
     *
     * @param spark the session
     * @param jobs  the job list's path or URI
     * @return the rows
     * @throws IllegalArgumentException naming the file and line of the first mistake in the list
     * @throws UncheckedIOException if the list cannot be read
     */
    public static Dataset<Row> read(SparkSession spark, String jobs) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        Path file = new Path(jobs);
        List<String> lines = new ArrayList<>();
        Path folder;
        try {
            FileSystem fs = file.getFileSystem(conf);
            file = fs.makeQualified(file);
            folder = file.getParent();
            try (BufferedReader in = new BufferedReader(new InputStreamReader(fs.open(file), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException("the job list " + jobs + " does not exist");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the job list " + jobs + ": " + e.getMessage(), e);
        }
        List<Job> list = JobList.parse(jobs, lines);
        TreeSet<String> options = new TreeSet<>();
        list.forEach(j -> options.addAll(j.options().keySet()));
        List<StructField> fields = new ArrayList<>(List.of(
                DataTypes.createStructField(LINE, DataTypes.IntegerType, false),
                DataTypes.createStructField(JobList.INPUT, DataTypes.StringType, false),
                DataTypes.createStructField(JobList.OUTPUT, DataTypes.StringType, false)));
        options.forEach(o -> fields.add(DataTypes.createStructField(o, DataTypes.StringType, true)));
        List<Row> rows = new ArrayList<>();
        for (Job j : list) {
            List<Object> values = new ArrayList<>(List.of(j.line(), new Path(folder, j.input()).toString(),
                    j.output()));
            options.forEach(o -> values.add(j.options().get(o)));
            rows.add(RowFactory.create(values.toArray()));
        }
        return spark.createDataFrame(rows, new StructType(fields.toArray(StructField[]::new)));
    }

    /**
     * Renders the rows of {@code jobs} on the cluster, one task per row, and writes the report.
     *
     * @param spark the session
     * @param jobs  the rows: text columns {@code input}, {@code output} and options, optionally {@code line}
     * @return the report: one row per job, in the jobs' order (columns as {@link #REPORT})
     * @throws IllegalArgumentException naming the row of the first mistake in the table's shape (no input, an output
     *                                  outside the folder, two rows with one output); a row's bad option or missing
     *                                  input is not thrown but reported as that row's failure
     * @throws UncheckedIOException if the output folder cannot be used
     */
    public Dataset<Row> run(SparkSession spark, Dataset<Row> jobs) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<Job> list = jobs(jobs, conf);
        Path folder = new Path(out);
        String qualified;
        try {
            FileSystem fs = folder.getFileSystem(conf);
            folder = fs.makeQualified(folder);
            qualified = folder.toString();
            fs.mkdirs(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make the output folder " + out + ": " + e.getMessage(), e);
        }
        Map<String, String> settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
        RowTask task = new RowTask(qualified, settings, attempts(spark));
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // one task per row: rows differ a hundredfold in cost (a 1 s thumbnail, a 60 s size search), so a partition
        // of many rows would leave cores idle behind its slowest
        List<Row> outcomes;
        try {
            outcomes = list.isEmpty() ? List.of()
                    : context.parallelize(list, list.size()).map(task::render).collect();
        } finally {
            // also when the job fails or is cancelled: every task has ended by then, so no upload is in progress
            HadoopFiles.removeAbandonedUploads(folder, conf);
        }
        Dataset<Row> report = spark.createDataFrame(outcomes, REPORT);
        // one file each: a report is one row per GIF, small beside the GIFs
        report.coalesce(1).write().mode(SaveMode.Overwrite).parquet(new Path(folder, REPORT_PARQUET).toString());
        report.coalesce(1).write().mode(SaveMode.Overwrite).option("header", true).option("escape", "\"")
                .csv(new Path(folder, REPORT_CSV).toString());
        return report;
    }

    /** The table's rows as jobs, checked as a job list's rows are; inputs qualified on this (the driver's) side. */
    private static List<Job> jobs(Dataset<Row> table, Configuration conf) {
        List<String> columns = List.of(table.columns());
        for (String needed : List.of(JobList.INPUT, JobList.OUTPUT)) {
            if (!columns.contains(needed)) {
                throw new IllegalArgumentException("the jobs have no " + needed + " column; they have "
                        + String.join(",", columns) + " (e.g. input,output,from,to,width)");
            }
        }
        Map<Integer, Map<String, String>> rows = new LinkedHashMap<>();
        int position = 0;
        for (Row row : table.collectAsList()) {
            position++;
            Map<String, String> values = new LinkedHashMap<>();
            for (int c = 0; c < columns.size(); c++) {
                if (!columns.get(c).equals(LINE) && !row.isNullAt(c)) {
                    values.put(columns.get(c), row.get(c).toString());
                }
            }
            values.computeIfPresent(JobList.INPUT, (k, input) -> input.isBlank() ? input : qualify(input, conf));
            int line = columns.contains(LINE) && !row.isNullAt(row.fieldIndex(LINE))
                    ? ((Number) row.getAs(LINE)).intValue() : position;
            if (rows.put(line, values) != null) {
                throw new IllegalArgumentException("the jobs have two rows with line " + line);
            }
        }
        return JobList.of("jobs", rows);
    }

    /** A relative input read from the default file system's working folder, as the driver sees it. */
    private static String qualify(String input, Configuration conf) {
        Path path = new Path(input);
        try {
            return path.getFileSystem(conf).makeQualified(path).toString();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + input + ": " + e.getMessage(), e);
        }
    }

    /**
     * How many times Spark runs a task before it fails the job: the last attempt reports an unwritable output as the
     * row's failure instead of failing the whole job. Local mode takes it from the master ({@code local[N,F]}), a
     * cluster from {@code spark.task.maxFailures}.
     */
    static int attempts(SparkSession spark) {
        Matcher local = LOCAL_MASTER.matcher(spark.sparkContext().master());
        if (local.matches()) {
            return local.group(1) == null ? 1 : Integer.parseInt(local.group(1));
        }
        return spark.sparkContext().getConf().getInt("spark.task.maxFailures", 4);
    }
}
