package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.image.Size;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Loading FFmpeg ahead of time, from any thread and as often as asked, leaves opening a video as it was. */
class FfmpegPrepareTest {
    @TempDir
    Path dir;

    @Test
    void preparedFromSeveralThreadsAtOnceThenOpened() throws Exception {
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 4; i++) {
            Thread t = new Thread(() -> new FfmpegProvider().prepare());
            t.setUncaughtExceptionHandler((thread, e) -> failures.add(e));
            threads.add(t);
            t.start();
        }
        MediaSources.prepareInBackground(); // and the program's way, which returns at once
        for (Thread t : threads) {
            t.join();
        }
        assertThat(failures).isEmpty();
        Path file = SyntheticVideo.ffv1().size(64, 32).frames(5).painter(i -> Pictures.indexed(i, 64, 32))
                .writeTo(dir.resolve("clip.mkv"));
        try (MediaSource source = MediaSources.open(file)) {
            assertThat(source.info().codec()).isEqualTo("ffv1");
            assertThat(source.info().size()).isEqualTo(new Size(64, 32));
        }
    }
}
