package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.RetimedClip;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.function.DoubleUnaryOperator;
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
record TimeMirror() implements UnaryOperator<Clip> {

    @Override
    public Clip apply(Clip clip) {
        if (clip instanceof RetimedClip r && r.parentTime() instanceof Mirror) {
            return r.parent();
        }
        double duration = Checks.finiteDuration(clip, "play backwards");
        double fps = clip.fps().map(FrameRate::toDouble).orElse(1.0);
        return RetimedClip.of(clip, duration, new Mirror(duration, 2 * Timeline.EPSILON * Math.max(1, 1 / fps)));
    }

    /**
     * @param before how far before {@code duration − t} the parent is asked, so that a frame boundary falls on the
     *               earlier frame: more than the slack {@link FrameRate#indexAt} and composites allow (EPSILON frames,
     *               EPSILON seconds), far less than any frame
     */
    private record Mirror(double duration, double before) implements DoubleUnaryOperator {
        @Override
        public double applyAsDouble(double t) {
            return Math.max(0, Math.min(duration, duration - t - before));
        }
    }
}
