package dev.jiffy.render;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses to write GIF bytes under a name that promises another format ({@code out.png}, {@code clip.mp4}): viewers,
 * browsers and upload forms go by the name and would show an error or nothing. Names with no extension, or one Jiffy
 * does not know, are left alone (temporary files, {@code .part}).
 */
public final class GifFileName {
    /** Still-image formats: one frame of a clip can be written as those, with saveFrame. */
    private static final Set<String> STILLS = Set.of("png", "jpg", "jpeg", "bmp");
    /** Video and other animation formats, which Jiffy does not write. */
    private static final Set<String> MOVING = Set.of("mp4", "m4v", "mov", "mkv", "webm", "avi", "webp", "apng", "avif");

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
        if (!STILLS.contains(extension) && !MOVING.contains(extension)) {
            return file;
        }
        String instead = STILLS.contains(extension)
                ? "one frame as ." + extension + " is saveFrame(t, \"frame." + extension + "\") or jiffy frame"
                : "Jiffy writes GIFs only";
        throw new IllegalArgumentException("the output " + file + " is named ." + extension + " but Jiffy writes a "
                + "GIF: name it " + file.resolveSibling(s.substring(0, dot) + ".gif").getFileName() + " (" + instead
                + ")");
    }
}
