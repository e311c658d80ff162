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
        return provider().open(file);
    }

    /**
     * Starts {@link MediaSourceProvider#prepare()} of the provider {@link #open} would use on a daemon thread of its
     * own and returns at once: a program that will open a video calls this first thing, so that loading the decoder's
     * native libraries (0.2-0.4 s of one core) overlaps with its own start-up. Anything that goes wrong is left for
     * {@link #open} to report, where it is reported now.
     */
    public static void prepareInBackground() {
        Thread preparing = new Thread(() -> {
            try {
                provider().prepare();
            } catch (RuntimeException | LinkageError e) {
                // open() meets the same failure and reports it to whoever asked for the file
            }
        }, "jiffy-prepare-media");
        preparing.setDaemon(true);
        preparing.start();
    }

    private static MediaSourceProvider provider() {
        return ServiceLoader.load(MediaSourceProvider.class).findFirst()
                .orElseThrow(() -> new JiffyException(
                        "no video decoder on the class path: add the dev.jiffy:jiffy-ffmpeg dependency"));
    }
}
