package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * Multiplies R, G and B by {@code factor} (MoviePy's {@code multiply_color}, formerly {@code colorx}): 0.5 darkens by
 * half, 2 doubles; results above 255 are 255. Alpha is left alone.
 */
record MultiplyColor(double factor) implements UnaryOperator<Clip> {
    public MultiplyColor {
        if (!(factor >= 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("colour factor must be a number of 0 or more (1 leaves the picture "
                    + "unchanged), got " + Checks.num(factor));
        }
    }

    @Override
    public Clip apply(Clip clip) {
        double f = factor;
        int[] lut = ChannelLut.of(v -> v * f);
        return MappedClip.of(clip, clip.size(), (t, frame) -> ChannelLut.apply(frame, lut));
    }
}
