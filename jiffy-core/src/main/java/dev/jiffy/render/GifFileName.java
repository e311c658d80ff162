package dev.jiffy.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Refuses to write GIF bytes under a name that promises another format ({@code out.png}, {@code clip.mp4}): viewers,
 * browsers and upload forms go by the name and would show an error or nothing. Names with no extension, or one Jiffy
 * does not know, are left alone (temporary files, {@code .part}).
 */
public final class GifFileName {
    /** Other formats a GIF is mistaken for, and what to use instead of writing a GIF under their name. */
    private static final Map<String, String> OTHER_FORMATS = Map.ofEntries(
            Map.entry("png", "a PNG of one frame is saveFrame(t, \"frame.png\") or jiffy frame"),
            Map.entry("apng", "Jiffy writes GIFs only"),
            Map.entry("jpg", "a JPEG of one frame is saveFrame(t, \"frame.jpg\") or jiffy frame"),
            Map.entry("jpeg", "a JPEG of one frame is saveFrame(t, \"frame.jpg\") or jiffy frame"),
            Map.entry("bmp", "a BMP of one frame is saveFrame(t, \"frame.bmp\") or jiffy frame"),
            Map.entry("webp", "Jiffy writes GIFs only"),
            Map.entry("avif", "Jiffy writes GIFs only"),
            Map.entry("mp4", "for a video, use ffmpeg"),
            Map.entry("m4v", "for a video, use ffmpeg"),
            Map.entry("mov", "for a video, use ffmpeg"),
            Map.entry("mkv", "for a video, use ffmpeg"),
            Map.entry("webm", "for a video, use ffmpeg"),
            Map.entry("avi", "for a video, use ffmpeg"));

    private GifFileName() {
    }

    /**
     * Checks that {@code file} may hold a GIF.
     *
     * @param file the file about to be written
     * @return {@code file}, for chaining
     * @throws IllegalArgumentException if its extension names another format, saying which name would be right
     */
    public static Path require(Path file) {
        Path name = file.getFileName();
        String s = name == null ? "" : name.toString();
        int dot = s.lastIndexOf('.');
        if (dot <= 0) {
            return file;
        }
        String extension = s.substring(dot + 1).toLowerCase(Locale.ROOT);
        String instead = OTHER_FORMATS.get(extension);
        if (instead != null) {
            throw new IllegalArgumentException("the output " + file + " is named ." + extension + " but Jiffy writes a "
                    + "GIF: name it " + file.resolveSibling(s.substring(0, dot) + ".gif").getFileName() + " (" + instead
                    + ")");
        }
        return file;
    }
}
