package dev.jiffy.cli;

import dev.jiffy.render.RenderResult;
import java.nio.file.Path;
import java.util.Locale;

/** One-line descriptions of results for the terminal. */
final class Summary {
    private Summary() {
    }

    static String of(RenderResult r) {
        return String.format(Locale.ROOT, "wrote %s: %s, %d frames at %s fps (%d in the GIF), %.2f s, %s in %.1f s",
                r.file(), r.size(), r.sampledFrames(), r.fps(), r.gifFrames(), r.duration(), bytes(r.bytes()), r.seconds());
    }

    static String bytes(long n) {
        if (n < 1024) {
            return n + " B";
        }
        if (n < 1024 * 1024) {
            return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
        }
        return String.format(Locale.ROOT, "%.2f MB", n / (1024.0 * 1024));
    }

    static Path withExtension(Path file, String extension) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return file.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + extension);
    }
}
