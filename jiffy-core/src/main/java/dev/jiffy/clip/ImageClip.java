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

    /** A clip showing {@code frame}; its alpha channel is its mask. */
    public static Clip of(Frame frame) {
        Objects.requireNonNull(frame, "frame");
        return new StillClip(frame.size(), Double.POSITIVE_INFINITY, () -> frame);
    }

    /** A clip showing an image file (PNG, JPEG, BMP or GIF's first frame); PNG transparency becomes its mask. */
    public static Clip read(Path file) {
        return of(ImageFiles.read(file, "PNG, JPEG, BMP, GIF"));
    }

    public static Clip read(String file) {
        return read(Path.of(file));
    }

    /** A clip of one colour (0xAARRGGBB; alpha below 0xFF makes it see-through). */
    public static Clip color(Size size, int argb) {
        return of(Frame.filled(size.width(), size.height(), argb));
    }

    /** The frame of {@code clip} at time t, as a still clip; decoded once, when first needed (MoviePy's to_ImageClip). */
    static Clip snapshot(Clip clip, double t) {
        dev.jiffy.time.Timeline.requireInClip(t, clip.duration());
        return new StillClip(clip.size(), Double.POSITIVE_INFINITY, () -> clip.frame(t));
    }
}
