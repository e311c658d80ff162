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
}
