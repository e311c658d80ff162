package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * A clip whose alpha is multiplied by a factor that may change with time: constant for {@code withOpacity}, a ramp for
 * cross-fades.
 */
final class OpacityClip implements Clip {
    private final Clip parent;
    private final DoubleUnaryOperator opacityAt;

    OpacityClip(Clip parent, DoubleUnaryOperator opacityAt) {
        this.parent = parent;
        this.opacityAt = opacityAt;
    }

    static Clip constant(Clip parent, double opacity) {
        if (!(opacity >= 0 && opacity <= 1)) {
            throw new IllegalArgumentException("opacity goes from 0 to 1, got " + opacity);
        }
        return opacity == 1 ? parent : new OpacityClip(parent, t -> opacity);
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return parent.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        Frame f = parent.frame(t);
        double o = Math.max(0, Math.min(1, opacityAt.applyAsDouble(t)));
        if (o >= 1) {
            return f;
        }
        int[] px = f.toArgbArray();
        for (int i = 0; i < px.length; i++) {
            int a = (int) Math.round((px[i] >>> 24) * o);
            px[i] = a << 24 | (px[i] & 0xFFFFFF);
        }
        return Frame.wrap(f.width(), f.height(), px);
    }
}
