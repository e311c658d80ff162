package dev.jiffy.spark;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.batch.BatchRunner;
import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobList;
import dev.jiffy.batch.JobRenderer;
import dev.jiffy.batch.RowOutcome;
import dev.jiffy.gif.testing.ImageIoGif;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode with two task attempts ({@code local[2,2]}), on a job list of short real and synthetic
 * clips with bad rows, inputs and outputs on a "remote" file system (the local disk under another scheme, so every
 * input is copied and every GIF uploaded as on HDFS or S3).
 */
class GifJobsTest {
    private static final Path SAMPLE = Path.of(System.getProperty("jiffy.home", ".."), "samples", "bunny.webm");
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2,2]").appName("GifJobsTest")
                .config("spark.ui.enabled", false)
                .config("spark.sql.shuffle.partitions", 2)
                .config("spark.hadoop.fs.flaky.impl", FlakyFileSystem.class.getName())
                // a fresh instance per use, so each run's flaky.fail setting is the one it sees
                .config("spark.hadoop.fs.flaky.impl.disable.cache", true)
                .getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @BeforeEach
    void clips() throws IOException {
        Files.copy(SAMPLE, dir.resolve("bunny.webm"));
        // a synthetic clip: a folder of 12 frames, a red square crossing a blue ground
        Path frames = Files.createDirectories(dir.resolve("frames"));
        for (int i = 0; i < 12; i++) {
            BufferedImage frame = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = frame.createGraphics();
            g.setColor(new Color(20, 40, 200));
            g.fillRect(0, 0, 120, 80);
            g.setColor(Color.RED);
            g.fillRect(i * 8, 20 + i * 2, 30, 30);
            g.dispose();
            ImageIO.write(frame, "png", frames.resolve(String.format("f%02d.png", i)).toFile());
        }
    }

    @Test
    void rendersTheRowsAsJiffyBatchDoesSurvivesALostUploadAndSkipsEverythingOnARerun() throws IOException {
        Path jobs = write("jobs.csv",
                "input,output,from,to,width,fps,boomerang",
                "bunny.webm,head.gif,4.6,5.0,96,,",
                "bunny.webm,sub/bounce.gif,1,1.4,64,10,true",
                "frames,synthetic.gif,,,80,12,",
                "missing.webm,gone.gif,1,2,96,,",
                "# a comment line, skipped",
                "bunny.webm,badtime.gif,abc,5,96,,");
        Path out = dir.resolve("out");
        spark.sparkContext().hadoopConfiguration().set(FlakyFileSystem.FAIL, "head.gif");
        FlakyFileSystem.FAILURES.set(0);

        ByteArrayOutputStream said = new ByteArrayOutputStream();
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = GifJobsMain.run(spark, new String[] {"flaky://" + jobs, "flaky://" + out},
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(FlakyFileSystem.FAILURES.get()).as("the first upload of head.gif was cut off").isEqualTo(1);
        assertThat(said.toString(StandardCharsets.UTF_8)).contains("jiffy-spark: 3 made, 0 skipped (unchanged), 2 failed");
        assertThat(errors.toString(StandardCharsets.UTF_8))
                .contains("jobs.csv line 5 (gone.gif): input flaky:" + dir.resolve("missing.webm") + " does not exist")
                .contains("jobs.csv line 7 (badtime.gif):").contains("abc");

        // the same bytes as jiffy batch (and so jiffy make) writes for the same rows
        Path reference = dir.resolve("reference");
        List<Job> rows = JobList.read(jobs).stream().map(j -> j.withInput(dir.resolve(j.input()).toString())).toList();
        BatchRunner.of(JobRenderer.load(), reference).run(rows);
        for (String gif : List.of("head.gif", "sub/bounce.gif", "synthetic.gif")) {
            assertThat(Files.readAllBytes(out.resolve(gif))).as(gif)
                    .isEqualTo(Files.readAllBytes(reference.resolve(gif)));
        }
        assertThat(ImageIoGif.readWithImageIo(out.resolve("synthetic.gif")).frames()).hasSize(12);

        // one file per row's output, nothing half-written or left over from the lost attempt
        assertThat(files(out)).containsExactlyInAnyOrder("head.gif", "sub/bounce.gif", "synthetic.gif",
                ".jiffy-spark/head.gif.row", ".jiffy-spark/sub/bounce.gif.row", ".jiffy-spark/synthetic.gif.row");

        Map<Integer, Row> report = report(out);
        assertThat(report.keySet()).containsExactly(2, 3, 4, 5, 7);
        for (int line : List.of(2, 3, 4)) {
            Row r = report.get(line);
            Path gif = out.resolve(r.getString(2));
            assertThat(r.getString(1)).isEqualTo("done");
            assertThat(r.getLong(3)).as("bytes").isEqualTo(Files.size(gif));
            assertThat(r.getInt(4)).as("frames").isEqualTo(ImageIoGif.readWithImageIo(gif).frames().size());
            assertThat(r.isNullAt(6)).isTrue();
        }
        assertThat(report.get(5).getString(1)).isEqualTo("failed");
        assertThat(report.get(5).getString(6)).endsWith("missing.webm does not exist");
        assertThat(report.get(7).getString(1)).isEqualTo("failed");
        List<String> csv = reportCsv(out);
        assertThat(csv.get(0)).isEqualTo(RowOutcome.HEADER);
        assertThat(csv).hasSize(6).anyMatch(l -> l.startsWith("3,done,sub/bounce.gif,"));

        // a re-run: every made row skipped (nothing rewritten), the bad rows failed again
        FileTime made = Files.getLastModifiedTime(out.resolve("head.gif"));
        int again = GifJobsMain.run(spark, new String[] {"flaky://" + jobs, "flaky://" + out},
                new PrintStream(said, true, StandardCharsets.UTF_8), new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(1);
        Map<Integer, Row> rerun = report(out);
        assertThat(rerun.values().stream().map(r -> r.getInt(0) + ":" + r.getString(1)))
                .containsExactly("2:skipped", "3:skipped", "4:skipped", "5:failed", "7:failed");
        assertThat(rerun.get(3).getInt(4)).isEqualTo(report.get(3).getInt(4));
        assertThat(Files.getLastModifiedTime(out.resolve("head.gif"))).isEqualTo(made);
        assertThat(FlakyFileSystem.FAILURES.get()).isEqualTo(1);
    }

    @Test
    void anEditedRowIsRemadeAndTheLocalFileSystemGetsNoChecksumFiles() throws IOException {
        Path out = dir.resolve("out");
        Path jobs = write("jobs.jsonl", "{\"input\":\"bunny.webm\",\"output\":\"a.gif\",\"from\":2,\"to\":2.3,\"width\":64}");
        assertThat(GifJobs.into(out.toString()).run(spark, GifJobs.read(spark, jobs.toString())).collectAsList())
                .extracting(r -> r.getString(1)).containsExactly("done");
        int frames = ImageIoGif.readWithImageIo(out.resolve("a.gif")).frames().size();

        write("jobs.jsonl", "{\"input\":\"bunny.webm\",\"output\":\"a.gif\",\"from\":2,\"to\":2.6,\"width\":64}");
        List<Row> report = GifJobs.into(out.toString()).run(spark, GifJobs.read(spark, jobs.toString())).collectAsList();
        assertThat(report).extracting(r -> r.getString(1)).containsExactly("done");
        assertThat(ImageIoGif.readWithImageIo(out.resolve("a.gif")).frames().size()).isGreaterThan(frames);
        assertThat(files(out)).noneMatch(f -> f.endsWith(".crc") || f.endsWith(".part"))
                .contains("a.gif", ".jiffy-spark/a.gif.row");
    }

    @Test
    void aMistakeInTheListItselfIsOneLineWithItsLine() throws IOException {
        Path jobs = write("jobs.csv", "input,output,width", "bunny.webm,a.gif,64", "bunny.webm,a.gif,96");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = GifJobsMain.run(spark, new String[] {jobs.toString(), dir.resolve("out").toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(2);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("jiffy-spark: " + jobs + " line 3: output a.gif is also line 2's: each row needs its own "
                        + "output name");
        assertThat(dir.resolve("out")).doesNotExist();
        assertThatThrownBy(() -> GifJobs.into("x").run(spark, spark.sql("select 'a.gif' as output")))
                .hasMessageStartingWith("the jobs have no input column");
    }

    @Test
    void anOutputThatCannotBeWrittenOnEveryAttemptFailsItsRowNotTheWholeJob() throws IOException {
        // a.gif's note of what made it cannot be read (a folder stands there), on every attempt
        Path out = dir.resolve("out");
        Files.createDirectories(out.resolve(HadoopFiles.MADE).resolve("a.gif.row"));
        Files.write(out.resolve("a.gif"), "GIF89a".getBytes(StandardCharsets.US_ASCII));
        Path jobs = write("jobs.csv", "input,output,from,to,width", "bunny.webm,a.gif,2,2.3,64",
                "bunny.webm,b.gif,2,2.3,64");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = GifJobsMain.run(spark, new String[] {jobs.toString(), out.toString()},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).as(errors.toString(StandardCharsets.UTF_8)).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip().lines())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("jiffy-spark: " + jobs + " line 2 (a.gif): cannot write ");
        Map<Integer, Row> report = report(out);
        assertThat(report.get(2).getString(1)).isEqualTo("failed");
        assertThat(report.get(3).getString(1)).isEqualTo("done");
        assertThat(ImageIoGif.readWithImageIo(out.resolve("b.gif")).frames()).hasSize(report.get(3).getInt(4));
    }

    @Test
    void anOutputThatExistsAndIsNotAGifIsRefusedBeforeTheInputIsRead() throws IOException {
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.writeString(out.resolve("notes.gif"), "my notes, not a GIF");
        // the input is no video: rendering it would fail first, so the output's refusal shows it came before
        Files.writeString(dir.resolve("text.webm"), "not a video");
        Path jobs = write("jobs.csv", "input,output,width", "text.webm,notes.gif,64");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code = GifJobsMain.run(spark, new String[] {"flaky://" + jobs, "flaky://" + out},
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8));

        assertThat(code).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip().lines())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("jiffy-spark: ").contains("line 2 (notes.gif): the output ")
                .endsWith(out.resolve("notes.gif") + " exists and is not a GIF; it was left as it is: choose another"
                        + " output name");
        assertThat(Files.readString(out.resolve("notes.gif"))).isEqualTo("my notes, not a GIF");
    }

    @Test
    void aJobThatSparkStopsIsOneLineNotAStackTrace() throws IOException {
        Path jobs = write("jobs.csv", "input,output,from,to,width", "bunny.webm,a.gif,2,2.3,64");
        spark.sparkContext().hadoopConfiguration().set(FlakyFileSystem.BROKEN, "a.gif");
        ByteArrayOutputStream errors = new ByteArrayOutputStream();
        int code;
        try {
            code = GifJobsMain.run(spark, new String[] {"flaky://" + jobs, "flaky://" + dir.resolve("out")},
                    new PrintStream(new ByteArrayOutputStream()), new PrintStream(errors, true, StandardCharsets.UTF_8));
        } finally {
            spark.sparkContext().hadoopConfiguration().unset(FlakyFileSystem.BROKEN);
        }
        assertThat(code).isEqualTo(1);
        assertThat(errors.toString(StandardCharsets.UTF_8).strip().lines())
                .singleElement(as(InstanceOfAssertFactories.STRING))
                .startsWith("jiffy-spark: the Spark job stopped: ").contains("failed 2 times")
                .contains("injected: a fault in the file system");
    }

    @Test
    void theLastAttemptIsKnownFromTheMaster() {
        // local[2,2]: two attempts, so the first attempt's failed upload is retried (the test above) and not reported
        assertThat(GifJobs.attempts(spark)).isEqualTo(2);
    }

    /** The report from its Parquet copy, by row. */
    private static Map<Integer, Row> report(Path out) {
        return spark.read().parquet(out.resolve(GifJobs.REPORT_PARQUET).toString()).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getInt(0), r -> r, (a, b) -> a, TreeMap::new));
    }

    private static List<String> reportCsv(Path out) throws IOException {
        try (Stream<Path> parts = Files.list(out.resolve(GifJobs.REPORT_CSV))) {
            Path part = parts.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            return Files.readAllLines(part);
        }
    }

    /** Files under {@code out}, relative, leaving out the report's folders. */
    private static List<String> files(Path out) throws IOException {
        try (Stream<Path> walk = Files.walk(out)) {
            return walk.filter(Files::isRegularFile).map(p -> out.relativize(p).toString())
                    .filter(p -> !p.startsWith("report.")).toList();
        }
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
