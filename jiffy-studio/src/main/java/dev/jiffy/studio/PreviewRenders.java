package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The page's "as GIF" previews: each is the real GIF, encoded as an export would be, and each new one makes the one
 * still running stale. A render asks {@link RenderListener#cancelled()} before every frame; it says yes as soon as a
 * newer render has started, so a slider dragged through ten values costs one finished encode, not ten.
 */
final class PreviewRenders {
    private final AtomicLong latest = new AtomicLong();
    private final Path scratch;

    /** Previews are written in {@code scratch} (a private temporary folder), read back and deleted. */
    PreviewRenders(Path scratch) {
        this.scratch = scratch;
    }

    /**
     * Encodes {@code clip} with the export {@code exportFor} makes from this render's listener, and returns the GIF.
     *
     * @throws CancelledException if a newer render started before this one finished (nothing is left behind)
     */
    byte[] render(Clip clip, Function<RenderListener, GifExport> exportFor) {
        long mine = latest.incrementAndGet();
        RenderListener listener = new RenderListener() {
            @Override
            public boolean cancelled() {
                return latest.get() != mine;
            }

            @Override
            public void warning(String message) {
                // A preview's warnings (a frame rate a GIF cannot show) are the export's too; the export reports them.
            }
        };
        Path gif = scratch.resolve("preview-" + mine + ".gif");
        try {
            clip.writeGif(gif, exportFor.apply(listener));
            return Files.readAllBytes(gif);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the preview back from " + gif, e);
        } finally {
            try {
                Files.deleteIfExists(gif);
            } catch (IOException e) {
                // Left in the scratch folder, which the studio deletes when it stops.
            }
        }
    }
}
