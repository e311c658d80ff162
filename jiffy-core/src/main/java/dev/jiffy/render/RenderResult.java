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
}
