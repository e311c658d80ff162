package dev.jiffy.preview;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ClipPreviewer;
import dev.jiffy.render.GifExport;

/** {@link Clip#preview()}'s implementation, found through {@link java.util.ServiceLoader}. */
public final class SwingPreviewer implements ClipPreviewer {
    @Override
    public void preview(Clip clip, GifExport export) {
        Preview.show(clip, export);
    }
}
