package dev.jiffy.render;

import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Objects;

/**
 * What one try of a {@link SizeFit} search encodes with: the quality knob, the frame rate and the frame size.
 *
 * @param quality 1..100, as {@link GifExport#withQuality}
 * @param fps     the rate the clip is sampled at
 * @param size    the frame size the clip is resized to
 */
public record FitSettings(int quality, FrameRate fps, Size size) {
    public FitSettings {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100");
        }
        Objects.requireNonNull(fps, "fps");
        Objects.requireNonNull(size, "size");
    }

    /** "quality 74, 15 fps, 480x270". */
    @Override
    public String toString() {
        return "quality " + quality + ", " + fps + " fps, " + size;
    }
}
