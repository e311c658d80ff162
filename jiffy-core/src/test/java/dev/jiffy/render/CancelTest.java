package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.TestClips;
import dev.jiffy.clip.WrappingClip;
import dev.jiffy.gif.PaletteMode;
import dev.jiffy.image.Frame;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** A render cancelled through its listener stops soon, leaves no file and no thread, and says it was cancelled. */
class CancelTest {
    private static final int FRAMES = 120;
    private static final int CANCEL_AFTER = 10;

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void aCancelledRenderStopsWithinAFewFramesAndLeavesNothing(PaletteMode mode) throws IOException {
        List<String> before = liveJiffyThreads(); // threads another test left are not this render's
        Counting clip = new Counting(TestClips.numbered(48, 32, 24, FRAMES));
        CancelAfter listener = new CancelAfter(CANCEL_AFTER);
        Path out = dir.resolve("cancelled.gif");

        assertThatThrownBy(() -> clip.writeGif(out, GifExport.defaults().withPalette(mode).withListener(listener)))
                .isInstanceOf(CancelledException.class).hasMessageContaining("cancelled");

        assertThat(out).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty(); // no temporary file either
        }
        // frames written after the flag went up: the one in hand at most
        assertThat(listener.progressAfterCancel.get()).isLessThanOrEqualTo(1);
        // evaluated: those written, plus the read-ahead window (2 per worker + 2), never the rest of the clip
        int window = 2 * Runtime.getRuntime().availableProcessors() + 2;
        assertThat(clip.evaluated.get()).isLessThanOrEqualTo(CANCEL_AFTER + 1 + window + (mode == PaletteMode.FRAME
                ? 0 : 12 + window)); // shared palettes first read 12 samples spread over the clip
        assertThat(clip.evaluated.get()).isLessThan(FRAMES);
        assertThat(clip.active.get()).as("frames still being evaluated after the render returned").isZero();
        assertThat(liveJiffyThreads()).isSubsetOf(before);
    }

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void anUncancelledRenderLeavesNoThreadBehindEither(PaletteMode mode) {
        List<String> before = liveJiffyThreads();
        Clip clip = TestClips.numbered(48, 32, 24, 30);
        RenderResult result = clip.writeGif(dir.resolve("whole.gif"),
                GifExport.defaults().withPalette(mode).withListener(RenderListener.SILENT));
        assertThat(result.sampledFrames()).isEqualTo(30);
        assertThat(liveJiffyThreads()).isSubsetOf(before);
    }

    private static List<String> liveJiffyThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(name -> name.startsWith("jiffy-")).toList();
    }

    /** Cancels once {@code after} frames are written. */
    private static final class CancelAfter implements RenderListener {
        private final int after;
        private volatile boolean cancelled;
        final AtomicInteger progressAfterCancel = new AtomicInteger();

        CancelAfter(int after) {
            this.after = after;
        }

        @Override
        public void progress(int done, int total) {
            if (cancelled) {
                progressAfterCancel.incrementAndGet();
            }
            if (done == after) {
                cancelled = true;
            }
        }

        @Override
        public void warning(String message) {
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }
    }

    /** Counts the frames asked for, and those being evaluated right now (a decoder in use). */
    private record Counting(Clip inner, AtomicInteger evaluated, AtomicInteger active) implements WrappingClip {
        Counting(Clip inner) {
            this(inner, new AtomicInteger(), new AtomicInteger());
        }

        @Override
        public Frame frame(double t) {
            active.incrementAndGet();
            try {
                evaluated.incrementAndGet();
                return inner.frame(t);
            } finally {
                active.decrementAndGet();
            }
        }
    }
}
