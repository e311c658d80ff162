package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.FitListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The page's "as GIF" previews: each is the real GIF, encoded as an export would be (through a size search when there
 * is a target), and each new one makes the one still running stale. A render asks {@link RenderListener#cancelled()}
 * before every frame (a background removal before each frame it reads); it says yes as soon as a newer render has started, the page has gone or the studio is closing,
 * so a slider dragged through ten values costs one finished encode, not ten.
 */
final class PreviewRenders {
    /** A finished preview: its number (which the page asks for it by) and the GIF. */
    record Preview(long id, byte[] gif) {
    }

    private final Path scratch;
    private final RunningWork work;
    private final NewestOnly renders;
    private volatile Preview last;

    /**
     * Previews are written in {@code scratch} (a private temporary folder), read back and deleted; each is part of
     * the studio's {@code work}, and stops when the studio closes.
     */
    PreviewRenders(Path scratch, RunningWork work) {
        this.scratch = scratch;
        this.work = work;
        this.renders = new NewestOnly(work);
    }

    /**
     * Makes the preview of the clip {@code build} gives with {@code settings}, telling {@code events} how it goes:
     * the frames, and as they are written an estimate of the GIF's size that converges on it ({@link
     * RunningEstimate}; the last is the size), or with a target the search's tries, which are its estimates. The
     * clip is built here, after this preview has made the others stale, and {@code build} gets a listener that passes
     * warnings on and cancels with the render, so slow building (a background removal reads dozens of frames) stops
     * too when a newer preview is asked for.
     *
     * @throws CancelledException if a newer render started, the page went or the studio closed before it finished
     *                            (nothing is left behind)
     */
    Preview render(Function<RenderListener, Clip> build, Settings settings, PreviewEvents events) {
        return render(build, settings, Optional::empty, events);
    }

    /**
     * As {@link #render(Function, Settings, PreviewEvents)}, the estimate also weighing the {@code change} still to
     * come once it is read (on a thread of its own beside the encode, which it never delays).
     */
    Preview render(Function<RenderListener, Clip> build, Settings settings, Supplier<Optional<CodedChange>> change,
                   PreviewEvents events) {
        return work.run(() -> renderNow(build, settings, change, events));
    }

    /**
     * Encodes a short made-up GIF with the default settings and throws it away, so that the first preview the page
     * asks for does not also pay for compiling the encoder. Measured on a quiet machine (2026-12-07, 131f292,
     * {@code bench/studio.sh speed}, 3 s at 480 px, four runs): each run's first preview took 2.20-2.62 s and every
     * later one 0.99-1.21 s. It starts no preview of its own: any preview asked for after it began makes it stop (it
     * never delays or cancels the page's), as does the studio closing; it leaves no file.
     */
    void warmUp() {
        long seen = renders.newest();
        RenderListener untilAPreview = new RenderListener() {
            @Override
            public boolean cancelled() {
                return renders.stopped(seen, PreviewEvents.NONE);
            }

            @Override
            public void warning(String message) {
                // a made-up clip: nothing to tell anyone
            }
        };
        Path gif = scratch.resolve("warm-up.gif");
        try {
            work.run(() -> Settings.of(Map.of("from", "0", "to", "3", "fps", "12"))
                    .write(madeUp(), gif, untilAPreview, FitListener.NONE));
        } catch (CancelledException e) {
            // a preview was asked for, or the studio is closing: the warm-up has done what it could
        } catch (RuntimeException | OutOfMemoryError e) {
            // Only a head start, on a thread of its own: a failure here (a full disk, a small heap) must not print a
            // stack trace on the user's terminal; the first real preview meets the same cause and says it in one line.
        } finally {
            try {
                Files.deleteIfExists(gif);
            } catch (IOException e) {
                // Left in the scratch folder, which the studio deletes when it stops.
            }
        }
    }

    /**
     * Three seconds at 480x270 with what footage has: a moving gradient, a block crossing it and a little noise, so
     * the encoder's palette, noise, dither and LZW code all run.
     */
    private static Clip madeUp() {
        int width = 480;
        int height = 270;
        return FunctionClip.of(new Size(width, height), 3, t -> {
            int k = (int) Math.round(t * 12);
            int[] argb = new int[width * height];
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    int noise = ((x * 7919 + y * 104_729 + k * 1_299_709) >>> 3) % 9;
                    boolean block = Math.abs(x - 40 - 30 * k) < 40 && Math.abs(y - 135) < 50;
                    int r = block ? 230 : (x + 4 * k) & 255;
                    int g = block ? 40 : (2 * y + k) & 255;
                    int b = ((x ^ y) + noise) & 255;
                    argb[y * width + x] = 0xFF000000 | r << 16 | g << 8 | b;
                }
            }
            return Frame.wrap(width, height, argb);
        });
    }

    private Preview renderNow(Function<RenderListener, Clip> build, Settings settings,
                              Supplier<Optional<CodedChange>> change, PreviewEvents events) {
        long mine = renders.start();
        RenderListener stopOnly = new RenderListener() {
            @Override
            public boolean cancelled() {
                return renders.stopped(mine, events);
            }

            @Override
            public void warning(String message) {
                // the whole encode below says it once
            }
        };
        // A size search's tries are its estimates; one encode's size is estimated as it is written.
        boolean estimating = settings.target().isEmpty();
        RunningEstimate running = new RunningEstimate(estimating ? beside(change) : Optional::empty);
        RenderListener listener = new RenderListener() {
            /** The whole percent written when an estimate was last sent: at most one a percent, as progress. */
            private int sentPercent = -1;

            @Override
            public boolean cancelled() {
                return stopOnly.cancelled();
            }

            @Override
            public void written(double seconds, double duration, long bytes) {
                if (!estimating || stopOnly.cancelled()) {
                    return;
                }
                // Fed every frame from the encoding thread: a page slow to read its events must not slow the encode
                // by a send per frame, so a send per whole percent written, and always the last (the exact size).
                OptionalLong estimate = running.after(seconds, duration, bytes);
                double share = seconds / duration;
                int percent = (int) (share * 100);
                if (estimate.isPresent() && (percent > sentPercent || share >= 1)) {
                    sentPercent = percent;
                    events.estimate(estimate.getAsLong(), share);
                }
            }

            // A stale render tells the page nothing more: its frames and warnings are no longer what the page shows.
            @Override
            public void progress(int done, int total) {
                if (!stopOnly.cancelled()) {
                    events.progress(done, total);
                }
            }

            @Override
            public void warning(String message) {
                if (!stopOnly.cancelled()) {
                    events.warning(message);
                }
            }
        };
        Path gif = scratch.resolve("preview-" + mine + ".gif");
        try {
            Clip clip = build.apply(listener);
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

    /**
     * {@code change} read on a thread of its own, started now: empty until it is read, and if reading it fails (the
     * estimate is then the plain one; the preview itself says what is wrong with the video, if anything is).
     */
    private static Supplier<Optional<CodedChange>> beside(Supplier<Optional<CodedChange>> change) {
        CompletableFuture<Optional<CodedChange>> reading = CompletableFuture.supplyAsync(change, task -> {
            Thread t = new Thread(task, "jiffy-studio-coded-change");
            t.setDaemon(true);
            t.start();
        }).exceptionally(e -> Optional.empty());
        return () -> reading.getNow(Optional.empty());
    }

    /** The preview numbered {@code id}, if it is the latest one finished. */
    Optional<Preview> finished(long id) {
        Preview p = last;
        return p != null && p.id() == id ? Optional.of(p) : Optional.empty();
    }
}
