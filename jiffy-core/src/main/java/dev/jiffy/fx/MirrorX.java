package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import java.util.function.UnaryOperator;

/** Flips left and right (MoviePy's {@code mirror_x}): each row read backwards, alpha with it. */
record MirrorX() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        return MappedClip.of(clip, clip.size(), (t, frame) -> flip(frame));
    }

    private static Frame flip(Frame frame) {
        int w = frame.width();
        int[] px = frame.toArgbArray();
        for (int row = 0; row < px.length; row += w) {
            for (int i = row, j = row + w - 1; i < j; i++, j--) {
                int p = px[i];
                px[i] = px[j];
                px[j] = p;
            }
        }
        return Frame.wrap(w, frame.height(), px);
    }
}
