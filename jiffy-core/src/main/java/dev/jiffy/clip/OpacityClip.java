package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import java.util.function.DoubleUnaryOperator;

/**
 * A clip whose alpha is multiplied by a factor that may change with time: constant for {@code withOpacity}, a ramp for
 * cross-fades.
 */
final class OpacityClip {
    private OpacityClip() {
    }

    static Clip constant(Clip parent, double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity goes from 0 to 1, got " + opacity);
        }
        return opacity == 1 ? parent : varying(parent, t -> opacity);
    }

    static Clip varying(Clip parent, DoubleUnaryOperator opacityAt) {
        return MappedClip.of(parent, parent.size(), (t, frame) -> scaleAlpha(frame,
                Math.max(0, Math.min(1, opacityAt.applyAsDouble(t)))));
    }

    private static Frame scaleAlpha(Frame f, double opacity) {
        if (opacity >= 1) {
            return f;
        }
        int[] px = f.toArgbArray();
        for (int i = 0; i < px.length; i++) {
            int a = (int) Math.round((px[i] >>> 24) * opacity);
            px[i] = a << 24 | (px[i] & 0xFFFFFF);
        }
        return Frame.wrap(f.width(), f.height(), px);
    }
}
