package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * Fades out to a colour over the last {@code seconds} (MoviePy's {@code fadeout}): at t the picture is
 * {@code (duration − t) / seconds} of the frame and the rest the colour, so the end instant is the plain colour and the
 * last frame sampled is one frame short of it. Alpha is left alone; the colour must be opaque (0xFFRRGGBB, or
 * 0xRRGGBB); to fade through transparency use {@link Clip#crossfadeOut}.
 */
record FadeOut(double seconds, int argbColor) implements UnaryOperator<Clip> {
    public FadeOut {
        Fades.checkSeconds(seconds);
        argbColor = Fades.checkColor(argbColor);
    }

    @Override
    public Clip apply(Clip clip) {
        double d = Checks.finiteDuration(clip, "fade out");
        Fades.checkFits(seconds, clip);
        double s = seconds;
        int rgb = argbColor;
        return MappedClip.of(clip, clip.size(), (t, frame) -> Fades.mix(frame, (d - t) / s, rgb));
    }
}
