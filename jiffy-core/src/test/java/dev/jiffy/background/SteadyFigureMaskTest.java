package dev.jiffy.background;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
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
