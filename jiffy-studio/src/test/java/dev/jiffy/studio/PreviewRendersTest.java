package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.CancelledException;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A newer preview makes the running one stale: it stops, and leaves nothing behind. */
class PreviewRendersTest {
    /** Only a failure waits this long: the latches open as soon as the renders reach them. */
    private static final long LIMIT_SECONDS = 60;

    /** The whole second at 10 fps, at the default quality. */
    private static final Settings AT_10_FPS = Settings.of(Map.of("from", "0", "to", "1", "fps", "10"));

    /** Eight seconds at 12 fps: 96 frames. */
    private static final Settings EIGHT_SECONDS_AT_12_FPS = Settings.of(Map.of("from", "0", "to", "8", "fps", "12"));

    @TempDir
    Path scratch;
    private final RunningWork work = new RunningWork();

    /** A second of grey that brightens by 10 levels a tenth of a second, from {@code level}: ten distinct frames. */
    private static Clip grey(int level) {
        return FunctionClip.of(new Size(16, 16), 1,
                t -> Frame.filled(16, 16, 0xFF000000 | (level + 10 * (int) Math.round(t * 10)) * 0x010101));
    }

    @Test
    void aNewRenderCancelsTheOneRunning() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // The first render's first frame waits until the second render has finished: it is certainly stale then.
        CompletableFuture<byte[]> first = heldRender(renders, firstFrameAsked, release);
        assertThat(firstFrameAsked.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        byte[] second = renders.render(listener -> grey(200), AT_10_FPS, PreviewEvents.NONE).gif();
        release.countDown();

        assertCancelledLeavingNothing(first);
        ImageIoGif gif = ImageIoGif.readWithImageIo(second);
        assertThat(gif.frames()).as("the newer render is whole").hasSize(10);
        assertThat(gif.frames().get(0)[0] & 0xFFFFFF).isEqualTo(0xC8C8C8);
    }

