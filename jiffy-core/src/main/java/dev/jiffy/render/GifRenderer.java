package dev.jiffy.render;

import dev.jiffy.CancelledException;
import dev.jiffy.JiffyException;
import dev.jiffy.OutputException;
import dev.jiffy.TruncatedMediaException;
import dev.jiffy.gif.GifWriter;
import dev.jiffy.gif.PaletteMode;
import dev.jiffy.gif.Workers;
import dev.jiffy.image.Size;
import dev.jiffy.image.TimedFrames;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameSchedule;
import dev.jiffy.time.Sampling;
import dev.jiffy.time.Times;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.IntToDoubleFunction;

/**
 * Samples frames over time ({@link Sampling}) and streams them into a GIF. Frames are evaluated ahead on the worker
 * threads (a window bounded in bytes, so memory does not grow with the clip's length) that the GIF encoder also maps
 * frames on: one budget of threads for the whole render. The listener's cancel flag is asked before every frame; a
 * cancelled render stops within a frame or two, waits for its threads, leaves no file, and throws
 * {@link CancelledException}.
 */
public final class GifRenderer {
    static final byte[] GIF_MAGIC = {'G', 'I', 'F', '8'};
    /** Frames sampled for a global palette. */
    private static final int PALETTE_SAMPLES = 12;
    /**
     * Bytes of frames evaluated ahead: at 640x360 that is more than the 2 per worker thread that keep them busy; at
     * 3840x2160, one frame (33 MB), so 4K stays within the launcher's 256 MB heap beside the encoder's screens.
     */
    static final long READ_AHEAD_BYTES = 32L << 20;
    /**
     * Frame-sized buffers the GIF encoder holds besides the frames read ahead: the screen as shown, the frame being
     * mapped, its palette indices and the changed rectangle.
     */
    private static final int ENCODER_FRAMES = 4;

    /**
     * About how many bytes of frames a render of {@code size} holds at once on this machine: the read-ahead window
     * plus the encoder's own buffers. What a caller running several renders side by side budgets memory by.
     *
     * @param size the size of the frames rendered
     * @return an estimate in bytes (4 bytes a pixel): the read-ahead is measured by the renderer's own rule, the
     *         encoder's share of 4 frames is an estimate
     */
    public static long bytesInFlight(Size size) {
        return 4L * size.pixels() * (window(Math.min(dev.jiffy.gif.GifOptions.MAX_THREADS,
                Runtime.getRuntime().availableProcessors()), size) + ENCODER_FRAMES);
    }

    private static int window(int threads, Size size) {
        return (int) Math.max(1, Math.min(2L * threads + 2, READ_AHEAD_BYTES / (4L * size.pixels())));
    }

    private GifRenderer() {
    }

    /**
     * Writes the frames of {@code frames} that {@code sampling} picks as a GIF, warning through the export's listener
     * if the rate asked for was capped.
     *
     * @param frames   the frames to sample
     * @param sampling which times to sample and how long each frame shows: a fixed rate ({@link Sampling}) or a clip's
     *                 own frame times ({@link dev.jiffy.time.FrameTimes})
     * @param file     the GIF to write (written to a temporary name, then moved)
     * @param export   encoder options and the listener; its frame rate is already in {@code sampling}
     * @return what was written
     * @throws CancelledException if the listener cancelled the render (no file is left)
     * @throws dev.jiffy.OutputException if the file cannot be written
     */
    public static RenderResult render(TimedFrames frames, FrameSchedule sampling, Path file, GifExport export) {
        return render(frames, sampling, file, export, -1);
    }

