package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Optional;

/** A rectangle cut out of every frame. */
final class CroppedClip implements Clip {
    private final Clip parent;
    private final Rect rect;

    private CroppedClip(Clip parent, Rect rect) {
        this.parent = parent;
        this.rect = rect;
    }

    static Clip of(Clip parent, Rect rect) {
        rect.requireInside(parent.size());
        if (rect.equals(new Rect(0, 0, parent.width(), parent.height()))) {
            return parent;
        }
        return new CroppedClip(parent, rect);
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return rect.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        return parent.frame(t).crop(rect.x1(), rect.y1(), rect.x2(), rect.y2());
    }
}
