package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.Optional;

/**
 * A clip whose alpha is the background-removal mask of its own frames. Equivalent to
 * {@code parent.withMask(MaskClip.fromFunction(..., t -> recipe.maskAt(t, parent.frame(t))))}, but each frame is read
 * once instead of twice (once for the picture, once for the mask).
 */
final class CutoutClip implements Clip {
    private final Clip parent;
    private final MaskMaker recipe;

    CutoutClip(Clip parent, MaskMaker recipe) {
        this.parent = parent;
        this.recipe = recipe;
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
        return parent.fps();
    }

    @Override
    public Frame frame(double t) {
        Frame f = parent.frame(t);
        return recipe.maskAt(t, f).applyTo(f);
    }

    @Override
    public MaskClip mask() {
        return MaskClip.fromFunction(parent.size(), parent.duration(), t -> recipe.maskAt(t, parent.frame(t)));
    }
}
