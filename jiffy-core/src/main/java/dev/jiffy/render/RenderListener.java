package dev.jiffy.render;

/** Hears how a render is going. Called from the rendering thread; keep it quick. */
public interface RenderListener {
    /** Prints warnings to standard error, ignores progress. */
    RenderListener DEFAULT = new RenderListener() {
    };

    /** Says nothing at all. */
    RenderListener SILENT = new RenderListener() {
        @Override
        public void warning(String message) {
        }
    };

    /** {@code done} of {@code total} frames have been written. */
    default void progress(int done, int total) {
    }

    /** Something the user should know about, such as a frame rate a GIF cannot show. */
    default void warning(String message) {
        System.err.println("jiffy: warning: " + message);
    }
}
