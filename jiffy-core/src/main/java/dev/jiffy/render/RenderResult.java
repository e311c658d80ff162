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

    /** "wrote x.gif: 384x216, 20 frames at 24 fps (18 in the GIF), 0.80 s, 246.4 KB in 1.1 s" (decimal units). */
    @Override
    public String toString() {
        return describe(file.toString());
    }

    /**
     * As {@link #toString()}, naming where the GIF went in other words: a command that copied {@link #file()} on to
     * standard output says "wrote to standard output: ...".
     *
     * @param destination where the GIF went, as the report should say it
     * @return "wrote DESTINATION: 384x216, 20 frames at 24 fps (18 in the GIF), 0.80 s, 246.4 KB in 1.1 s"
     */
    public String describe(String destination) {
        return String.format(java.util.Locale.ROOT, "wrote %s: %s, %d frames at %s fps (%d in the GIF), %.2f s, %s in %.1f s",
                destination, size, sampledFrames, fps, gifFrames, duration, bytes < 0 ? "an unknown size" : ByteSize.of(bytes), seconds);
    }
}
