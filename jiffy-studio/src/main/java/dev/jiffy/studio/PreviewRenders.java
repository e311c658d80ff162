package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.progress.RenderListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The page's "as GIF" previews: each is the real GIF, encoded as an export would be (through a size search when there
 * is a target), and each new one makes the one still running stale. A render asks {@link RenderListener#cancelled()}
 * before every frame; it says yes as soon as a newer render has started, the page has gone or the studio is closing,
 * so a slider dragged through ten values costs one finished encode, not ten.
 */
final class PreviewRenders {
    /** A finished preview: its number (which the page asks for it by) and the GIF. */
    record Preview(long id, byte[] gif) {
    }

    private final AtomicLong latest = new AtomicLong();
    private final Path scratch;
    private volatile Preview last;
    private volatile boolean closed;

    /** Previews are written in {@code scratch} (a private temporary folder), read back and deleted. */
    PreviewRenders(Path scratch) {
        this.scratch = scratch;
    }

    /**
     * Makes the preview of {@code clip} with {@code settings}, telling {@code events} how it goes: first an estimate
     * of its size (when there is no target; a search's tries are its estimates), then the frames and tries.
     *
     * @throws CancelledException if a newer render started, the page went or the studio closed before it finished
     *                            (nothing is left behind)
     */
    Preview render(Clip clip, Settings settings, PreviewEvents events) {
        long mine = latest.incrementAndGet();
        RenderListener stopOnly = new RenderListener() {
            @Override
            public boolean cancelled() {
                return closed || latest.get() != mine || events.gone();
            }

            @Override
            public void warning(String message) {
                // the whole encode below says it once
            }
        };
        RenderListener listener = new RenderListener() {
            @Override
            public boolean cancelled() {
                return stopOnly.cancelled();
            }

            @Override
            public void progress(int done, int total) {
                events.progress(done, total);
            }

            @Override
            public void warning(String message) {
                events.warning(message);
            }
        };
        Path gif = scratch.resolve("preview-" + mine + ".gif");
        try {
            if (settings.target().isEmpty()) {
                SizeEstimate.of(clip, settings.export(stopOnly), scratch).ifPresent(events::estimate);
            }
            settings.write(clip, gif, listener, events);
            Preview preview = new Preview(mine, Files.readAllBytes(gif));
            if (stopOnly.cancelled()) {
                throw new CancelledException("stale: a newer preview was asked for");
            }
            last = preview;
            return preview;
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

    /** The preview numbered {@code id}, if it is the latest one finished. */
    Optional<Preview> finished(long id) {
        Preview p = last;
        return p != null && p.id() == id ? Optional.of(p) : Optional.empty();
    }

    /** Stops the running render (it ends with {@link CancelledException}), and any started later: the studio stops. */
    void close() {
        closed = true;
    }
}
