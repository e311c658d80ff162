package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * Fades in from a colour over the first {@code seconds} (MoviePy's {@code fadein}): at t the picture is
 * {@code t / seconds} of the frame and the rest the colour, so t = 0 is the plain colour. The alpha channel is left as
 * it is: transparent parts stay transparent. The colour must be opaque (0xFFRRGGBB, or 0xRRGGBB); to fade through
 * transparency for compositing use {@link Clip#crossfadeIn}.
 */
record FadeIn(double seconds, int argbColor) implements UnaryOperator<Clip> {
    public FadeIn {
        Fades.checkSeconds(seconds);
        argbColor = Fades.checkColor(argbColor);
    }

    @Override
    public Clip apply(Clip clip) {
        Fades.checkFits(seconds, clip);
        double s = seconds;
        int rgb = argbColor;
        return MappedClip.of(clip, clip.size(), (t, frame) -> Fades.mix(frame, t / s, rgb));
    }
}
