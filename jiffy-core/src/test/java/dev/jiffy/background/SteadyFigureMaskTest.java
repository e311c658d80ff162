package dev.jiffy.background;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Persistence over time: what is in one frame only is noise, a figure persists. */
class SteadyFigureMaskTest {
    private static final int W = 120;
    private static final int H = 80;
    private static final int FPS = 10;
    /** The frame where a bright blob flashes (a compression flash, a bird crossing in one frame). */
    private static final int FLASH = 12;
    /** The fast subject's picture is wider, for 16 frames of 20 pixels. */
    private static final int FAST_W = 340;
    private static final int FAST_STEP = 20;

    @Test
    void aBlobInOneFrameOnlyIsDroppedWhileTheWalkingFigureIsKept() {
        Clip clip = FunctionClip.of(new Size(W, H), 3.0, SteadyFigureMaskTest::frame).withFps(FPS);
        Cutout cut = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut();
        double t = (double) FLASH / FPS;
        BinaryMask mask = BinaryMask.atLeast(cut.mask().mask(t), 0.5f);
        assertThat(mask.and(blob()).count()).as("blob pixels kept").isZero();
        assertThat(mask.intersectionOverUnion(figure(FLASH))).isGreaterThan(0.9);
        // each frame by itself keeps the blob: it differs from the background as much as the figure does
        Cutout alone = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut(0);
        assertThat(BinaryMask.atLeast(alone.mask().mask(t), 0.5f).and(blob()).count()).isGreaterThan(80);
    }

    /**
     * A small subject that moves fast (a bird, a ball): 12x12 pixels crossing 20 pixels a frame, so its regions in two
     * frames are far apart. It is there in every frame, near where its speed takes it: it persists, and must be kept.
     */
    @Test
    void aSmallFastSubjectIsKeptInEveryFrame() {
        Clip clip = FunctionClip.of(new Size(FAST_W, H), 1.6, SteadyFigureMaskTest::fastFrame).withFps(FPS);
        Cutout cut = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut();
        for (int k = 0; k < 16; k++) {
            BinaryMask mask = BinaryMask.atLeast(cut.mask().mask((double) k / FPS), 0.5f);
            assertThat(mask.intersectionOverUnion(fastSubject(k))).as("IoU in frame %d", k).isGreaterThan(0.8);
        }
    }

