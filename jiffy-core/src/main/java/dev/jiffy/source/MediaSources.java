package dev.jiffy.source;

import dev.jiffy.JiffyException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Opens a media file with the provider found on the class path. */
public final class MediaSources {
    private MediaSources() {
    }

    /**
     * Opens {@code file} with the first {@link MediaSourceProvider} the {@link java.util.ServiceLoader} finds.
     *
     * @param file a video file
     * @return the opened source; close it when done
     * @throws dev.jiffy.JiffyException if no provider is on the class or module path (jiffy-ffmpeg is missing)
     * @throws dev.jiffy.MediaException if the file is missing, unreadable, not media or has no video stream
     */
    public static MediaSource open(Path file) {
        MediaSourceProvider provider = ServiceLoader.load(MediaSourceProvider.class).findFirst()
                .orElseThrow(() -> new JiffyException(
                        "no video decoder on the class path: add the dev.jiffy:jiffy-ffmpeg dependency"));
        return provider.open(file);
    }
}
