package dev.jiffy.fx;

import dev.jiffy.image.Frame;
import java.util.function.DoubleUnaryOperator;

/** A table of 256 values applied to the red, green and blue channels alike; alpha is left alone. */
final class ChannelLut {
    private ChannelLut() {
    }

    /** The table of {@code curve(v)} for v = 0..255, rounded and kept within 0..255. */
    static int[] of(DoubleUnaryOperator curve) {
        int[] lut = new int[256];
        for (int v = 0; v < 256; v++) {
            double c = curve.applyAsDouble(v);
            lut[v] = (int) Math.max(0, Math.min(255, Math.round(c)));
        }
        return lut;
    }

    static Frame apply(Frame frame, int[] lut) {
        return apply(frame, lut, lut, lut);
    }

    /** Each channel through its own table. */
    static Frame apply(Frame frame, int[] red, int[] green, int[] blue) {
        int[] px = frame.toArgbArray();
        for (int i = 0; i < px.length; i++) {
            int p = px[i];
            px[i] = p & 0xFF000000 | red[(p >>> 16) & 0xFF] << 16 | green[(p >>> 8) & 0xFF] << 8 | blue[p & 0xFF];
        }
        return Frame.wrap(frame.width(), frame.height(), px);
    }
}
