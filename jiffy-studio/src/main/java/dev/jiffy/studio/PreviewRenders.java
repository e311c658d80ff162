package dev.jiffy.studio;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.time.Sampling;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

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

    /** Frames from which a preview's size is estimated before its encode ({@link #longEnoughToEstimate}). */
    static final int FRAMES_WORTH_ESTIMATING = 4 * SizeEstimate.PIECES * (SizeEstimate.WARM_FRAMES
            + SizeEstimate.STEADY_FRAMES);

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
     * first an estimate of its size (when there is no target, and the GIF is long enough for one to be worth its
     * cost, see {@link #longEnoughToEstimate}; a search's tries are its estimates), then the frames and tries. The
     * clip is built here, after this preview has made the others stale, and {@code build} gets a listener that passes
     * warnings on and cancels with the render, so slow building (a background removal reads dozens of frames) stops
     * too when a newer preview is asked for.
     *
     * @throws CancelledException if a newer render started, the page went or the studio closed before it finished
     *                            (nothing is left behind)
     */
    Preview render(Function<RenderListener, Clip> build, Settings settings, PreviewEvents events) {
        return work.run(() -> renderNow(build, settings, events));
    }

    private Preview renderNow(Function<RenderListener, Clip> build, Settings settings, PreviewEvents events) {
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
            Clip clip = build.apply(listener);
            GifExport export = settings.export(stopOnly);
            if (settings.target().isEmpty() && longEnoughToEstimate(clip, export)) {
                SizeEstimate.of(clip, export, scratch).ifPresent(events::estimate);
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

    /**
     * Whether {@code clip} is long enough that a size estimate before its encode is worth its cost: at least
     * {@value #FRAMES_WORTH_ESTIMATING} frames, so that the estimate's pieces are at most a quarter of the GIF's
     * frames. The pieces of a 4 s GIF at 12 fps (48 frames, pieces of half its frames) cost 85 % of the processor time
     * of the GIF itself (each piece seeks, and samples its own palette; measured by {@code bench/studio.sh estimate}
     * on the 10 clips of the shared media, 320 and 480 px), so on a short GIF the estimate would come little before
     * the exact size and hold the GIF back by most of its own time; on a GIF of this length or longer it holds it back
     * by at most about 40 %, and comes after a third of the wait or less. Made before the GIF rather than beside
     * it: on 2 busy processors beside it came later (2.0-3.1 s against 1.2-1.3 s on 8 s selections, load 12-17) and
     * the GIF no sooner ({@code bench/studio.sh speed}).
     */
    private static boolean longEnoughToEstimate(Clip clip, GifExport export) {
        return Sampling.of(export.fps(), clip.fps(), clip.duration()).count() >= FRAMES_WORTH_ESTIMATING;
    }

    /** The preview numbered {@code id}, if it is the latest one finished. */
    Optional<Preview> finished(long id) {
        Preview p = last;
        return p != null && p.id() == id ? Optional.of(p) : Optional.empty();
    }
}
