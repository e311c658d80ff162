package dev.jiffy.progress;

/**
 * Hears how a long piece of work (a render, a background removal, a size search) is going, and may stop it. Called
 * from the working thread; keep it quick. In a package of its own that depends on nothing, so any layer can take one.
 */
public interface RenderListener {
    /** Prints warnings to standard error, ignores progress, never cancels. */
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

    /**
     * The one cancel flag: asked before every frame, by the renderer and by each stage of the GIF encoder (from
     * several threads, so make it thread-safe, e.g. a volatile field). Once it says true the work stops within a frame
     * or two, threads and decoders are released, no file is left, and the call throws
     * {@link dev.jiffy.CancelledException}.
     */
    default boolean cancelled() {
        return false;
    }
}
