package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.background.HeapNeed;
import dev.jiffy.image.Size;
import java.util.function.ToLongFunction;

/**
 * Says before rendering, in one line, when a GIF of some size cannot be made in the heap Java was given, and what to
 * do instead: a smaller {@code --width} that fits, or the {@code -Xmx} that would do.
 *
 * <p>The estimate, {@link #BASE_BYTES} + min({@link #FRAMES_BYTES}, {@link #SMALL_FRAMES} frames) +
 * {@link #BYTES_PER_PIXEL} a pixel, is fitted below these measurements (the smallest -Xmx that made the sample at that
 * size, 2 cores, after the encoder bounded its frames in flight by bytes): 640x360 at most 64 MB, 1280x720 about
 * 150 MB, 1920x1080 160 to 192 MB, 3840x2160 256 to 288 MB. Being below, it refuses only what fails; a render near
 * the limit that still runs out is reported as such, in one line. With the background removed, what the removal
 * needs ({@link BackgroundRemoval#heapNeeded}) is counted too, before it starts finding the background.
 */
final class MemoryCheck {
    private static final long MB = 1L << 20;
    /** The JVM, picocli and FFmpeg's Java side before any frame. */
    static final long BASE_BYTES = 24 * MB;
    /** Frames in flight: the renderer's read-ahead, the encoder's pipeline and its palette look-ahead, 32 MB each. */
    static final long FRAMES_BYTES = 96 * MB;
    /** How many frames fill those budgets' worth of small frames (below them the budgets are not reached). */
    static final int SMALL_FRAMES = 30;
    /** Per pixel beside the frames in flight: the screen models, the analysis, the decoded and converted pictures. */
    static final long BYTES_PER_PIXEL = 20;
    /**
     * The share of the heap a suggested width's estimate may take. The estimate is fitted below what runs took, so it
     * refuses only what fails; a width offered at the limit can still run out. Measured with the background removed
     * (person_walking_static_cam, 4 s at 10 fps, 256 MB, 2 cores at load 9-17, 2026-12-07): at 1230 px wide, the
     * widest the estimate lets in, 3 runs of 5 ran out; at 1170 (its estimate 0.96 of the heap) and 1100 (0.91) none
     * of 6 each, nor 1000 and 900 in 3 each. At a tenth of the heap left, 1140 is offered there.
     */
    static final double SUGGESTED_SHARE = 0.9;

    private MemoryCheck() {
    }

    /** Heap a render of frames of {@code pixels} needs, by the estimate above. */
    static long need(long pixels) {
        return BASE_BYTES + Math.min(FRAMES_BYTES, SMALL_FRAMES * 4 * pixels) + BYTES_PER_PIXEL * pixels;
    }

    /**
     * Heap a render of frames of {@code size} with {@code removal} taking their background needs: the larger of the
     * background's finding (before the render, beside the JVM's base) and the render with the masks made beside it.
     */
    static long need(Size size, BackgroundRemoval removal, long maxMemory) {
        HeapNeed background = removal.heapNeeded(size, maxMemory);
        return Math.max(BASE_BYTES + background.beforeRender(), need(size.pixels()) + background.besideRender());
    }

    /** @throws JiffyException if a {@code gif}-sized render needs more than {@code maxMemory} bytes of heap */
    static void require(Size gif, long maxMemory) {
        require(gif, "", size -> need(size.pixels()), maxMemory);
    }

    /**
     * @throws JiffyException if a {@code gif}-sized render, its background removed by {@code removal}, needs more than
     *                        {@code maxMemory} bytes of heap
     */
    static void require(Size gif, BackgroundRemoval removal, long maxMemory) {
        require(gif, " with its background removed", size -> need(size, removal, maxMemory), maxMemory);
    }

    private static void require(Size gif, String doing, ToLongFunction<Size> needOf, long maxMemory) {
        long need = needOf.applyAsLong(gif);
        if (need <= maxMemory) {
            return;
        }
        int width = widestFitting(gif, needOf, (long) (SUGGESTED_SHARE * maxMemory));
        String smaller = width >= 10 ? "make it smaller (--width " + width + " fits) or " : "";
        // the need rounded up and the heap down: whole megabytes that never read "needs 24 MB but may use 24 MB"
        throw new JiffyException("a " + gif + " GIF" + doing + " needs about " + (need + MB - 1) / MB + " MB of memory"
                + " but Java may use " + maxMemory / MB + " MB: " + smaller + "give Java more (JAVA_OPTS=-Xmx"
                + heapOption(need) + ")");
    }

    /** The widest width, a multiple of 10, whose GIF (same aspect) needs at most {@code bytes}; 0 if none does. */
    private static int widestFitting(Size gif, ToLongFunction<Size> needOf, long bytes) {
        double aspect = (double) gif.height() / gif.width();
        for (int w = gif.width() / 10 * 10; w >= 10; w -= 10) {
            if (needOf.applyAsLong(new Size(w, (int) Math.max(1, Math.round(w * aspect)))) <= bytes) {
                return w;
            }
        }
        return 0;
    }

    /** {@code need} rounded up to a heap size one would type: 256m steps below 1 GiB, whole gigabytes from there. */
    static String heapOption(long need) {
        long gib = 1024 * MB;
        if (need < gib - 256 * MB) {
            return (need + 256 * MB - 1) / (256 * MB) * 256 + "m";
        }
        return (need + gib - 1) / gib + "g";
    }
}