    /**
     * A GIF written at a lower rate than the video asks for times between the video's frames, where a video shows one
     * of them (here the next one, as an excerpt that starts between two frames does): the mask there is that frame's
     * mask, with its window around it.
     */
    @Test
    void aTimeBetweenFramesGetsTheMaskOfTheFrameItShows() {
        Clip clip = FunctionClip.of(new Size(W, H), 3.0, t -> frame(Math.ceil(t * FPS - 1e-9) / FPS)).withFps(FPS);
        Cutout cut = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT).cut();
        for (int k : new int[] {0, 7, 15, 28}) {
            assertThat(cut.mask().mask((k + 0.4) / FPS)).as("between frames %d and %d", k, k + 1)
                    .isEqualTo(cut.mask().mask((k + 1.0) / FPS));
        }
    }

    /**
     * A 30 fps video written at 10 fps, the rate given: the masks at the GIF's times are those of a 10 fps clip of
     * the same pictures (the frames around each are the GIF's), and only the frames the GIF shows are read for them,
     * not the video's frames between (each once for its own mask and at most once more as a neighbour).
     */
    @Test
    void writtenAtALowerRateTheFramesAroundAreTheGifsAndOnlyTheyAreRead() {
        AtomicInteger reads = new AtomicInteger();
        Clip video = FunctionClip.of(new Size(W, H), 3.0, t -> {
            reads.incrementAndGet();
            return frame(Math.floor(t * 3 * FPS + 1e-9) / (3 * FPS));
        }).withFps(3 * FPS);
        Clip gifFrames = FunctionClip.of(new Size(W, H), 3.0, t -> frame(Math.floor(t * FPS + 1e-9) / FPS))
                .withFps(FPS);
        // the same background and threshold for both: only the frames looked at may differ
        Cutout atGifRate = BackgroundRemoval.of(video).withBackground(plate()).withThreshold(400)
                .withGifFps(FrameRate.of(FPS)).withListener(RenderListener.SILENT).cut();
        Cutout tenFps = BackgroundRemoval.of(gifFrames).withBackground(plate()).withThreshold(400)
                .withListener(RenderListener.SILENT).cut();
        reads.set(0);
        for (int k = 0; k < 3 * FPS; k++) {
            double t = (double) k / FPS;
            assertThat(atGifRate.mask().mask(t)).as("frame %d", k).isEqualTo(tenFps.mask().mask(t));
        }
        assertThat(reads.get()).as("video frames read for 30 masks").isLessThanOrEqualTo(2 * 3 * FPS);
    }

    /**
     * The analyses kept for the neighbours are bounded by bytes (the heap a large picture leaves): with no room for
     * any but the newest, every frame's neighbours are analysed again when asked for, and the masks are the same as
     * with all kept, in any order they are asked for.
     */
    @Test
    void withNoRoomToKeepAnalysesTheMasksAreTheSameOnlyMadeAgain() {
        AtomicInteger reads = new AtomicInteger();
        Clip clip = FunctionClip.of(new Size(W, H), 3.0, t -> {
            reads.incrementAndGet();
            return frame(t);
        }).withFps(FPS);
        BackgroundRemoval removal = BackgroundRemoval.of(clip).withListener(RenderListener.SILENT);
        Cutout kept = removal.cut(SteadyFigureMask.WINDOW, SteadyFigureMask.SPEED, Long.MAX_VALUE);
        Cutout cramped = removal.cut(SteadyFigureMask.WINDOW, SteadyFigureMask.SPEED, 0);
        int frames = 3 * FPS;
        reads.set(0);
        Mask[] keptMasks = new Mask[frames];
        for (int k = 0; k < frames; k++) {
            keptMasks[k] = kept.mask().mask((double) k / FPS);
        }
        int keptReads = reads.getAndSet(0);
        for (int k = frames - 1; k >= 0; k -= 2) { // backwards, odd frames first: another order
            assertThat(cramped.mask().mask((double) k / FPS)).as("frame %d", k).isEqualTo(keptMasks[k]);
        }
        for (int k = frames - 2; k >= 0; k -= 2) {
            assertThat(cramped.mask().mask((double) k / FPS)).as("frame %d", k).isEqualTo(keptMasks[k]);
        }
        // kept: each frame read once for its mask and once as a neighbour ahead (the first is analysed from the frame
        // read for its mask); cramped: the neighbours are read and analysed again for each mask
        assertThat(keptReads).isEqualTo(2 * frames - 1);
        assertThat(reads.get()).as("frames read with no room").isGreaterThan(3 * frames);
    }

    /** The background of {@link #frame}: its gradient without the figure, the blob or noise. */
    private static Frame plate() {
        int[] px = new int[W * H];
        for (int i = 0; i < px.length; i++) {
            px[i] = grey(90 + i % W / 2);
        }
        return Frame.wrap(W, H, px);
    }

    /**
     * The steady one-bit cut on its own: a figure that stands still all clip, whose outline is soft (a 4-pixel ramp,
     * as a lens and a codec leave it) over film grain of -6..6 levels. Each frame by itself, the grain flips the cut
     * of the outline's middle pixels from frame to frame (the edge crawls); the median over the frames around keeps
     * it. The background is given (a plate) so that only the cut differs between the two.
     */
    @Test
    void theSteadyCutCrawlsLessOnAStillGrainyOutlineThanEachFrameByItself() {
        Clip clip = FunctionClip.of(new Size(W, H), 2.0, SteadyFigureMaskTest::grainyFrame).withFps(FPS);
        BackgroundRemoval removal = BackgroundRemoval.of(clip).withBackground(stillFrame(-1))
                .withListener(RenderListener.SILENT);
        MaskScore steady = stillScore(removal.cut());
        MaskScore alone = stillScore(removal.cut(0));
        assertThat(alone.meanCrawl()).as("each frame by itself crawls").isGreaterThan(1);
        assertThat(steady.meanCrawl()).as("steady cut's crawl vs %.2f %% by itself", alone.meanCrawl())
                .isLessThan(alone.meanCrawl() / 2);
        assertThat(steady.minIou()).isGreaterThan(0.9);
    }

    private static MaskScore stillScore(Cutout cut) {
        java.util.List<BinaryMask> masks = new java.util.ArrayList<>();
        java.util.List<BinaryMask> truths = new java.util.ArrayList<>();
        java.util.List<BinaryMask> stills = new java.util.ArrayList<>();
        for (int k = 0; k < 2 * FPS; k++) {
            masks.add(BinaryMask.atLeast(cut.mask().mask((double) k / FPS), 0.5f));
            truths.add(stillFigure());
            stills.add(BinaryMask.filled(new Size(W, H), true)); // nothing moves: all change is grain
        }
        return MaskScore.of(masks, truths, stills);
    }

    private static Frame grainyFrame(double t) {
        return stillFrame((int) Math.round(t * FPS));
    }

    /**
     * Frame k of the still figure (an ellipse of grey 60 with a 4-pixel ramp to the background, a gradient of 110 to
     * 170) with grain of -6..6; frame -1: the background alone, without grain.
     */
    private static Frame stillFrame(int k) {
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                double bg = 110 + x / 2.0;
                double inside = k < 0 ? 0 : Math.max(0, Math.min(1, (1 - ellipse(x, y)) * 30 / 4 + 0.5));
                double v = bg + (60 - bg) * inside;
                px[y * W + x] = grey((int) Math.round(v) + (k < 0 ? 0 : 2 * noise(x, y, k)));
            }
        }
        return Frame.wrap(W, H, px);
    }

    /** The ellipse's equation at (x, y): 1 on its outline (radii 22 by 30, centre 60, 40), under 1 inside. */
    private static double ellipse(int x, int y) {
        double dx = (x - 60) / 22.0;
        double dy = (y - 40) / 30.0;
        return Math.sqrt(dx * dx + dy * dy);
    }

    /** The still figure's true mask: inside its outline. */
    private static BinaryMask stillFigure() {
        boolean[] bits = new boolean[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                bits[y * W + x] = ellipse(x, y) < 1;
            }
        }
        return BinaryMask.wrap(W, H, bits);
    }

    /** A noisy textured background (a gradient and a checker of 8-pixel tiles), the fast subject dark over it. */
    private static Frame fastFrame(double t) {
        int k = (int) Math.round(t * FPS);
        BinaryMask subject = fastSubject(k);
        int[] px = new int[FAST_W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < FAST_W; x++) {
                int v = subject.get(x, y) ? 30 : 100 + x / 4 + ((x / 8 + y / 8) % 2 == 0 ? 20 : 0);
                px[y * FAST_W + x] = grey(v + noise(x, y, k));
            }
        }
        return Frame.wrap(FAST_W, H, px);
    }

    /** Frame k's subject: 12x12, from x = 6 + 20 k, on a line sloping down 2 pixels a frame. */
    private static BinaryMask fastSubject(int k) {
        boolean[] bits = new boolean[FAST_W * H];
        int left = 6 + FAST_STEP * k;
        int top = 20 + 2 * k;
        for (int y = top; y < top + 12; y++) {
            for (int x = left; x < left + 12; x++) {
                bits[y * FAST_W + x] = true;
            }
        }
        return BinaryMask.wrap(FAST_W, H, bits);
    }

    /** A grey gradient with noise; a dark square walking right at 2 px a frame; the blob in frame FLASH only. */
    private static Frame frame(double t) {
        int k = (int) Math.round(t * FPS);
        BinaryMask fig = figure(k);
        BinaryMask flash = k == FLASH ? blob() : BinaryMask.filled(new Size(W, H), false);
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = fig.get(x, y) ? 30 : flash.get(x, y) ? 240 : 90 + x / 2;
                px[y * W + x] = grey(v + noise(x, y, k));
            }
        }
        return Frame.wrap(W, H, px);
    }

    /** Noise of -3..3 levels, the same for the same pixel and frame. */
    private static int noise(int x, int y, int k) {
        long hash = (x * 73856093L) ^ (y * 19349663L) ^ (k * 83492791L);
        hash ^= hash >>> 13;
        hash *= 0x5bd1e995L;
        return (int) ((hash >>> 20) % 7) - 3;
    }

    private static int grey(int v) {
        int c = Math.max(0, Math.min(255, v));
        return 0xFF000000 | c << 16 | c << 8 | c;
    }

    private static BinaryMask figure(int k) {
        boolean[] bits = new boolean[W * H];
        int left = 10 + 2 * k;
        for (int y = 20; y < 60; y++) {
            for (int x = left; x < left + 16; x++) {
                bits[y * W + x] = true;
            }
        }
        return BinaryMask.wrap(W, H, bits);
    }

    private static BinaryMask blob() {
        boolean[] bits = new boolean[W * H];
        for (int y = 5; y < 15; y++) {
            for (int x = 95; x < 105; x++) {
                bits[y * W + x] = true;
            }
        }
        return BinaryMask.wrap(W, H, bits);
    }
}