    @Test
    void aRenderNobodyReplacedFinishes() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        byte[] one = renders.render(listener -> grey(100), AT_10_FPS, PreviewEvents.NONE).gif();
        byte[] two = renders.render(listener -> grey(100), AT_10_FPS, PreviewEvents.NONE).gif();
        assertThat(two).as("same clip, same bytes").isEqualTo(one);
        assertThat(ImageIoGif.readWithImageIo(one).frames()).hasSize(10);
    }

    @Test
    void closingStopsTheRenderRunningAndWaitsForIt() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        // The first frame is held until the studio closes, so the render is certainly running when it does.
        Clip heldUntilClosing = FunctionClip.of(new Size(16, 16), 1, t -> {
            if (t == 0) {
                firstFrameAsked.countDown();
                try {
                    work.awaitClosing();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Frame.filled(16, 16, 0xFF808080);
        });
        CompletableFuture<byte[]> running = CompletableFuture.supplyAsync(
                () -> renders.render(listener -> heldUntilClosing, AT_10_FPS, PreviewEvents.NONE).gif());
        assertThat(firstFrameAsked.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(work.close(LIMIT_SECONDS * 1000)).as("the render ended before close returned").isTrue();
        assertCancelledLeavingNothing(running);
        assertThatThrownBy(() -> renders.render(listener -> grey(100), AT_10_FPS, PreviewEvents.NONE))
                .as("a render asked for after closing").isInstanceOf(CancelledException.class);
    }

    @Test
    void aNewRenderCancelsTheBackgroundRemovalOfTheOneRunning() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger framesRead = new AtomicInteger();
        Clip held = FunctionClip.of(new Size(16, 16), 2, t -> {
            if (framesRead.getAndIncrement() == 0) {
                firstFrameAsked.countDown();
                await(release);
            }
            return Frame.filled(16, 16, 0xFF808080);
        }).withFps(10);
        // The first render builds its clip with a background removal (which reads 20 frames to find the background)
        // and is held at the first of them until the second render has finished.
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(() -> renders.render(
                listener -> BackgroundRemoval.of(held).withListener(listener).apply(), AT_10_FPS, PreviewEvents.NONE)
                .gif());
        assertThat(firstFrameAsked.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        byte[] second = renders.render(listener -> grey(200), AT_10_FPS, PreviewEvents.NONE).gif();
        release.countDown();

        assertCancelledLeavingNothing(first);
        assertThat(framesRead.get()).as("frames the stale background removal read").isEqualTo(1);
        assertThat(ImageIoGif.readWithImageIo(second).frames()).as("the newer render is whole").hasSize(10);
    }

    @Test
    void theEstimateConvergesOnTheGifsSizeAsItIsWritten() throws Exception {
        List<double[]> estimates = new CopyOnWriteArrayList<>();
        byte[] gif = new PreviewRenders(scratch, work).render(listener -> ramp(8), EIGHT_SECONDS_AT_12_FPS,
                new PreviewEvents() {
                    @Override
                    public void estimate(long bytes, double written) {
                        estimates.add(new double[] {bytes, written});
                    }
                }).gif();
        int frames = ImageIoGif.readWithImageIo(gif).frames().size();
        assertThat(frames).isEqualTo(96);
        // None before the warm-up's frames and those of as many estimates as must agree are written, and the first
        // before half of them; from it on one a frame written, and the exact size after the trailer.
        int firstShownAfter = (int) Math.round(estimates.get(0)[1] * frames);
        assertThat(firstShownAfter).as("frames written before the first estimate")
                .isGreaterThanOrEqualTo(RunningEstimate.WARM_FRAMES + RunningEstimate.AGREEING_ESTIMATES)
                .isLessThan(frames / 2);
        assertThat(estimates).hasSize(frames - firstShownAfter + 2);
        assertThat((long) estimates.get(estimates.size() - 1)[0]).as("the last estimate is the size")
                .isEqualTo(gif.length);
        // Every frame of the ramp costs about the same, so by half of them the estimate is close.
        double afterHalf = estimates.stream().filter(e -> e[1] <= 0.5 + 1e-9).reduce((x, y) -> y).orElseThrow()[0];
        assertThat(afterHalf).as("estimate after half the frames against the GIF")
                .isCloseTo(gif.length, Percentage.withPercentage(5));
    }

    @Test
    void aChangeThatCannotBeReadLeavesTheEstimateFromTimeAlone() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        List<String> plainHeard = new CopyOnWriteArrayList<>();
        PreviewRenders renders = new PreviewRenders(scratch, work);
        byte[] gif = renders.render(listener -> ramp(8), EIGHT_SECONDS_AT_12_FPS, () -> {
            throw new UncheckedIOException(new IOException("the video went away"));
        }, recording(heard)).gif();
        renders.render(listener -> ramp(8), EIGHT_SECONDS_AT_12_FPS, recording(plainHeard));
        // frames are told from the renderer's thread, estimates from the encoder's: compare the estimates
        assertThat(heard.stream().filter(h -> h.startsWith("estimate")).toList()).as("the estimates without the change")
                .isEqualTo(plainHeard.stream().filter(h -> h.startsWith("estimate")).toList())
                .endsWith("estimate " + gif.length);
    }

    @Test
    void aLongGifTellsAtMostAnEstimateAPercentWritten() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        Settings twentySeconds = Settings.of(Map.of("from", "0", "to", "20", "fps", "12"));
        // 240 distinct frames: grey levels 0, 1, ... 239, one a frame
        Clip slowRamp = FunctionClip.of(new Size(32, 32), 20,
                t -> Frame.filled(32, 32, 0xFF000000 | (int) Math.round(t * 12) * 0x010101));
        byte[] gif = new PreviewRenders(scratch, work)
                .render(listener -> slowRamp, twentySeconds, recording(heard)).gif();
        assertThat(heard.stream().filter(h -> h.startsWith("frame"))).hasSize(240);
        List<Long> estimates = heard.stream().filter(h -> h.startsWith("estimate "))
                .map(h -> Long.parseLong(h.substring("estimate ".length()))).toList();
        // Sent from the encoding thread: one a frame would be 235 sends; one a whole percent from the 7th frame
        // (2.9 %) is at most 98, and the exact size last.
        assertThat(estimates).hasSizeBetween(90, 101);
        assertThat(estimates.get(estimates.size() - 1)).as("the last estimate is the size").isEqualTo(gif.length);
    }

    @Test
    void aSizeSearchShowsItsTriesNotEstimates() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        Settings underTarget = Settings.of(Map.of("from", "0", "to", "8", "fps", "12", "target", "1MB"));
        new PreviewRenders(scratch, work).render(listener -> ramp(8), underTarget, recording(heard));
        assertThat(heard).contains("frame 96").noneMatch(h -> h.startsWith("estimate"));
    }

    @Test
    void aStaleRenderTellsNoEstimate() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        List<String> heard = new CopyOnWriteArrayList<>();
        // The first render's first frame waits until the second render has finished: the first is certainly running,
        // and stale, then; it stops without telling an estimate or a frame.
        Clip held = heldRamp(firstFrameAsked, release);
        CompletableFuture<byte[]> first = CompletableFuture.supplyAsync(
                () -> renders.render(listener -> held, EIGHT_SECONDS_AT_12_FPS, recording(heard)).gif());
        assertThat(firstFrameAsked.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        byte[] second = renders.render(listener -> grey(200), AT_10_FPS, PreviewEvents.NONE).gif();
        release.countDown();

        assertCancelledLeavingNothing(first);
        assertThat(heard).as("what the stale render told").isEmpty();
        assertThat(ImageIoGif.readWithImageIo(second).frames()).as("the newer render is whole").hasSize(10);
    }

    @Test
    void theWarmUpNeverCancelsAPreviewAndLeavesNoFile() throws Exception {
        PreviewRenders renders = new PreviewRenders(scratch, work);
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // a preview held at its first frame while the warm-up runs start to end: had the warm-up started a preview
        // of its own, this one would be stale and cancelled
        Clip held = heldRamp(firstFrameAsked, release);
        CompletableFuture<byte[]> preview = CompletableFuture.supplyAsync(
                () -> renders.render(listener -> held, EIGHT_SECONDS_AT_12_FPS, PreviewEvents.NONE).gif());
        assertThat(firstFrameAsked.await(LIMIT_SECONDS, TimeUnit.SECONDS)).isTrue();

        renders.warmUp();
        release.countDown();

        assertThat(ImageIoGif.readWithImageIo(preview.get(LIMIT_SECONDS, TimeUnit.SECONDS)).frames())
                .as("the preview asked for before the warm-up, whole").hasSize(96);
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("what the warm-up and the preview left").isEmpty();
        }
    }

    @Test
    void aWarmUpThatCannotWriteEndsQuietly() throws Exception {
        // its scratch folder is a file: the GIF cannot be written there (as with a full or vanished temporary folder)
        Path notAFolder = Files.writeString(scratch.resolve("not-a-folder"), "x");
        PreviewRenders renders = new PreviewRenders(notAFolder, work);
        assertThatCode(renders::warmUp).as("the warm-up, on its own thread in the studio").doesNotThrowAnyException();
        assertThat(Files.readString(notAFolder)).isEqualTo("x");
    }

    /** An 8 s {@link #ramp} whose first frame, the first time it is asked for, opens {@code asked} and waits. */
    private static Clip heldRamp(CountDownLatch asked, CountDownLatch release) {
        AtomicInteger firstFramesAsked = new AtomicInteger();
        // The first frame's, not the first asked: workers read ahead in parallel, and had a later frame been held,
        // the first could be delivered (and told as progress) before the test has made the render stale.
        return FunctionClip.of(new Size(32, 32), 8, t -> {
            if (t < 1 / 24.0 && firstFramesAsked.getAndIncrement() == 0) {
                asked.countDown();
                await(release);
            }
            return ramp(8).frame(t);
        });
    }

    /** {@code seconds} of grey that brightens by 2 levels a frame at 12 fps: all frames distinct. */
    private static Clip ramp(double seconds) {
        return FunctionClip.of(new Size(32, 32), seconds,
                t -> Frame.filled(32, 32, 0xFF000000 | (int) Math.round(t * 12) * 2 * 0x010101));
    }

    /** Events that note each estimate ({@code "estimate BYTES"}) and frame ({@code "frame N"}) in {@code heard}. */
    private static PreviewEvents recording(List<String> heard) {
        return new PreviewEvents() {
            @Override
            public void estimate(long bytes, double written) {
                heard.add("estimate " + bytes);
            }

            @Override
            public void progress(int done, int total) {
                heard.add("frame " + done);
            }
        };
    }

    /** {@code render} ended with {@link CancelledException}, and no file is left in the scratch folder. */
    private void assertCancelledLeavingNothing(CompletableFuture<byte[]> render) throws Exception {
        assertThatThrownBy(() -> render.get(LIMIT_SECONDS, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(CancelledException.class);
        try (Stream<Path> left = Files.list(scratch)) {
            assertThat(left).as("files left in the scratch folder").isEmpty();
        }
    }

    /**
     * A preview of a grey second rendered on another thread, whose first frame opens {@code firstFrameAsked} and then
     * waits for {@code release}: the render is certainly running, and not finished, until the test releases it.
     */
    private static CompletableFuture<byte[]> heldRender(PreviewRenders renders, CountDownLatch firstFrameAsked,
                                                        CountDownLatch release) {
        Clip held = FunctionClip.of(new Size(16, 16), 1, t -> {
            if (t == 0) {
                firstFrameAsked.countDown();
                await(release);
            }
            return Frame.filled(16, 16, 0xFF808080);
        });
        return CompletableFuture.supplyAsync(() -> renders.render(listener -> held, AT_10_FPS, PreviewEvents.NONE).gif());
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(LIMIT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("the held render was never released");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
