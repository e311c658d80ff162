package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.av_log_set_level;

import dev.jiffy.JiffyException;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.swscale;
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
    /**
     * Why loading failed, kept so that every later call says why rather than that the bindings' class could not be
     * initialised (which is all the JVM says after the first attempt, perhaps made on another thread: see
     * {@link #loadAll()}).
     */
    private static JiffyException failure;

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
            if (failure != null) {
                throw new JiffyException(failure.getMessage(), failure.getCause());
            }
            try {
                av_log_set_level(AV_LOG_QUIET);
            } catch (LinkageError e) {
                failure = new JiffyException("cannot load FFmpeg's native libraries for platform "
                        + Loader.getPlatform() + " (" + e + "): is the org.bytedeco:ffmpeg jar for this platform on the"
                        + " class path?", e);
                throw failure;
            }
            loaded = true;
        }
    }

    /**
     * As {@link #ensureLoaded()}, and also loads the libraries that opening a video, decoding and scaling load one by
     * one on the way (libavformat, libavcodec, libswscale: their bindings load them when first used), all at once:
     * done on another thread while the program starts (see {@link FfmpegProvider#prepare()}), it takes their 0.2-0.4 s
     * off the way to the first frame.
     */
    static void loadAll() {
        ensureLoaded();
        for (Class<?> bindings : new Class<?>[] {avformat.class, avcodec.class, swscale.class}) {
            Loader.load(bindings);
        }
    }
}
