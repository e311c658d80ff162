package dev.jiffy.cli;

import dev.jiffy.clip.Excerpt;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.compose.LoopFinder;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.Times;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --find-loop[=RADIUS]}: moves --from and --to to the nearby pair that loops best. */
final class FindLoopOption {
    /** How far each end may move by default: a second holds a full cycle of most everyday motion (a step, a wave). */
    static final double DEFAULT_RADIUS = 1.0;

    @Option(names = "--find-loop", paramLabel = "RADIUS", arity = "0..1", fallbackValue = "" + DEFAULT_RADIUS,
            converter = Converters.Positive.class,
            description = "Move --from and --to, each by up to RADIUS seconds (default " + DEFAULT_RADIUS + ", at most "
                    + "5), to where the frame after the end best matches the first, so the GIF loops without a jump; "
                    + "prints the pair chosen and how well it matches (1 = the same picture).")
    Double radius;

    boolean isSet() {
        return radius != null;
    }

    /**
     * The best loop near the excerpt's times, searched on its source (before cropping, scaling and speed).
     *
     * @param listener asked whether to stop; its progress is not told, as the render that follows has its own
     */
    LoopCandidate find(Excerpt excerpt, RenderListener listener) {
        if (radius > LoopFinder.MAX_RADIUS) {
            throw new IllegalArgumentException("--find-loop " + Times.format(radius) + " searches too far: give at "
                    + "most " + Times.format(LoopFinder.MAX_RADIUS));
        }
        RenderListener cancelOnly = new RenderListener() {
            @Override
            public boolean cancelled() {
                return listener.cancelled();
            }
        };
        List<LoopCandidate> found = LoopFinder.find(excerpt.source(), excerpt.from(), excerpt.to(), radius,
                cancelOnly);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("--find-loop needs an excerpt of at least two frames, got "
                    + Times.format(excerpt.to() - excerpt.from()));
        }
        return found.get(0);
    }

    /** What was chosen and how well it loops, in one line, honest when it does not. */
    static String describe(LoopCandidate loop) {
        return "find loop: from " + loop + (loop.seamless() ? ": loops smoothly"
                : ": no close match nearby, the jump back will show (try another excerpt or a wider --find-loop)");
    }
}
