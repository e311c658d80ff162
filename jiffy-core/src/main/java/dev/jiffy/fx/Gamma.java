package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * Gamma correction as MoviePy's {@code gamma_corr}: each channel becomes {@code 255 · (v / 255)^gamma}, rounded. So
 * {@code gamma > 1} darkens the mid-tones and {@code gamma < 1} brightens them; black and white stay put. (ImageMagick's
 * and FFmpeg's {@code gamma g} brighten for g > 1: they are our {@code gamma(1 / g)}.) Alpha is left alone.
 */
record Gamma(double gamma) implements UnaryOperator<Clip> {
    public Gamma {
        if (!(gamma > 0) || Double.isInfinite(gamma)) {
            throw new IllegalArgumentException("gamma must be a positive number (1 leaves the picture unchanged), got "
                    + Checks.num(gamma));
        }
    }

    @Override
    public Clip apply(Clip clip) {
        double g = gamma;
        int[] lut = ChannelLut.of(v -> 255 * StrictMath.pow(v / 255, g));
        return MappedClip.of(clip, clip.size(), (t, frame) -> ChannelLut.apply(frame, lut));
    }
}
