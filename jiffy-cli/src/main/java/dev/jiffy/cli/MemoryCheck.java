package dev.jiffy.cli;

import dev.jiffy.JiffyException;
import dev.jiffy.image.Size;

/**
 * Says before rendering, in one line, when a GIF of some size cannot be made in the heap Java was given, and what to
 * do instead: a smaller {@code --width} that fits, or the {@code -Xmx} that would do.
 */
final class MemoryCheck {
    /**
     * Heap a render needs per pixel of the GIF, for the frames in flight between the decoder, the workers, the palette
     * look-ahead and the encoder. Measured (2 s of the sample, 2 cores, the smallest -Xmx that worked): 640x360 needs
     * 48 to 64 MB, 1280x720 144 to 160 MB, so about 140 bytes a pixel over {@link #BASE_BYTES}. The check uses 100, so
     * that it refuses only what surely fails; anything nearer the limit that still runs out is reported as such.
     */
    static final long BYTES_PER_PIXEL = 100;
    /** The JVM, picocli and FFmpeg's Java side before any frame: the intercept of the same measurements. */
    static final long BASE_BYTES = 24L << 20;
    private static final long MB = 1L << 20;

    private MemoryCheck() {
    }

    /** @throws JiffyException if a {@code gif}-sized render needs more than {@code maxMemory} bytes of heap */
    static void require(Size gif, long maxMemory) {
        long need = BASE_BYTES + gif.pixels() * BYTES_PER_PIXEL;
        if (need <= maxMemory) {
            return;
        }
        long fitsPixels = Math.max(0, (maxMemory - BASE_BYTES) / BYTES_PER_PIXEL);
        int width = (int) Math.floor(gif.width() * Math.sqrt((double) fitsPixels / gif.pixels()) / 10) * 10;
        String smaller = width >= 10 ? "make it smaller (--width " + width + " fits) or " : "";
        throw new JiffyException("a " + gif + " GIF needs about " + need / MB + " MB of memory but Java may use "
                + maxMemory / MB + " MB: " + smaller + "give Java more (JAVA_OPTS=-Xmx" + heapOption(need) + ")");
    }

    /** {@code need} rounded up to a heap size one would type: 256m steps below 1 GiB, whole gigabytes from there. */
    private static String heapOption(long need) {
        long gib = 1024 * MB;
        if (need < gib - 256 * MB) {
            return (need + 256 * MB - 1) / (256 * MB) * 256 + "m";
        }
        return (need + gib - 1) / gib + "g";
    }
}
