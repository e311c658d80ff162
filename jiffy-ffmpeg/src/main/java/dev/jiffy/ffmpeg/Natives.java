package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import dev.jiffy.JiffyException;
import org.bytedeco.javacpp.Loader;

/** Loads FFmpeg's native libraries once, on first use, and silences FFmpeg's own log: we report errors ourselves. */
final class Natives {
    /** {@code AVERROR(EAGAIN)}: errno values differ between platforms, and the bindings do not expose the macro. */
    static final int AVERROR_EAGAIN;
    static final int AVERROR_ENOENT = -2;
    static final int AVERROR_EACCES = -13;
    /** {@code FF_THREAD_FRAME | FF_THREAD_SLICE}, not exposed by the bindings. */
    static final int THREAD_FRAME_AND_SLICE = 1 | 2;
    /** {@code AV_FRAME_FLAG_CORRUPT}. */
    static final int FRAME_FLAG_CORRUPT = 1;

    static {
        String platform = Loader.getPlatform();
        AVERROR_EAGAIN = platform.startsWith("macosx") || platform.startsWith("ios") ? -35 : -11;
    }

    private static volatile boolean loaded;

    private Natives() {
    }

    static void ensureLoaded() {
        if (loaded) {
            return;
        }
        synchronized (Natives.class) {
            if (loaded) {
                return;
            }
            try {
                av_log_set_level(AV_LOG_QUIET);
            } catch (LinkageError e) {
                throw new JiffyException("cannot load FFmpeg's native libraries for platform " + Loader.getPlatform()
                        + " (" + e + "): is the org.bytedeco:ffmpeg jar for this platform on the class path?", e);
            }
            loaded = true;
        }
    }
}
