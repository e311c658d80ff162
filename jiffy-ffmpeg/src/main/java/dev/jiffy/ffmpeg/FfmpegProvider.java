package dev.jiffy.ffmpeg;

import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSourceProvider;
import java.nio.file.Path;

/**
 * Opens video files with FFmpeg's libraries (libavformat, libavcodec, libswscale through org.bytedeco:ffmpeg).
 * Registered for {@link java.util.ServiceLoader}; safe to use from several threads at once.
 */
public final class FfmpegProvider implements MediaSourceProvider {
    @Override
    public MediaSource open(Path file) {
        return FfmpegSource.open(file);
    }

    /** Loads FFmpeg's native libraries and their bindings (see {@link Natives#loadAll()}). */
    @Override
    public void prepare() {
        Natives.loadAll();
    }
}
