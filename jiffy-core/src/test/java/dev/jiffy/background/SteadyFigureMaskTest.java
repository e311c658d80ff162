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

    /** A grey gradient with noise; a dark square walking right at 2 px a frame; the blob in frame FLASH only. */
    private static Frame frame(double t) {
        int k = (int) Math.round(t * FPS);
        BinaryMask fig = figure(k);
        BinaryMask flash = k == FLASH ? blob() : BinaryMask.filled(new Size(W, H), false);
        int[] px = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int v = fig.get(x, y) ? 30 : flash.get(x, y) ? 240 : 90 + x / 2;
                long hash = (x * 73856093L) ^ (y * 19349663L) ^ (k * 83492791L);
                hash ^= hash >>> 13;
                hash *= 0x5bd1e995L;
                v = Math.max(0, Math.min(255, v + (int) ((hash >>> 20) % 7) - 3));
                px[y * W + x] = 0xFF000000 | v << 16 | v << 8 | v;
            }
        }
        return Frame.wrap(W, H, px);
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
