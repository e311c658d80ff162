package dev.jiffy.source;

import dev.jiffy.JiffyException;
import java.nio.file.Path;
import java.util.ServiceLoader;

/** Opens a media file with the provider found on the class path. */
public final class MediaSources {
    private MediaSources() {
    }

    public static MediaSource open(Path file) {
        MediaSourceProvider provider = ServiceLoader.load(MediaSourceProvider.class).findFirst()
                .orElseThrow(() -> new JiffyException(
                        "no video decoder on the class path: add the dev.jiffy:jiffy-ffmpeg dependency"));
        return provider.open(file);
    }
}
