package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.batch.BatchRunner;
import dev.jiffy.batch.Job;
import dev.jiffy.batch.JobList;
import dev.jiffy.batch.JobRenderer;
import dev.jiffy.batch.RowOutcome;
import dev.jiffy.batch.RowOutcome.Status;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.RenderResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path dir;

    Path out;

    @BeforeEach
    void copySample() throws IOException {
        // relative inputs are read from the job list's folder
        Files.copy(CliRun.SAMPLE, dir.resolve("bunny.webm"));
        out = dir.resolve("gifs");
    }

    @Test
    void goodRowsAreMadeAsMakeMakesThemAndBadRowsAreReportedWithTheirLines() throws IOException {
        Path jobs = write("jobs.csv",
                "input,output,from,to,width,fps,boomerang",
                "bunny.webm,head.gif,4.6,5.4,160,,",
                "missing.webm,gone.gif,1,2,160,,",
                "bunny.webm,badtime.gif,abc,5,160,,",
                "# a comment line, skipped",
                "bunny.webm,sub/bounce.gif,1,1.5,96,10,true");

        CliRun run = CliRun.of("batch", jobs.toString(), "--out", out.toString(), "--parallel", "2");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(Jiffy.FAILURE);
        assertThat(run.err()).contains("jobs.csv line 3 (gone.gif): input").contains("missing.webm does not exist")
                .contains("jobs.csv line 4 (badtime.gif):").contains("abc");
        assertThat(run.out()).contains("batch: 2 made, 0 skipped (unchanged), 2 failed");

        // the same bytes as jiffy make writes for the same options
        Path made = dir.resolve("head-by-make.gif");
        CliRun make = CliRun.of("make", dir.resolve("bunny.webm").toString(), "--from", "4.6", "--to", "5.4",
                "--width", "160", "-q", "-o", made.toString());
        assertThat(make.exitCode()).as(make.err()).isZero();
        assertThat(Files.readAllBytes(out.resolve("head.gif"))).isEqualTo(Files.readAllBytes(made));

        ImageIoGif head = ImageIoGif.readWithImageIo(out.resolve("head.gif"));
        assertThat(head.width()).isEqualTo(160);
        assertThat(head.height()).isEqualTo(90);
        // 0.8 s at the video's 24 fps, less any identical neighbours merged: the delays still add up to 0.8 s
        assertThat(head.delays().stream().mapToInt(Integer::intValue).sum()).isEqualTo(80);
        // boomerang: 0.5 s forwards then back at 10 fps
        ImageIoGif bounce = ImageIoGif.readWithImageIo(out.resolve("sub/bounce.gif"));
        assertThat(bounce.width()).isEqualTo(96);
        assertThat(bounce.delays().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);

        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        assertThat(report.get(0)).isEqualTo("row,status,output,bytes,frames,seconds,error");
        assertThat(report).hasSize(5);
        assertThat(report.get(1)).startsWith("2,done,head.gif," + Files.size(out.resolve("head.gif")) + ","
                + head.frames().size() + ",");
        assertThat(report.get(2)).startsWith("3,failed,gone.gif,0,0,").contains("does not exist");
        assertThat(report.get(3)).startsWith("4,failed,badtime.gif,0,0,");
        assertThat(report.get(4)).startsWith("6,done,sub/bounce.gif,");
        assertThat(out.resolve("gone.gif")).doesNotExist();
        assertThat(out.resolve("badtime.gif")).doesNotExist();
        assertThat(partFiles()).isEmpty();
    }

    @Test
    void aRerunSkipsUnchangedRowsAndRemakesEditedOnes() throws IOException {
        Path jobs = write("jobs.jsonl",
                "{\"input\": \"bunny.webm\", \"output\": \"a.gif\", \"from\": 2, \"duration\": 0.5, \"width\": 64}",
                "{\"input\": \"bunny.webm\", \"output\": \"b.gif\", \"from\": \"0:03\", \"to\": 3.5, \"width\": 80}");
        CliRun first = CliRun.of("batch", jobs.toString(), "--out", out.toString(), "-q");
        assertThat(first.exitCode()).as(first.err()).isZero();
        FileTime bMadeAt = FileTime.fromMillis(0);
        Files.setLastModifiedTime(out.resolve("b.gif"), bMadeAt);
        byte[] a = Files.readAllBytes(out.resolve("a.gif"));

        CliRun again = CliRun.of("batch", jobs.toString(), "--out", out.toString());
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(again.out()).contains("0 made, 2 skipped");
        List<String> report = Files.readAllLines(out.resolve("report.csv"));
        int aFrames = ImageIoGif.readWithImageIo(out.resolve("a.gif")).frames().size();
        assertThat(report.get(1)).startsWith("1,skipped,a.gif," + a.length + "," + aFrames + ",");
        assertThat(report.get(2)).startsWith("2,skipped,b.gif,");

        // row b edited: made again; row a untouched
        write("jobs.jsonl",
                "{\"input\": \"bunny.webm\", \"output\": \"a.gif\", \"from\": 2, \"duration\": 0.5, \"width\": 64}",
                "{\"input\": \"bunny.webm\", \"output\": \"b.gif\", \"from\": \"0:03\", \"to\": 3.5, \"width\": 48}");
        CliRun edited = CliRun.of("batch", jobs.toString(), "--out", out.toString());
        assertThat(edited.out()).contains("1 made, 1 skipped");
        assertThat(ImageIoGif.readWithImageIo(out.resolve("b.gif")).width()).isEqualTo(48);
        assertThat(Files.getLastModifiedTime(out.resolve("b.gif"))).isNotEqualTo(bMadeAt);
        assertThat(Files.readAllBytes(out.resolve("a.gif"))).isEqualTo(a);

        // an output deleted by hand is made again, though its row is unchanged
        Files.delete(out.resolve("a.gif"));
        CliRun deleted = CliRun.of("batch", jobs.toString(), "--out", out.toString());
        assertThat(deleted.out()).contains("1 made, 1 skipped");
        assertThat(Files.readAllBytes(out.resolve("a.gif"))).isEqualTo(a);
    }

    @Test
    void aMistakeInTheListItselfStopsEverythingWithItsLine() throws IOException {
        Path jobs = write("jobs.csv", "input,output,from", "bunny.webm,a.gif,1", "bunny.webm,a.gif,2");
        CliRun run = CliRun.of("batch", jobs.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Jiffy.USAGE);
        assertThat(run.err()).contains("jobs.csv line 3: output a.gif is also line 2's");
        assertThat(out).doesNotExist();
    }

    @Test
    void anUnknownOptionColumnIsARowFailure() throws IOException {
        Path jobs = write("jobs.csv", "input,output,widht", "bunny.webm,a.gif,100");
        CliRun run = CliRun.of("batch", jobs.toString(), "--out", out.toString());
        assertThat(run.exitCode()).isEqualTo(Jiffy.FAILURE);
        assertThat(run.err()).contains("line 2 (a.gif): there is no option 'widht' in jiffy make");
    }

    @Test
    void cancellingStopsRunningRowsLeavingNoFilesAndReportsTheRest() throws IOException {
        Path jobs = write("jobs.csv", "input,output,from,to,width", "bunny.webm,a.gif,0,3,64",
                "bunny.webm,b.gif,3,6,64", "bunny.webm,c.gif,6,9,64");
        AtomicInteger asked = new AtomicInteger();
        // says "cancel" from the 5th time it is asked: after rows started, before any could finish 72 frames
        RenderListener cancelSoon = new RenderListener() {
            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 4;
            }
        };
        List<RowOutcome> outcomes = BatchRunner.of(new MakeRows(dir), out).withThreads(1).withListener(cancelSoon)
                .run(JobList.read(jobs));
        assertThat(outcomes).extracting(RowOutcome::status).containsOnly(Status.CANCELLED);
        assertThat(out.resolve("a.gif")).doesNotExist();
        assertThat(partFiles()).isEmpty();
        assertThat(Files.readAllLines(out.resolve("report.csv"))).hasSize(4).allMatch(l -> !l.contains(",done,"));
    }

    @Test
    void aSizeLimitedRowHearsTheBatchsCancelAndItsWarnings() throws IOException {
        // max-size runs a size search whose tries used to replace the row's listener: Ctrl-C went unheard
        Path jobs = write("jobs.csv", "input,output,from,to,width,max-size", "bunny.webm,a.gif,0,3,64,20KB");
        AtomicInteger asked = new AtomicInteger();
        RenderListener cancelSoon = new RenderListener() {
            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() > 4;   // as above: once the row's render has started
            }
        };
        List<RowOutcome> outcomes = BatchRunner.of(new MakeRows(dir), out).withThreads(1).withListener(cancelSoon)
                .run(JobList.read(jobs));
        assertThat(outcomes).extracting(RowOutcome::status).containsExactly(Status.CANCELLED);
        assertThat(out.resolve("a.gif")).doesNotExist();
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .as("no try folder or part file left").containsExactlyInAnyOrder("report.csv");
        }

        // a warning from inside the search (a frame rate above what a GIF shows) reaches the batch's listener
        Path late = write("late.csv", "input,output,from,duration,width,fps,max-size",
                "bunny.webm,b.gif,1,0.3,64,60,200KB");
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        RenderListener collect = new RenderListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        };
        List<RowOutcome> made = BatchRunner.of(new MakeRows(dir), out).withListener(collect).run(JobList.read(late));
        assertThat(made).extracting(RowOutcome::status).containsExactly(Status.DONE);
        assertThat(warnings).anyMatch(w -> w.startsWith("60 fps is more than a GIF can show"));
    }

    @Test
    void aBudgetForOneRowRunsRowsOneAtATime() throws IOException {
        Path jobs = write("jobs.csv", "input,output,from,duration,width", "bunny.webm,a.gif,1,0.5,160",
                "bunny.webm,b.gif,2,0.5,160", "bunny.webm,c.gif,3,0.5,160");
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        JobRenderer rows = new MakeRows(dir);
        JobRenderer counting = new JobRenderer() {
            @Override
            public void check(Job job) {
                rows.check(job);
            }

            @Override
            public Prepared prepare(Job job, Path gif) {
                Prepared p = rows.prepare(job, gif);
                return new Prepared() {
                    @Override
                    public Size frameSize() {
                        return p.frameSize();
                    }

                    @Override
                    public RenderResult render(RenderListener listener) {
                        most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
                        try {
                            return p.render(listener);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    }

                    @Override
                    public void close() {
                        p.close();
                    }
                };
            }
        };
        long oneRow = dev.jiffy.render.GifRenderer.bytesInFlight(new Size(160, 90));
        List<RowOutcome> outcomes = BatchRunner.of(counting, out).withThreads(3).withMemory(oneRow)
                .run(JobList.read(jobs));
        assertThat(outcomes).extracting(RowOutcome::status).containsOnly(Status.DONE);
        assertThat(most.get()).isEqualTo(1);
    }

    private List<Path> partFiles() throws IOException {
        if (!Files.exists(out)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".part")).toList();
        }
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.write(dir.resolve(name), List.of(lines));
    }
}
