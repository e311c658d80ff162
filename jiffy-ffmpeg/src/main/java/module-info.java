/**
 * Video decoding with FFmpeg's libraries. Exports nothing: programs open media through
 * {@code dev.jiffy.source.MediaSources} (or {@code VideoFileClip}), which finds this module's provider as a service.
 * On the module path, also add the platform's native modules, which nothing requires by name:
 * {@code --add-modules org.bytedeco.ffmpeg.linux.x86_64,org.bytedeco.javacpp.linux.x86_64} (or your platform's).
 */
module dev.jiffy.ffmpeg {
    requires dev.jiffy.core;
    requires org.bytedeco.javacpp;
    requires org.bytedeco.ffmpeg;

    provides dev.jiffy.source.MediaSourceProvider with dev.jiffy.ffmpeg.FfmpegProvider;
}
