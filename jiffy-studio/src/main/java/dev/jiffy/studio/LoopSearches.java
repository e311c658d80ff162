package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.compose.LoopFinder;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.Times;
import java.util.List;

/**
 * The page's Find loop: the library's {@link LoopFinder} around the in/out points, one search at a time. As with
 * previews, a search stops (with {@link CancelledException}) as soon as a newer one has started, the page has gone or
 * the studio is closing, so pressing the button twice costs one search.
 */
final class LoopSearches {
    /**
     * How far each end may move when the page does not say: the same second as {@code jiffy make --find-loop}, which
     * holds a full cycle of most everyday motion (a step, a wave).
     */
    static final double DEFAULT_RADIUS = 1.0;

    private final RunningWork work;
    private final NewestOnly searches;

    /** Searches that are part of the studio's {@code work}: each stops when the studio closes, which waits for it. */
    LoopSearches(RunningWork work) {
        this.work = work;
        this.searches = new NewestOnly(work);
    }

    /**
     * The best loops of {@code video} near {@code from}..{@code to}, each end moved by at most {@code radius} seconds,
     * best first (at most {@link LoopFinder#RESULTS}, at least one); {@code events} hears the frames decoded.
     *
     * @throws IllegalArgumentException if the times or the radius are out of range, or the selection is shorter
     *                                  than two frames
     * @throws CancelledException       if a newer search started, the page went or the studio closed first
     */
    List<LoopCandidate> find(Clip video, double from, double to, double radius, PreviewEvents events) {
        return work.run(() -> findNow(video, from, to, radius, events));
    }

    private List<LoopCandidate> findNow(Clip video, double from, double to, double radius, PreviewEvents events) {
        long mine = searches.start();
        RenderListener listener = new RenderListener() {
            @Override
            public boolean cancelled() {
                return searches.stopped(mine, events);
            }

            @Override
            public void progress(int done, int total) {
                events.progress(done, total);
            }
        };
        List<LoopCandidate> found = LoopFinder.find(video, from, to, radius, listener);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("finding a loop needs an in/out selection of at least two frames, got "
                    + Times.format(to - from) + ": set the out point further on");
        }
        return found;
    }
}
