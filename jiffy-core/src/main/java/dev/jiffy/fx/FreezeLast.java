package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import java.util.function.UnaryOperator;

/** Holds the last frame for {@code seconds} at the end (MoviePy's {@code freeze(t="end")}): A, B, C then C, C, ... */
record FreezeLast(double seconds) implements UnaryOperator<Clip> {
    public FreezeLast {
        Checks.positiveSeconds(seconds, "freeze duration");
    }

    @Override
    public Clip apply(Clip clip) {
        return new Freeze(Checks.finiteDuration(clip, "freeze the last frame of"), seconds).apply(clip);
    }
}
