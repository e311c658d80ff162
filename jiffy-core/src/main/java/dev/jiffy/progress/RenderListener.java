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

    /**
     * {@code done} of {@code total} frames have been written.
     *
     * @param done  frames written so far, 0..total
     * @param total frames the work will write
     */
    default void progress(int done, int total) {
    }

    /**
     * The GIF's first {@code seconds} of its {@code duration} seconds of animation are written, and the file is
     * {@code bytes} long so far: told as each frame is written (a frame is written once the next shows it final, and
     * with shared palettes after a look-ahead, so this trails {@link #progress}), from the encoding thread. The last
     * call, after the trailer, has the file's exact size. What a size estimate that converges as the GIF is encoded
     * is made from.
     *
     * @param seconds  animation time of the frames written so far
     * @param duration animation time of the whole GIF
     * @param bytes    bytes of the file written so far
     */
    default void written(double seconds, double duration, long bytes) {
    }

    /**
     * Something the user should know about, such as a frame rate a GIF cannot show.
     *
     * @param message one line, in the user's terms
     */
    default void warning(String message) {
        System.err.println("jiffy: warning: " + message);
    }

    /**
     * The one cancel flag: asked before every frame, by the renderer and by each stage of the GIF encoder (from
     * several threads, so make it thread-safe, e.g. a volatile field). Once it says true the work stops within a frame
     * or two, threads and decoders are released, no file is left, and the call throws
     * {@link dev.jiffy.CancelledException}.
     *
     * @return true to stop the work; false (the default) to carry on
     */
    default boolean cancelled() {
        return false;
    }
}
