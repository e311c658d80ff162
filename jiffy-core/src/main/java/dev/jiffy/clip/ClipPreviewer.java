package dev.jiffy.clip;

import dev.jiffy.JiffyException;
import dev.jiffy.render.GifExport;
import java.util.ServiceLoader;

/**
 * Shows a clip in a window: the service behind {@link Clip#preview()}. The core holds no window code; the
 * {@code dev.jiffy:jiffy-preview} module provides the implementation through {@link ServiceLoader}, so a program (or
 * server) that does not depend on it never loads Swing.
 */
public interface ClipPreviewer {

    /**
     * Plays {@code clip} in a window at the export's frame rate (the clip's own when unset), with the export's GIF options
     * for the "As GIF" view, and returns when the window is closed.
     *
     * @param clip   the clip to play
     * @param export the frame rate and GIF options to show it with
     * @throws JiffyException if there is no display to show a window on
     */
    void preview(Clip clip, GifExport export);

    /**
     * The previewer on the class path.
     *
     * @return the first previewer the {@link ServiceLoader} finds
     * @throws JiffyException if none is (jiffy-preview is not a dependency)
     */
    static ClipPreviewer find() {
        return ServiceLoader.load(ClipPreviewer.class, ClipPreviewer.class.getClassLoader()).findFirst()
                .or(() -> ServiceLoader.load(ClipPreviewer.class).findFirst())
                .orElseThrow(() -> new JiffyException("clip.preview() needs the preview window, which is not on the class"
                        + " path: add the dependency dev.jiffy:jiffy-preview (or export frames with clip.saveFrame(t, \"frame.png\"))"));
    }
}
