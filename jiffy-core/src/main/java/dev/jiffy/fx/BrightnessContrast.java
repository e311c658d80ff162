package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * Brightness and contrast, on channel values v scaled to 0..1: {@code v' = (v − 0.5) · contrast + 0.5 + brightness},
 * kept within 0..1 and rounded back to 0..255.
 *
 * <ul>
 *   <li>{@code brightness} from −1 to 1 is added: 0 unchanged, 0.1 is about 26 levels brighter, 1 is all white;</li>
 *   <li>{@code contrast} of 0 or more multiplies the distance from mid-grey: 1 unchanged, 0 all mid-grey, 2 twice
 *       the contrast.</li>
 * </ul>
 * (MoviePy's {@code lum_contrast(lum, contrast)} is ours with {@code brightness = lum / 255} and
 * {@code contrast = 1 + contrast}, about mid-grey rather than 127.) Alpha is left alone.
 */
record BrightnessContrast(double brightness, double contrast) implements UnaryOperator<Clip> {
    public BrightnessContrast {
        if (!(brightness >= -1 && brightness <= 1)) {
            throw new IllegalArgumentException("brightness must be between -1 and 1 (0 leaves the picture unchanged), "
                    + "got " + Checks.num(brightness));
        }
        if (!(contrast >= 0) || Double.isInfinite(contrast)) {
            throw new IllegalArgumentException("contrast must be a number of 0 or more (1 leaves the picture "
                    + "unchanged), got " + Checks.num(contrast));
        }
    }

    @Override
    public Clip apply(Clip clip) {
        double b = brightness;
        double c = contrast;
        int[] lut = ChannelLut.of(v -> ((v / 255 - 0.5) * c + 0.5 + b) * 255);
        return MappedClip.of(clip, clip.size(), (t, frame) -> ChannelLut.apply(frame, lut));
    }
}
