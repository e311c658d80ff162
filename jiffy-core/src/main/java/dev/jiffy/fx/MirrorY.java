package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import java.util.function.UnaryOperator;

/** Flips top and bottom (MoviePy's {@code mirror_y}): rows in reverse order, alpha with them. */
record MirrorY() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        return MappedClip.of(clip, clip.size(), (t, frame) -> flip(frame));
    }

    private static Frame flip(Frame frame) {
        int w = frame.width();
        int h = frame.height();
        int[] px = new int[w * h];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            frame.readRow(y, row);
            System.arraycopy(row, 0, px, (h - 1 - y) * w, w);
        }
        return Frame.wrap(w, h, px);
    }
}
