package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Resizer;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Optional;

/** A clip scaled to another size. */
final class ResizedClip implements Clip {
    private final Clip parent;
    private final Resizer resizer;

    private ResizedClip(Clip parent, Resizer resizer) {
        this.parent = parent;
        this.resizer = resizer;
    }

    static Clip of(Clip parent, Size size, Resampling filter) {
        if (size.equals(parent.size())) {
            return parent;
        }
        return new ResizedClip(parent, new Resizer(parent.size(), size, filter));
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return resizer.to();
    }

    @Override
    public Optional<FrameRate> fps() {
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        return resizer.resize(parent.frame(t));
    }
}
