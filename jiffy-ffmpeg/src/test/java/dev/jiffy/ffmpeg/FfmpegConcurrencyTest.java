package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources and cursors opened from several threads at once; one cursor per thread reads independently. */
class FfmpegConcurrencyTest {
    static final int THREADS = 6;

    @TempDir
    Path dir;

    @Test
    void manyThreadsOpenAndRead() throws Exception {
        Path ffv1 = SyntheticVideo.ffv1().frames(50).gop(10).painter(i -> Pictures.indexed(i, 128, 64))
                .writeTo(dir.resolve("a.mkv"));
        Path mpeg4 = SyntheticVideo.mpeg4().container("mp4").frames(50).gop(10).bFrames(2)
                .painter(i -> Pictures.indexed(i, 128, 64)).writeTo(dir.resolve("b.mp4"));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try (MediaSource shared = new FfmpegProvider().open(ffv1)) {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int n = 0; n < THREADS; n++) {
                int seed = n;
                Callable<Integer> task = () -> {
                    start.await();
                    int checked = 0;
                    // each thread opens its own source, and a cursor of the shared one
                    try (MediaSource own = new FfmpegProvider().open(seed % 2 == 0 ? ffv1 : mpeg4);
                         FrameCursor mine = own.openCursor();
                         FrameCursor fromShared = shared.openCursor()) {
                        Random random = new Random(seed);
                        for (int k = 0; k < 40; k++) {
                            int index = random.nextInt(50);
                            double t = index / 25.0 + 0.01;
                            assertThat(Pictures.readIndex(mine.frameAt(t))).isEqualTo(index);
                            assertThat(Pictures.readIndex(fromShared.frameAt(t))).isEqualTo(index);
                            checked++;
                        }
                    }
                    return checked;
                };
                results.add(pool.submit(task));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                assertThat(result.get(20, TimeUnit.SECONDS)).isEqualTo(40);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void closingTheSourceWhileAnotherThreadReads() throws Exception {
        Path file = SyntheticVideo.ffv1().frames(50).painter(i -> Pictures.indexed(i, 128, 64))
                .writeTo(dir.resolve("c.mkv"));
        MediaSource source = new FfmpegProvider().open(file);
        FrameCursor cursor = source.openCursor();
        Thread reader = new Thread(() -> {
            try {
                for (int k = 0; ; k = (k + 7) % 50) {
                    cursor.frameAt(k / 25.0);
                }
            } catch (IllegalStateException expected) {
                // closed under our feet: refused cleanly, no crash
            }
        });
        reader.start();
        Thread.sleep(50);
        source.close();
        reader.join(5000);
        assertThat(reader.isAlive()).isFalse();
    }
}
