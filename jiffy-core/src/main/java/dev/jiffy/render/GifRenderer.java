package dev.jiffy.render;

import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import dev.jiffy.clip.Clip;
import dev.jiffy.gif.GifWriter;
import dev.jiffy.gif.PaletteMode;
import dev.jiffy.image.Frame;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntToDoubleFunction;

/**
 * Samples a clip at a frame rate and streams the frames into a GIF. Frames are evaluated ahead on worker threads
 * (a bounded window, so memory does not grow with the clip's length) while this thread encodes them in order.
 */
public final class GifRenderer {
    static final byte[] GIF_MAGIC = {'G', 'I', 'F', '8'};
    /** Frames sampled for a global palette. */
    private static final int PALETTE_SAMPLES = 12;

    private GifRenderer() {
    }

    public static RenderResult render(Clip clip, Path file, GifExport export) {
        long started = System.nanoTime();
        if (Double.isInfinite(clip.duration())) {
            throw new IllegalArgumentException("the clip never ends (a still picture without a duration): "
                    + "give it one with withDuration(seconds)");
        }
        FrameRate fps = chooseFps(clip, export);
        int count = Timeline.frameCount(clip.duration(), fps);
        RenderListener listener = export.listener();
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors() - 1);
        int window = workers * 2 + 2;
        int gifFrames;
        try (AtomicFile out = AtomicFile.create(file, "GIF", GIF_MAGIC)) {
            ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
                Thread t = new Thread(r, "jiffy-frames");
                t.setDaemon(true);
                return t;
            });
            try (GifWriter writer = GifWriter.create(out.open(), clip.width(), clip.height(), export.gif())) {
                if (export.gif().palette() != PaletteMode.FRAME) {
                    // frames spread evenly over the clip, so that shared palettes serve all of it rather than its
                    // first seconds (those frames are read twice)
                    int samples = Math.min(count, PALETTE_SAMPLES);
                    readAhead(clip, samples, k -> fps.timeOf(samples == 1 ? 0
                            : (int) Math.round(k * (count - 1.0) / (samples - 1))), pool, window,
                            (k, frame) -> writer.addPaletteSample(frame.toArgbArray()));
                }
                readAhead(clip, count, fps::timeOf, pool, window, (i, frame) -> {
                    double end = i + 1 < count ? fps.timeOf(i + 1) : clip.duration();
                    writer.addFrame(frame.toArgbArray(), end);
                    listener.progress(i + 1, count);
                });
                gifFrames = writer.framesWritten();
            } catch (IOException e) {
                throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
            } finally {
                pool.shutdownNow();
            }
            out.commit();
        }
        long bytes = sizeOf(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RenderResult(file, clip.size(), fps, count, gifFrames, clip.duration(), bytes, seconds);
    }

    /** Takes a frame read by {@link #readAhead}. */
    private interface FrameSink {
        void accept(int index, Frame frame) throws IOException;
    }

    /**
     * Hands {@code sink} the clip's frames at {@code timeOf(0..n-1)} in order, evaluated ahead on {@code pool} with at
     * most {@code window} in flight, so memory does not grow with the clip's length.
     */
    private static void readAhead(Clip clip, int n, IntToDoubleFunction timeOf, ExecutorService pool, int window,
            FrameSink sink) throws IOException {
        ArrayDeque<Future<Frame>> ahead = new ArrayDeque<>();
        int submitted = 0;
        for (int i = 0; i < n; i++) {
            while (submitted < n && ahead.size() < window) {
                double t = timeOf.applyAsDouble(submitted);
                ahead.add(pool.submit(() -> clip.frame(t)));
                submitted++;
            }
            Frame frame = await(ahead.poll());
            if (frame.width() != clip.width() || frame.height() != clip.height()) {
                throw new JiffyException("frame " + i + " is " + frame.size() + " but the clip says " + clip.size());
            }
            sink.accept(i, frame);
        }
    }

    static FrameRate chooseFps(Clip clip, GifExport export) {
        FrameRate fps = export.fps().or(clip::fps).orElseThrow(() -> new IllegalArgumentException(
                "the clip has no frame rate of its own (it is made of still images): give one, e.g. GifExport.fps(15)"));
        if (fps.compareTo(GifExport.MAX_FPS) > 0) {
            export.listener().warning(fps + " fps is more than a GIF can show (delays are whole hundredths of a second, "
                    + "and browsers slow delays under 2/100 s down to 10/100 s); writing at " + GifExport.MAX_FPS + " fps");
            return GifExport.MAX_FPS;
        }
        return fps;
    }

    private static Frame await(Future<Frame> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JiffyException("rendering was interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new JiffyException("a frame failed: " + cause, cause);
        }
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
