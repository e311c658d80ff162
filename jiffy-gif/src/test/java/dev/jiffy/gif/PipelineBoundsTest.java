package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pipeline's frames in flight are bounded in bytes; a cancelled writer stops and leaves no thread. */
class PipelineBoundsTest {

    @Test
    void bigFramesAreBoundedByBytesNotByFrameCount() throws IOException {
        // 1600x1200: 7.7 MB a frame, so the 32 MB budget holds 4 in flight whatever the threads (not 2 * 4 + 3 = 11)
        int w = 1600;
        int h = 1200;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            frames.add(SyntheticFrames.bands(w, h, 0xFF000000 | (i * 0x1F2F3F), 0xFFFFFFFF, 0xFF204060));
        }
        GifOptions o = GifOptions.defaults().withPalette(PaletteMode.FRAME).withThreads(4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter writer = GifWriter.create(bytes, w, h, o);
        for (int i = 0; i < frames.size(); i++) {
            writer.addFrame(frames.get(i), (i + 1) * 0.1);
        }
        writer.close();
        assertThat(writer.frameBufferCapacity()).isEqualTo(4);
        assertThat(writer.peakFrameBuffers()).isLessThanOrEqualTo(4);
        assertThat(4L * w * h * writer.frameBufferCapacity()).isLessThanOrEqualTo(GifWriter.PIPELINE_BYTES);
        assertThat(bytes.toByteArray()).isEqualTo(GifTestSupport.encode(w, h, o.withThreads(1), 10, frames));
    }

    @Test
    void framesTooBigForMoreThanTwoInFlightAreEncodedInlineWithTwoBuffers() throws IOException {
        // 2048x2048: 16 MB a frame; the 32 MB budget holds the 2 a pipeline needs at least, so no pipeline
        int w = 2048;
        int h = 2048;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<String> before = liveThreads("jiffy-gif-");
        // palettes per frame: no look-ahead window (shared palettes add one, of at least one frame)
        GifOptions o = GifOptions.defaults().withPalette(PaletteMode.FRAME).withThreads(4);
        GifWriter writer = GifWriter.create(bytes, w, h, o);
        assertThat(liveThreads("jiffy-gif-")).isSubsetOf(before);
        for (int i = 0; i < 3; i++) {
            writer.addFrame(SyntheticFrames.bands(w, h, 0xFF000000 | (i * 0x1F2F3F), 0xFFFFFFFF), (i + 1) * 0.1);
        }
        writer.close();
        assertThat(writer.frameBufferCapacity()).isEqualTo(2);
        assertThat(GifTestSupport.decode(bytes.toByteArray()).frames()).hasSize(3);
    }

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void smallFramesNeverHoldMoreBuffersThanTheCapacity(PaletteMode mode) {
        int w = 40;
        int h = 24;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            frames.add(SyntheticFrames.photo(w, h, i / 200.0, 4, i % 5));
        }
        GifOptions o = GifOptions.defaults().withPalette(mode).withThreads(3);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GifWriter writer = GifWriter.create(bytes, w, h, o)) {
            for (int i = 0; i < frames.size(); i++) {
                writer.addFrame(frames.get(i), (i + 1) / 25.0);
                assertThat(writer.peakFrameBuffers()).isLessThanOrEqualTo(writer.frameBufferCapacity());
            }
            // with a shared palette, the look-ahead's 2 s (50 frames) plus what keeps 3 threads busy
            int lookAhead = mode == PaletteMode.FRAME ? 0 : LookAhead.capacity(w, h);
            assertThat(writer.frameBufferCapacity()).isEqualTo(lookAhead + 2 * 3 + 3);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(bytes.toByteArray()).isEqualTo(GifTestSupport.encode(w, h, o.withThreads(1), 25, frames));
    }

    @Test
    void aFullPipelineMakesTheCallerWaitUntilABufferComesBack() throws Exception {
        StageControl control = new StageControl(() -> false);
        FrameBuffers buffers = new FrameBuffers(control, 16, 2);
        int[] a = buffers.take();
        buffers.take();
        AtomicBoolean got = new AtomicBoolean();
        Thread caller = new Thread(() -> {
            try {
                got.set(buffers.take() == a); // the buffer given back is the one reused
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        caller.start();
        while (caller.getState() != Thread.State.WAITING) {
            Thread.onSpinWait(); // until it waits for a buffer
        }
        assertThat(got).isFalse();
        buffers.give(a);
        caller.join();
        assertThat(got).isTrue();
        assertThat(buffers.peak()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void aCancelledWriterStopsSaysSoAndLeavesNoThread(PaletteMode mode) throws Exception {
        AtomicBoolean cancel = new AtomicBoolean();
        List<String> before = liveThreads("jiffy-"); // another test's writer left open is not this one's doing
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int w = 40;
        int h = 24;
        try (Workers workers = Workers.create(3)) {
            GifWriter writer = GifWriter.create(bytes, w, h, GifOptions.defaults().withPalette(mode).withThreads(3),
                    Optional.of(workers), cancel::get);
            for (int i = 0; i < 10; i++) {
                writer.addFrame(SyntheticFrames.photo(w, h, i / 10.0, 4, i), (i + 1) * 0.04);
            }
            cancel.set(true);
            assertThatThrownBy(() -> writer.addFrame(SyntheticFrames.photo(w, h, 0, 4, 1), 1.0))
                    .isInstanceOf(CancellationException.class).hasMessageContaining("cancelled");
            writer.close(); // the caller heard already: closing only releases
            assertThat(liveThreads("jiffy-gif-")).isSubsetOf(before);
        }
        assertThat(liveThreads("jiffy-")).isSubsetOf(before);
        byte[] gif = bytes.toByteArray();
        assertThat(gif.length == 0 || gif[gif.length - 1] != 0x3B).as("no trailer: the GIF is not complete").isTrue();
    }

    @Test
    void closingACancelledWriterThrowsIfNoCallDid() throws IOException {
        AtomicBoolean cancel = new AtomicBoolean();
        GifWriter writer = GifWriter.create(OutputStream.nullOutputStream(), 8, 8, GifOptions.defaults().withThreads(1),
                Optional.empty(), cancel::get);
        writer.addFrame(SyntheticFrames.bands(8, 8, 0xFFFF0000), 0.1);
        cancel.set(true);
        assertThatThrownBy(writer::close).isInstanceOf(CancellationException.class);
    }

    private static List<String> liveThreads(String prefix) {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith(prefix)).toList();
    }
}
