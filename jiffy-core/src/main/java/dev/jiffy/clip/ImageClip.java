package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Still pictures as clips (MoviePy's {@code ImageClip} and {@code ColorClip}). They last forever until given a
 * duration with {@link Clip#withDuration}, and have no frame rate of their own.
 */
public final class ImageClip {
    private ImageClip() {
    }

    /**
     * A clip showing {@code frame}; its alpha channel is its mask.
     *
     * @param frame the picture
     * @return a still clip lasting forever until given a duration
     */
    public static Clip of(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        return new StillClip(frame.size(), Double.POSITIVE_INFINITY, () -> frame);
    }

    /**
     * A clip showing an image file (PNG, JPEG, BMP or GIF's first frame); PNG transparency becomes its mask.
     *
     * @param file a PNG, JPEG, BMP or GIF image
     * @return a still clip lasting forever until given a duration
     * @throws dev.jiffy.MediaException if the file is missing, not an image or unreadable
     */
    public static Clip read(Path file) {
        return of(ImageFiles.read(file, "PNG, JPEG, BMP, GIF"));
    }

    /**
     * As {@link #read(Path)}, with the file given by name.
     *
     * @param file the image's path
     * @return a still clip lasting forever until given a duration
     */
    public static Clip read(String file) {
        return read(Path.of(file));
    }

    /**
     * A clip of one colour (0xAARRGGBB; alpha below 0xFF makes it see-through).
     *
     * @param size the picture's size
     * @param argb the colour
     * @return a still clip lasting forever until given a duration
     */
    public static Clip color(Size size, int argb) {
        return of(Frame.filled(size.width(), size.height(), argb));
    }

    /** The frame of {@code clip} at time t, as a still clip; decoded once, when first needed (MoviePy's to_ImageClip). */
    static Clip snapshot(Clip clip, double t) {
        dev.jiffy.time.Timeline.requireInClip(t, clip.duration());
        return new StillClip(clip.size(), Double.POSITIVE_INFINITY, () -> clip.frame(t));
    }
}
