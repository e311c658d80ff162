package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Objects;
import java.util.Optional;

/** A clip with a different default frame rate for writing; its frames are its parent's. */
final class FpsClip implements Clip {
    private final Clip parent;
    private final FrameRate fps;

    FpsClip(Clip parent, FrameRate fps) {
        this.parent = parent instanceof FpsClip f ? f.parent : parent;
        this.fps = Objects.requireNonNull(fps, "fps");
    }

    @Override
    public double duration() {
        return parent.duration();
    }

    @Override
    public Size size() {
        return parent.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.of(fps);
    }

    @Override
    public Frame frame(double t) {
        return parent.frame(t);
    }

    @Override
    public void copyFrame(double t, int[] dest) {
        parent.copyFrame(t, dest);
    }
}
