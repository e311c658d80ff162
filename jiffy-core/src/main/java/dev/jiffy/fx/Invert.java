package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import java.util.function.UnaryOperator;

/** The negative: each of R, G, B becomes 255 − itself (MoviePy's {@code invert_colors}); alpha is left alone. */
record Invert() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        return MappedClip.of(clip, clip.size(), (t, frame) -> invert(frame));
    }

    private static Frame invert(Frame frame) {
        int[] px = frame.toArgbArray();
        for (int i = 0; i < px.length; i++) {
            px[i] ^= 0x00FFFFFF;
        }
        return Frame.wrap(frame.width(), frame.height(), px);
    }
}
