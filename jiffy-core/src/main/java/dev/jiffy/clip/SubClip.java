package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Optional;

/** The part of a clip between two times. */
final class SubClip implements Clip {
    private final Clip parent;
    private final double start;
    private final double duration;

    private SubClip(Clip parent, double start, double duration) {
        this.parent = parent;
        this.start = start;
        this.duration = duration;
    }

    static Clip of(Clip parent, double start, double end) {
        double[] times = resolve(parent, start, end);
        double s = times[0];
        double e = times[1];
        if (parent instanceof SubClip sub) {
            return new SubClip(sub.parent, sub.start + s, e - s);
        }
        return new SubClip(parent, s, e - s);
    }

    /**
     * {start, end} of {@code parent}'s part between {@code start} and {@code end}, negative times counted from its end.
     *
     * @throws IllegalArgumentException naming the times and the clip's length if they are not an interval inside it
     */
    static double[] resolve(Clip parent, double start, double end) {
        double total = parent.duration();
        if (Double.isNaN(start) || Double.isNaN(end)) {
            throw new IllegalArgumentException("subclip times must be numbers, got " + start + " and " + end);
        }
        double s = start < 0 ? total + start : start;
        double e = end < 0 ? total + end : end;
        if (s < -Timeline.EPSILON) {
            throw new IllegalArgumentException("start " + Times.format(start) + " is before the beginning of the clip ("
                    + Times.format(total) + " long)");
        }
        if (s >= total - Timeline.EPSILON) {
            throw new IllegalArgumentException("start " + Times.format(start) + " is at or past the end of the clip ("
                    + Times.format(total) + ")");
        }
        if (e > total + Timeline.EPSILON) {
            throw new IllegalArgumentException("end " + Times.format(end) + " is past the end of the clip ("
                    + Times.format(total) + ")");
        }
        if (e <= s + Timeline.EPSILON) {
            throw new IllegalArgumentException("end " + Times.format(end) + " must be after start " + Times.format(start));
        }
        return new double[] {Math.max(0, s), Math.min(total, e)};
    }

    Clip parent() {
        return parent;
    }

    /** The same excerpt of another clip with the same timeline (e.g. the parent decoded at another size). */
    Clip withParent(Clip other) {
        return new SubClip(other, start, duration);
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
        double local = Timeline.requireInClip(t, duration);
        return parent.frame(Math.min(start + local, parent.duration()));
    }

    @Override
    public void copyFrame(double t, int[] dest) {
        double local = Timeline.requireInClip(t, duration);
        parent.copyFrame(Math.min(start + local, parent.duration()), dest);
    }
}