    /** As above, with {@code readAhead} frames read ahead (their buffers), or -1 for the renderer's own rule. */
    static RenderResult render(TimedFrames frames, FrameSchedule sampling, Path file, GifExport export, int readAhead) {
        long started = System.nanoTime();
        RenderListener listener = export.listener();
        sampling.warning().ifPresent(listener::warning);
        int count = sampling.count();
        int sampled = count;
        double duration = sampling.duration();
        Size size = frames.size();
        int gifFrames;
        try (Workers workers = Workers.perProcessor();
                AtomicFile out = AtomicFile.create(file, "GIF", GIF_MAGIC)) {
            ReadAhead ahead = new ReadAhead(frames, workers,
                    readAhead > 0 ? readAhead : window(workers.threads(), size), listener);
            GifWriter writer = GifWriter.create(out.open(), size.width(), size.height(), export.gif(),
                    Optional.of(workers), listener::cancelled,
                    (imageFrames, seconds, bytes) -> listener.written(seconds, sampling.duration(), bytes));
            try (writer) {
                PaletteMode mode = export.gif().palette();
                if (mode == PaletteMode.AUTO || mode == PaletteMode.GLOBAL) {
                    // frames spread evenly over the clip, so that shared palettes serve all of it rather than its
                    // first seconds (those frames are read twice); not for SCENE_OR_FRAME, the default, whose frames
                    // fall back on palettes of their own where their scene's does not serve them
                    int samples = Math.min(count, PALETTE_SAMPLES);
                    try {
                        ahead.read(samples, k -> sampling.timeOf(samples == 1 ? 0
                                : (int) Math.round(k * (count - 1.0) / (samples - 1))),
                                (k, argb) -> writer.addPaletteSample(argb));
                    } catch (TruncatedMediaException e) {
                        // the samples before the end will do; reading the frames below says what is missing
                        ahead.cancel();
                    }
                }
                int[] delivered = {0};
                try {
                    int pixels = (int) size.pixels();
                    ahead.read(count, sampling::timeOf, (i, argb) -> {
                        writer.addFrame(buffer -> System.arraycopy(argb, 0, buffer, 0, pixels), sampling.endOf(i));
                        delivered[0] = i + 1;
                        listener.progress(i + 1, count);
                    });
                } catch (TruncatedMediaException e) {
                    if (delivered[0] == 0) {
                        throw e;
                    }
                    // Write what there is: the frames read so far end where the missing one would have started.
                    sampled = delivered[0];
                    duration = sampling.timeOf(sampled);
                    listener.warning(e.getMessage() + ": the GIF has the " + Times.format(duration) + " there are");
                }
            } catch (IOException e) {
                throw new OutputException("cannot write " + file + ": " + e.getMessage(), e);
            } finally {
                ahead.cancel(); // after a failure or a cancel: nothing left running on the workers
            }
            gifFrames = writer.framesWritten();
            out.commit();
        } catch (CancellationException e) {
            throw new CancelledException("the GIF " + file + " was cancelled: nothing was written");
        }
        long bytes = sizeOf(file);
        double seconds = (System.nanoTime() - started) / 1e9;
        return new RenderResult(file, size, sampling.fps(), sampled, gifFrames, duration, bytes, seconds);
    }

    /** Takes a frame read by {@link ReadAhead}: its pixels, only until it returns (the buffer is read into again). */
    private interface FrameSink {
        void accept(int index, int[] argb) throws IOException;
    }

    /**
     * Hands on frames at given times in order, evaluated ahead on the workers with at most {@code window} in flight,
     * so memory does not grow with the clip's length.
     *
     * <p>Frames are read into buffers of the read-ahead's own ({@link TimedFrames#copyFrame}), {@code window} of them
     * at most: a video's decoder copies each picture into one rather than making a new 0.9 MB frame per picture at
     * 640x360, which the sink then copied and dropped (225 MB of case b's 460 MB of allocation, 2026-12-07).
     * A buffer is handed to exactly one read when submitted and comes back only after the sink has returned with it,
     * so no read writes into a buffer that is still being read from; a read cancelled or failed keeps its buffer.
     */
    private static final class ReadAhead {
        private final TimedFrames frames;
        private final Workers workers;
        private final int window;
        private final RenderListener listener;
        private final int pixels;
        /** The reads in flight, in order, each owning the buffer it reads into. */
        private final ArrayDeque<Future<int[]>> ahead = new ArrayDeque<>();
        /** Buffers no read owns. */
        private final ArrayDeque<int[]> free = new ArrayDeque<>();

        ReadAhead(TimedFrames frames, Workers workers, int window, RenderListener listener) {
            this.frames = frames;
            this.workers = workers;
            this.window = window;
            this.listener = listener;
            this.pixels = (int) frames.size().pixels();
        }

        void read(int n, IntToDoubleFunction timeOf, FrameSink sink) throws IOException {
            int submitted = 0;
            for (int i = 0; i < n; i++) {
                if (listener.cancelled()) {
                    throw new CancellationException("cancelled before frame " + i + " of " + n);
                }
                while (submitted < n && ahead.size() < window) {
                    double t = timeOf.applyAsDouble(submitted);
                    int[] buffer = free.isEmpty() ? new int[pixels] : free.poll();
                    ahead.add(workers.submit(() -> {
                        frames.copyFrame(t, buffer);
                        return buffer;
                    }));
                    submitted++;
                }
                int[] argb = await(ahead.poll());
                sink.accept(i, argb);
                free.add(argb);
            }
        }

        /** Drops the frames not started and waits for those being evaluated, so no decoder is in use after. */
        void cancel() {
            for (Future<int[]> f : ahead) {
                f.cancel(false);
            }
            for (Future<int[]> f : ahead) {
                try {
                    if (!f.isCancelled()) {
                        f.get();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return; // the workers' close waits for them anyway
                } catch (ExecutionException | CancellationException e) {
                    // the render already failed or stopped; this frame's own failure adds nothing
                }
            }
            ahead.clear();
        }
    }

    private static int[] await(Future<int[]> future) {
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
