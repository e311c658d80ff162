package dev.jiffy.source;

import java.nio.file.Path;

/**
 * Opens media files; implementations are found with {@link java.util.ServiceLoader} (jiffy-ffmpeg provides one),
 * so the core has no native dependency.
 */
public interface MediaSourceProvider {
    /**
     * @param file the file to open
     * @return the opened source, owned by the caller, who closes it
     * @throws dev.jiffy.MediaException if the file is missing, unreadable, not media or has no video stream
     */
    MediaSource open(Path file);

    /**
     * Does ahead of time what the first {@link #open} would (loading native libraries, say), so that a program that
     * knows a file will follow can have it done on another thread while it does other work, such as reading its
     * command line. Optional: {@link #open} works without it. Safe to call from any thread, and more than once.
     *
     * @throws RuntimeException or {@link LinkageError} if what it prepares cannot be loaded ({@link #open} would fail
     *                          the same way, and says why)
     */
    default void prepare() {
    }
}
