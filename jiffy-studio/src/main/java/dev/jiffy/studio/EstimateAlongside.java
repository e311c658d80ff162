package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

/**
 * A preview's {@link SizeEstimate}, made on a thread of its own while the whole GIF is encoded, so that the GIF is not
 * held up by it: the page hears the estimate if it comes before the GIF is done, and nothing otherwise (the exact
 * size follows at once then). Its pieces are encoded on one thread (byte for byte as on several), so the whole encode
 * keeps the other processors. It stops within a frame when the preview is stale or the whole GIF is done, and
 * {@link #end} waits for it, so no piece's file outlives the preview.
 */
final class EstimateAlongside {
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread thread;
    private final BooleanSupplier stale;
    private volatile boolean wholeDone;

    private EstimateAlongside(Clip clip, GifExport export, Path folder, BooleanSupplier stale,
                              PreviewEvents events) {
        this.stale = stale;
        RenderListener stopping = new RenderListener() {
            @Override
            public boolean cancelled() {
                return stopped();
            }

            @Override
            public void warning(String message) {
                // the whole encode says it
            }
        };
        GifExport oneThread = export.withGif(export.gif().withThreads(1)).withListener(stopping);
        thread = new Thread(() -> {
            try {
                Files.createDirectories(folder);
                SizeEstimate.of(clip, oneThread, folder).ifPresent(bytes -> tell(events, bytes));
            } catch (CancelledException e) {
                // the GIF is done or stale: its own outcome is what the page hears
            } catch (IOException | RuntimeException e) {
                // The whole encode reads the same frames and says what is wrong with them; this is only the estimate.
                warn(events, "no size estimate: " + e.getMessage());
            } finally {
                try {
                    Files.deleteIfExists(folder);   // its pieces deleted themselves
                } catch (IOException e) {
                    // Left in the scratch folder, which the studio deletes when it stops.
                }
                ended.countDown();
            }
        }, "studio-estimate");
        thread.setDaemon(true);
    }

    /**
     * Starts estimating the size of {@code clip} written with {@code export}; {@code events} hears it unless
     * {@code stale} says the preview is no longer wanted or the whole GIF is done first.
     *
     * @param folder a folder of its own for the pieces (made, and deleted when the estimate ends), so that a stale
     *               preview's estimate, still stopping, and the next one's never share a file
     */
    static EstimateAlongside start(Clip clip, GifExport export, Path folder, BooleanSupplier stale,
                                   PreviewEvents events) {
        EstimateAlongside estimate = new EstimateAlongside(clip, export, folder, stale, events);
        estimate.thread.start();
        return estimate;
    }

    /** The whole GIF is done (or failed): stops the estimate if it still runs, and waits until it has ended. */
    void end() {
        synchronized (this) {
            wholeDone = true;
        }
        boolean interrupted = false;
        while (true) {
            try {
                ended.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;   // the estimate stops within a frame anyway; its files must go first
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Whether the GIF is done or stale: the estimate is of no use then. */
    private boolean stopped() {
        return wholeDone || stale.getAsBoolean();
    }

    private synchronized void tell(PreviewEvents events, long bytes) {
        if (!stopped()) {
            events.estimate(bytes);
        }
    }

    private synchronized void warn(PreviewEvents events, String message) {
        if (!stopped()) {
            events.warning(message);
        }
    }
}
