package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/**
 * The clip played over and over for {@code seconds} (MoviePy's {@code loop(duration=...)}); the last round is cut
 * where the time runs out, and a duration shorter than the clip simply keeps its beginning.
 */
record LoopFor(double seconds) implements UnaryOperator<Clip> {
    public LoopFor {
        Checks.positiveSeconds(seconds, "loop duration");
    }

    @Override
    public Clip apply(Clip clip) {
        return LoopTime.loop(clip, Checks.finiteDuration(clip, "loop"), seconds);
    }
}
