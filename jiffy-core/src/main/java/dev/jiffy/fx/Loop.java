package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * The clip played {@code times} times in a row (MoviePy's {@code loop(n=...)}); frames A, B looped 3 times give
 * A, B, A, B, A, B. The result lasts exactly times × duration, so it has times × (frames of the clip) frames.
 */
record Loop(int times) implements UnaryOperator<Clip> {
    public Loop {
        if (times < 1) {
            throw new IllegalArgumentException("loop count must be at least 1, got " + times);
        }
    }

    @Override
    public Clip apply(Clip clip) {
        double d = Checks.finiteDuration(clip, "loop");
        return LoopTime.loop(clip, d, times * d);
    }
}
