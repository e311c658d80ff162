package dev.jiffy.source;

import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.nio.file.Path;

/**
 * What probing a media file found.
 *
 * @param file             the file
 * @param container        container format name, e.g. "matroska,webm"
 * @param codec            video codec name, e.g. "vp8"
 * @param duration         duration of the video stream in seconds: end of the last frame
 * @param frameRate        average frame rate measured from the stream's timestamps where the nominal one is nonsense
 * @param frameCount       number of frames if known from the container, else -1
 * @param codedSize        size of the decoded pictures before rotation and sample aspect ratio
 * @param size             display size: what frames delivered by a {@link FrameCursor} measure
 * @param rotation         clockwise rotation in degrees (0, 90, 180, 270) applied for display
 * @param sampleAspectRatio pixel aspect ratio as "num:den" (1:1 for square pixels)
 */
public record MediaInfo(Path file, String container, String codec, double duration, FrameRate frameRate,
                        long frameCount, Size codedSize, Size size, int rotation, String sampleAspectRatio) {
}
