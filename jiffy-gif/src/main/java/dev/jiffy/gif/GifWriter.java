package dev.jiffy.gif;

import dev.jiffy.gif.optimize.DelayClock;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Streaming animated-GIF encoder. Frames are encoded and written as they arrive, one frame behind: a frame is written
 * (and flushed) when the next one shows it is final (its delay cannot grow by merging and its disposal is known) —
 * during that {@link #addFrame} call with one thread, soon after on the pipeline's threads otherwise. With shared
 * palettes ({@link PaletteMode#AUTO} and {@link PaletteMode#GLOBAL}) frames first wait in a look-ahead of up to
 * {@link #LOOK_AHEAD_SECONDS} seconds while their palette is chosen. Memory holds the frames in waiting (a budget in
 * bytes, see {@link #PIPELINE_BYTES}) and models of the screen, independent of clip length. Not thread-safe: one
 * caller thread.
 *
 * <ul>
 *   <li>Delays come from a running total of end times (see {@link #addFrame}); a frame whose rounded delay is 0 is
 *       dropped and its time goes to the next frame; a frame identical to what is on screen (within fuzz) only
 *       lengthens the previous frame's delay. Delays beyond 655.35 s are split over extra empty frames.</li>
 *   <li>After the first frame only the rectangle of changed pixels is written; unchanged pixels inside it, and pixels
 *       whose displayed colour is about as close to their new colour as the new choice, are transparent.</li>
 *   <li>Transparency: pixels with alpha below the threshold are transparent; a frame is given disposal "restore to
 *       background" (with its rectangle grown as needed) when the next one needs transparency where it leaves opaque
 *       pixels, so nothing ghosts; when looping, the first frame counts as the next one of the last. An opaque clip
 *       only ever uses "do not dispose" and stays opaque.</li>
 *   <li>With lossless settings (no fuzz, no lossy LZW: quality 100) a frame with at most {@code maxColors} colours is
 *       written exactly: no dithering, every pixel decodes to its input colour, even pixels that did not change since
 *       a lossy frame. With lossy LZW such frames get an exact palette but are kept still and compressed like the
 *       others, so the quality knob works on them too.</li>
 * </ul>
 *
 * <p>Pipeline (gifski-like), four named stages joined by queues of typed messages:
 * <ol>
 *   <li>palette look-ahead, in order ({@link PaletteStage}; with shared palettes only): {@link TimedFrame}s wait
 *       until their palette is chosen;</li>
 *   <li>plan, in order ({@link PlanStage}): merging, delays, change detection against the screen (once per frame),
 *       and the noise of the frames so far, giving {@link PlannedFrame}s;</li>
 *   <li>map, in parallel ({@link ParallelMapStage}, on the {@link Workers}): palette and dithering, giving
 *       {@link MappedFrame}s, put back in order by index;</li>
 *   <li>encode and write, in order ({@link EncodeStage}): keeping still pixels, LZW, GIF blocks.</li>
 * </ol>
 * With more than one thread ({@link GifOptions#threads()}) stages 1, 2 and 4 have a thread each and stage 3 runs on the
 * worker threads (the renderer's, when it shares its {@link Workers}); with one thread the same stages run inline
 * in {@link #addFrame}. The frames in flight hold buffers counted in bytes ({@link FrameBuffers}), so the caller
 * waits when the pipeline is full. The bytes written are the same for any number of threads. A cancel flag, asked at
 * every frame and by every stage, stops the pipeline within a frame or two.
 */
public final class GifWriter implements Closeable {
    /**
     * How far ahead frames are read to choose shared palettes, in seconds of animation (and never more than
     * {@link LookAhead#MEMORY_BUDGET} bytes of frames).
     */
    public static final double LOOK_AHEAD_SECONDS = 2.0;
    /**
     * Bytes of frames in flight after the look-ahead (held, planned, mapped, being written), at least two frames: at
     * 640x360 on 2 cores the 2 * threads + 3 = 7 frames that keep every stage busy take 6.5 MB; at 1920x1080, 4 frames
     * (33 MB) fit; at 3840x2160 one frame is 33 MB, so the writer keeps two and works inline (one screen model, not
     * two), which is what lets 4K fit the launcher's 256 MB heap.
     */
    static final long PIPELINE_BYTES = 32L << 20;
    private static final int MAX_PIXELS = Integer.MAX_VALUE - 8;

    private final int width;
    private final int height;
    private final OutputStream out;
    private final StageControl control;
    private final FrameBuffers buffers;
    /** Delays from the running total of end times; here, so that a bad end time fails in the caller's call. */
    private final DelayClock clock = new DelayClock();
    /** The first stage: the palette look-ahead, or the planner with a palette per frame. */
    private final Sink<TimedFrame> head;
    private final Optional<LookAhead> lookAhead;
    private final PlanStage plan;
    private final EncodeStage encode;
    /** Stages on threads of their own, in pipeline order (none with one thread). */
    private final List<Running> running = new ArrayList<>();
    /** Workers this writer made and must close (none when they are the caller's, or with one thread). */
    private final Optional<Workers> ownWorkers;
    private boolean framesAdded;
    private boolean closed;
    /** Whether the failure was thrown to the caller already (so {@link #close()} does not throw it again). */
    private boolean failureReported;

    private GifWriter(OutputStream out, int width, int height, GifOptions options, Optional<Workers> shared,
            BooleanSupplier cancelled, WriteListener written) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.width = width;
        this.height = height;
        this.control = new StageControl(cancelled);
        int n = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
        int threads = Math.max(1, Math.min(GifOptions.MAX_THREADS, n));
        // frames so big that the budget holds no more than the two a pipeline needs at least (above 2048x2048) are
        // encoded inline: slower, but without a second screen model, so 4K frames fit a 256 MB heap
        boolean pipelined = threads > 1 && FrameBuffers.fitting(PIPELINE_BYTES, width * height, 0) > 2;
        this.lookAhead = options.palette() == PaletteMode.FRAME ? Optional.empty()
                : Optional.of(new LookAhead(width, height, options, LOOK_AHEAD_SECONDS));
        int window = lookAhead.isPresent() ? LookAhead.capacity(width, height) : 0;
        // one held and one coming, or enough to keep every stage busy, whichever the budget allows
        int inFlight = pipelined ? Math.min(2 * threads + 3, FrameBuffers.fitting(PIPELINE_BYTES, width * height, 2)) : 2;
        this.buffers = new FrameBuffers(control, width * height, window + inFlight);
        this.encode = new EncodeStage(new FrameEncoder(width, height, options), this.out, buffers, control,
                written);
        Sink<PlannedFrame> map;
        PlanningScreen screen;
        if (pipelined) {
            this.ownWorkers = shared.isPresent() ? Optional.empty() : Optional.of(Workers.create(threads));
            ParallelMapStage parallel = new ParallelMapStage(width, options, shared.or(() -> ownWorkers).get(),
                    encode, buffers, control);
            map = parallel;
            screen = PlanningScreen.model(width, height, encode);
            this.plan = new PlanStage(width, height, options, screen, buffers, map);
            StageThread<TimedFrame> planning = new StageThread<>("jiffy-gif-plan", plan, control);
            Sink<TimedFrame> first = planning;
            if (lookAhead.isPresent()) {
                StageThread<TimedFrame> palettes = new StageThread<>("jiffy-gif-palette",
                        new PaletteStage(lookAhead.get(), planning), control);
                running.add(palettes);
                first = palettes;
            }
            running.add(planning);
            running.add(parallel);
            this.head = first;
        } else {
            this.ownWorkers = Optional.empty();
            map = new MapStage(new FrameMapper(width, options), buffers, encode);
            screen = PlanningScreen.encoders(encode);
            this.plan = new PlanStage(width, height, options, screen, buffers, map);
            this.head = lookAhead.isPresent() ? new PaletteStage(lookAhead.get(), plan) : plan;
        }
    }

    /**
     * A writer with its own {@link GifOptions#threads()} worker threads, which never cancels.
     *
     * @param out     receives the GIF; closed by {@link #close()}
     * @param width   canvas width, 1..65535
     * @param height  canvas height, 1..65535
     * @param options encoder options, e.g. {@link GifOptions#defaults()}
     * @return a writer ready for {@link #addFrame(int[], double)}; close it to finish the file
     * @throws IllegalArgumentException if a side is outside 1..65535 or the frame has more pixels than an array holds
     * @throws NullPointerException     if {@code out} or {@code options} is null
     */
    public static GifWriter create(OutputStream out, int width, int height, GifOptions options) {
        return create(out, width, height, options, Optional.empty(), () -> false);
    }

    /**
     * A writer that maps frames on {@code workers} (shared with whoever else uses them, such as a renderer reading
     * frames ahead) and stops when {@code cancelled} says so: the call that notices throws
     * {@link java.util.concurrent.CancellationException}, and so does {@link #close()} if no call did.
     *
     * @param out       receives the GIF; closed by {@link #close()}
     * @param width     canvas width, 1..65535
     * @param height    canvas height, 1..65535
     * @param options   encoder options, e.g. {@link GifOptions#defaults()}
     * @param workers   the worker threads to use, or empty to make {@link GifOptions#threads()} of its own
     * @param cancelled asked at every frame and by every stage; true stops the encoder
     * @return a writer ready for {@link #addFrame(int[], double)}; close it to finish the file
     * @throws IllegalArgumentException if a side is outside 1..65535 or the frame has more pixels than an array holds
     * @throws NullPointerException     if an argument is null
     */
    public static GifWriter create(OutputStream out, int width, int height, GifOptions options,
            Optional<Workers> workers, BooleanSupplier cancelled) {
        return create(out, width, height, options, workers, cancelled, WriteListener.NONE);
    }

    /**
     * As {@link #create(OutputStream, int, int, GifOptions, Optional, BooleanSupplier)}, telling {@code written}
     * about each frame as it is written (the bytes and animation time so far), e.g. to estimate the file's size
     * while it is encoded.
     *
     * @param out       receives the GIF; closed by {@link #close()}
     * @param width     canvas width, 1..65535
     * @param height    canvas height, 1..65535
     * @param options   encoder options, e.g. {@link GifOptions#defaults()}
     * @param workers   the worker threads to use, or empty to make {@link GifOptions#threads()} of its own
     * @param cancelled asked at every frame and by every stage; true stops the encoder
     * @param written   hears each frame written, and the trailer, on the encoding thread
     * @return a writer ready for {@link #addFrame(int[], double)}; close it to finish the file
     * @throws IllegalArgumentException if a side is outside 1..65535 or the frame has more pixels than an array holds
     * @throws NullPointerException     if an argument is null
     */
    public static GifWriter create(OutputStream out, int width, int height, GifOptions options,
            Optional<Workers> workers, BooleanSupplier cancelled, WriteListener written) {
        Objects.requireNonNull(written, "written must not be null (WriteListener.NONE hears nothing)");
        Objects.requireNonNull(out, "output stream must not be null");
        Objects.requireNonNull(options, "options must not be null (use GifOptions.defaults())");
        Objects.requireNonNull(workers, "workers must not be null (Optional.empty() makes the writer's own)");
        Objects.requireNonNull(cancelled, "cancelled must not be null (() -> false never cancels)");
        if (width < 1 || width > 0xFFFF || height < 1 || height > 0xFFFF) {
            throw new IllegalArgumentException("GIF size " + width + "x" + height
                    + " is out of range: each side must be 1..65535");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("GIF size " + width + "x" + height + " has " + (long) width * height
                    + " pixels, more than the " + MAX_PIXELS + " a frame array can hold");
        }
        return new GifWriter(out, width, height, options, workers, cancelled, written);
    }

    /**
     * Appends a frame (packed 0xAARRGGBB, width*height, row-major; the writer neither keeps nor modifies the array)
     * shown until {@code endTimeSeconds} after the animation starts. End times must increase; the first frame starts
     * at 0. The frame's delay is {@code round(100·end) - round(100·previousEnd)} centiseconds. Waits while the
     * pipeline is full.
     *
     * @param argb           the frame, {@code width * height} pixels as 0xAARRGGBB, row-major; alpha below
     *                       {@link GifOptions#alphaThreshold()} is transparent
     * @param endTimeSeconds when the frame stops showing, in seconds from the start; greater than the previous frame's
     * @throws IOException              if writing to the output failed, here or on a stage thread since the last call
     * @throws IllegalArgumentException if the array has the wrong length or the end time does not increase
     * @throws IllegalStateException    after {@link #close()}
     * @throws java.util.concurrent.CancellationException if the writer was cancelled
     */
    public void addFrame(int[] argb, double endTimeSeconds) throws IOException {
        checkFrame(argb);
        addFrame(buffer -> System.arraycopy(argb, 0, buffer, 0, buffer.length), endTimeSeconds);
    }

    /**
     * As {@link #addFrame(int[], double)}, with the pixels written by {@code pixels} straight into the writer's own
     * buffer (width*height, row-major, 0xAARRGGBB, every entry to be set): a caller that holds its frame in another
     * form saves a copy of it, which for a 4K frame is 33 MB.
     *
     * @param pixels         fills the buffer it is given; called once, on the caller's thread, and must not keep it
     * @param endTimeSeconds when the frame stops showing, in seconds from the start; greater than the previous frame's
     * @throws IOException              if writing to the output failed, here or on a stage thread since the last call
     * @throws IllegalArgumentException if the end time does not increase
     * @throws IllegalStateException    after {@link #close()}
     * @throws java.util.concurrent.CancellationException if the writer was cancelled
     */
    public void addFrame(Consumer<int[]> pixels, double endTimeSeconds) throws IOException {
        if (closed) {
            throw new IllegalStateException("GifWriter is closed; create a new one to write another GIF");
        }
        checkRunning();
        int delay = clock.advance(endTimeSeconds);
        framesAdded = true;
        try {
            int[] buffer = buffers.take();
            pixels.accept(buffer);
            head.accept(new TimedFrame(buffer, endTimeSeconds, delay, null));
        } catch (Throwable t) {
            reportFailure(t);
            throw t;
        }
    }

    /**
     * Adds a frame's colours to what the shared palette is made from (before the first frame): with
     * {@link PaletteMode#GLOBAL}, the palette of every frame; with {@link PaletteMode#AUTO}, the palette scenes use
     * unless one of their own serves them much better. Give a few frames spread over the clip, so the palette serves
     * all of it; without samples it is made from the first {@link #LOOK_AHEAD_SECONDS} seconds. The writer does not
     * keep the array.
     *
     * @param argb a frame, {@code width * height} pixels as 0xAARRGGBB, row-major
     * @throws IllegalArgumentException if the array has the wrong length
     * @throws IllegalStateException with {@link PaletteMode#FRAME}, or if frames were added already
     */
    public void addPaletteSample(int[] argb) {
        checkFrame(argb);
        if (lookAhead.isEmpty()) {
            throw new IllegalStateException("palette samples are only used with shared palettes (PaletteMode.AUTO, "
                    + "GLOBAL or SCENE_OR_FRAME), not PaletteMode.FRAME");
        }
        if (framesAdded) {
            throw new IllegalStateException("palette samples must be given before the first frame");
        }
        // no frame was handed on yet, so no stage thread reads the look-ahead; the first frame's hand-off publishes it
        lookAhead.get().sample(argb);
    }

    private void checkFrame(int[] argb) {
        if (closed) {
            throw new IllegalStateException("GifWriter is closed; create a new one to write another GIF");
        }
        Objects.requireNonNull(argb, "frame pixels must not be null");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels but the GIF is " + width + "x"
                    + height + " = " + (width * height));
        }
    }

    /** Throws what stopped the pipeline (a failure on a stage thread, or a cancel), once. */
    private void checkRunning() throws IOException {
        try {
            control.check();
        } catch (IOException | RuntimeException | Error e) {
            failureReported = true;
            throw e;
        }
    }

    /** A failure thrown on the caller's thread: the pipeline stops and {@link #close()} does not throw it again. */
    private void reportFailure(Throwable t) {
        control.fail(t);
        failureReported = true;
    }

    /**
     * GIF image frames in the output: those written so far plus the one held back until its delay is known (not
     * those still in the look-ahead). Waits until the frames handed on so far are written. After {@link #close()}
     * this is the exact count in the file.
     *
     * @return the number of image blocks written, 0 or more: fewer than the frames added when some changed nothing
     *         or rounded to a 0 cs delay, more when a delay above 655.35 s was split
     * @throws UncheckedIOException if a stage failed while this call waited
     */
    public int framesWritten() {
        if (!closed) {
            try {
                for (Running stage : running) {
                    stage.awaitIdle();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        synchronized (control) {
            return encode.framesWritten() + (plan.holding() ? 1 : 0);
        }
    }

    /**
     * The most frame buffers the pipeline has held at once (each {@code 4·width·height} bytes): what bounds its
     * memory, whatever the length of the clip.
     */
    int peakFrameBuffers() {
        return buffers.peak();
    }

    /** The frame buffers the pipeline may hold at once. */
    int frameBufferCapacity() {
        return buffers.capacity();
    }

    /**
     * Writes the last frame and the trailer, flushes and closes the stream, and ends the pipeline's threads. Does
     * nothing if already closed.
     *
     * @throws java.util.concurrent.CancellationException if the writer was cancelled (the GIF is incomplete)
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (!failureReported && !control.stopped()) {
                try {
                    head.finish(); // the end flows down the stages: the look-ahead and the held frame are written
                } catch (Throwable t) {
                    control.fail(t);
                }
            }
            joinAll();
            if (!failureReported) {
                checkRunning();
            }
        } finally {
            try {
                out.close();
            } finally {
                ownWorkers.ifPresent(Workers::close);
            }
        }
    }

    /** Waits until every stage thread has ended: the pipeline ran to its end, or stopped. */
    private void joinAll() throws IOException {
        boolean interrupted = false;
        for (Running stage : running) {
            while (true) {
                try {
                    stage.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    control.fail(new InterruptedIOException("interrupted while closing the GIF encoder"));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
