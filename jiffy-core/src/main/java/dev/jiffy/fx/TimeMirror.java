package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Plays a clip backwards (MoviePy's {@code time_mirror}): time t shows what the clip shows just before
 * {@code duration − t}.
 *
 * <p>"Just before" matters at frame boundaries. A frame shows over a half-open interval [start, end), so read
 * backwards it covers (duration − end, duration − start]: at t = 0 the mirror shows the last frame, at t = 1/fps the
 * one before it, and so on, with the first frame shown last (and at the end instant t = duration). Of frames A, B, C
 * the mirror sampled at the clip's rate gives C, B, A. No time outside [0, duration] is asked of the parent. Mirroring
 * twice gives back the clip itself.
 */
public record TimeMirror() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        if (clip instanceof Mirrored m) {
            return m.parent;
        }
        return new Mirrored(clip, Checks.finiteDuration(clip, "play backwards"));
    }

    private static final class Mirrored implements Clip {
        private final Clip parent;
        private final double duration;
        /**
         * How far before {@code duration − t} the parent is asked, so that a frame boundary falls on the earlier frame:
         * more than the slack {@link FrameRate#indexAt} and composites allow (EPSILON frames, EPSILON seconds), far
         * less than any frame.
         */
        private final double before;

        Mirrored(Clip parent, double duration) {
            this.parent = parent;
            this.duration = duration;
            double fps = parent.fps().map(FrameRate::toDouble).orElse(1.0);
            this.before = 2 * Timeline.EPSILON * Math.max(1, 1 / fps);
        }

        @Override
        public double duration() {
            return duration;
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
            double at = Timeline.requireInClip(t, duration);
            return parent.frame(Math.max(0, Math.min(duration, duration - at - before)));
        }
    }
}
