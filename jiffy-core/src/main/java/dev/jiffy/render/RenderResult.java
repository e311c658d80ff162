package dev.jiffy.render;

import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.nio.file.Path;

/**
 * What a render wrote.
 *
 * @param file          the output file
 * @param size          frame size
 * @param fps           the rate frames were sampled at
 * @param sampledFrames frames taken from the clip
 * @param gifFrames     frames in the GIF (identical neighbours are merged into one longer frame)
 * @param duration      the animation's length in seconds
 * @param bytes         file size
 * @param seconds       wall-clock time the render took
 */
public record RenderResult(Path file, Size size, FrameRate fps, int sampledFrames, int gifFrames, double duration,
                           long bytes, double seconds) {

    /** "wrote x.gif: 384x216, 20 frames at 24 fps (18 in the GIF), 0.80 s, 240.6 KB in 1.1 s" */
    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "wrote %s: %s, %d frames at %s fps (%d in the GIF), %.2f s, %s in %.1f s",
                file, size, sampledFrames, fps, gifFrames, duration, humanBytes(bytes), seconds);
    }

    /**
     * 812 B, 240.6 KB, 1.25 MB.
     *
     * @param n a size in bytes, 0 or more
     * @return the size in B, KB (one decimal) or MB (two), where 1 KB = 1024 B
     */
    public static String humanBytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(java.util.Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(java.util.Locale.ROOT, "%.2f MB", n / (1024.0 * 1024));
    }
}
