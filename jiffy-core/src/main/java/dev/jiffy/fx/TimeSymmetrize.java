package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.compose.Concatenation;
import java.util.function.UnaryOperator;

/**
 * The boomerang (MoviePy's {@code time_symmetrize}): the clip forwards, then backwards, so its end is its beginning
 * and it loops without a jump. Twice as long; frames A, B, C give A, B, C, C, B, A. Written as the seed writes it:
 * {@code Concatenation.of(clip, clip.fx(Fx.timeMirror()))}.
 */
record TimeSymmetrize() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        Clip backwards = new TimeMirror().apply(clip);
        return Concatenation.of(clip, backwards);
    }
}
