package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Grey levels: each pixel becomes {@code round(wr·R + wg·G + wb·B)} in all three channels, with the weights of
 * {@link LumaWeights} ({@link Fx#blackAndWhite()} uses {@link LumaWeights#REC601}). Alpha is left alone. The sum is
 * computed in 16-bit fixed point with weights that add up to exactly 1, so white stays 255 and every grey stays
 * itself.
 */
record BlackAndWhite(LumaWeights weights) implements UnaryOperator<Clip> {
    public BlackAndWhite {
        Objects.requireNonNull(weights, "weights");
    }

    @Override
    public Clip apply(Clip clip) {
        int wr = (int) Math.round(weights.red() * 65536);
        int wb = (int) Math.round(weights.blue() * 65536);
        int wg = 65536 - wr - wb;
        return MappedClip.of(clip, clip.size(), (t, frame) -> grey(frame, wr, wg, wb));
    }

    private static Frame grey(Frame frame, int wr, int wg, int wb) {
        int[] px = frame.toArgbArray();
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            int y = (wr * ((p >>> 16) & 0xFF) + wg * ((p >>> 8) & 0xFF) + wb * (p & 0xFF) + 0x8000) >>> 16;
            px[i] = p & 0xFF000000 | y << 16 | y << 8 | y;
        }
        return Frame.wrap(frame.width(), frame.height(), px);
    }
}
