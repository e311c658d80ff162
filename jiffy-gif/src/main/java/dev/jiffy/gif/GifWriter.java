package dev.jiffy.gif;

import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.optimize.DelayClock;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.FramePlanner;
import dev.jiffy.gif.optimize.Fuzz;
import dev.jiffy.gif.optimize.Screen;
import dev.jiffy.gif.quantize.Palette;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Streaming animated-GIF encoder. Frames are encoded and written as they arrive, one frame behind: a frame is written
 * (and flushed) when the next one shows it is final (its delay cannot grow by merging and its disposal is known) —
 * during that {@link #addFrame} call with one thread, soon after on the encoder thread otherwise. With shared palettes
 * ({@link PaletteMode#AUTO}, the default, and {@link PaletteMode#GLOBAL}) frames first wait in a look-ahead of up to
 * {@link #LOOK_AHEAD_SECONDS} seconds while their palette is chosen. Memory holds the frames in waiting and a model of
 * the screen, independent of clip length. Not thread-safe.
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
 * <p>Pipeline (gifski-like): with more than one thread ({@link GifOptions#threads()}), frames are analysed ahead on
 * worker threads (lossless check, speculative plan, palette and dithering, see {@link FrameAnalysis}) while one
 * encoder thread takes them in order for what depends on the previous frame (change detection against the screen,
 * stabilisation, LZW) and writes them. At most a few frames are in flight, so memory does not grow with the clip, and
 * the bytes written are the same as with one thread.
 */
public final class GifWriter implements Closeable {
    /**
     * How far ahead frames are read to choose shared palettes, in seconds of animation (and never more than 64 MB of
     * frames).
     */
    public static final double LOOK_AHEAD_SECONDS = 2.0;
    private static final int MAX_PIXELS = Integer.MAX_VALUE - 8;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final GifOptions options;
    private final Fuzz fuzz;
    private final DelayClock clock = new DelayClock();
    private final FrameEncoder encoder;
    /** Frames waiting for their shared palette; null with a palette per frame. */
    private final LookAhead lookAhead;
    private boolean framesAdded;
    private int[] held;
    private int heldDelay;
    private Palette heldPalette;
    private boolean hasHeld;
    private boolean[] nextTransparent;
    private boolean[] firstTransparent;
    private boolean closed;

    // pipeline (null when encoding on the caller's thread)
    /** Hands look-ahead windows on to the encoder while the caller fills the next one. */
    private final ExecutorService feeder;
    private Future<?> feeding;
    private final ExecutorService analysers;
    /**
     * With fuzz: what each pixel stands for after the frames submitted so far, and a planner against it, so frames are
     * compared and planned here rather than after the encoder thread catches up (see {@link Screen#applyPlan}).
     */
    private final Screen submittedScreen;
    private final FramePlanner submittedPlanner;
    private final ExecutorService sequencer;
    private final BlockingQueue<FrameAnalysis.Analyzer> idleAnalyzers;
    private final BlockingQueue<int[]> freeFrames;
    private final int maxFrames;
    private int allocatedFrames;
    private int analyzersMade;
    private final int threads;
    /** The frame submitted last (the previous frame of the next one), or null before the first. */
    private int[] lastSubmitted;
    private int submitted;
    private Future<?> lastJob;
    private volatile Throwable failure;
    /** Whether {@link #failure} was thrown to the caller already (so {@link #close()} does not throw it again). */
    private boolean failureReported;

    private GifWriter(OutputStream out, int width, int height, GifOptions options) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.width = width;
        this.height = height;
        this.options = options;
        this.fuzz = new Fuzz(options.fuzzPercent());
        this.encoder = new FrameEncoder(width, height, options);
        this.held = new int[width * height];
        this.lookAhead = options.palette() == PaletteMode.FRAME ? null
                : new LookAhead(width, height, options, LOOK_AHEAD_SECONDS);
        int n = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
        this.threads = Math.max(1, n);
        if (threads > 1) {
            feeder = lookAhead == null ? null : pool(1, "jiffy-gif-look-ahead");
            submittedScreen = options.fuzzPercent() > 0 ? new Screen(width, height) : null;
            submittedPlanner = submittedScreen == null ? null
                    : new FramePlanner(submittedScreen, options.alphaThreshold(), fuzz);
            analysers = pool(threads, "jiffy-gif-analyse");
            sequencer = pool(1, "jiffy-gif-encode");
            idleAnalyzers = new ArrayBlockingQueue<>(threads);
            maxFrames = 2 * threads + 3;
            freeFrames = new ArrayBlockingQueue<>(maxFrames);
            allocatedFrames = 1;
        } else {
            feeder = null;
            submittedScreen = null;
            submittedPlanner = null;
            analysers = null;
            sequencer = null;
            idleAnalyzers = null;
            freeFrames = null;
            maxFrames = 1;
        }
    }

    /** Daemon threads that end when idle, so a writer that is never closed leaves nothing running. */
    private static ExecutorService pool(int n, String name) {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(n, n, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                r -> daemon(r, name));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /**
     * @param out     receives the GIF; closed by {@link #close()}
     * @param width   canvas width, 1..65535
     * @param height  canvas height, 1..65535
     * @param options encoder options, e.g. {@link GifOptions#defaults()}
     */
    public static GifWriter create(OutputStream out, int width, int height, GifOptions options) {
        Objects.requireNonNull(out, "output stream must not be null");
        Objects.requireNonNull(options, "options must not be null (use GifOptions.defaults())");
        if (width < 1 || width > 0xFFFF || height < 1 || height > 0xFFFF) {
            throw new IllegalArgumentException("GIF size " + width + "x" + height
                    + " is out of range: each side must be 1..65535");
        }
        if ((long) width * height > MAX_PIXELS) {
            throw new IllegalArgumentException("GIF size " + width + "x" + height + " has " + (long) width * height
                    + " pixels, more than the " + MAX_PIXELS + " a frame array can hold");
        }
        return new GifWriter(out, width, height, options);
    }

    /**
     * Appends a frame (packed 0xAARRGGBB, width*height, row-major; the writer neither keeps nor modifies the array)
     * shown until {@code endTimeSeconds} after the animation starts. End times must increase; the first frame starts
     * at 0. The frame's delay is {@code round(100·end) - round(100·previousEnd)} centiseconds.
     *
     * @throws IllegalArgumentException if the array has the wrong length or the end time does not increase
     * @throws IllegalStateException    after {@link #close()}
     */
    public void addFrame(int[] argb, double endTimeSeconds) throws IOException {
        checkFrame(argb);
        checkFailure();
        framesAdded = true;
        if (lookAhead == null) {
            accept(argb, endTimeSeconds, null);
            return;
        }
        if (options.palette() == PaletteMode.GLOBAL) {
            awaitFeeding(); // the global palette may be in the making
        }
        if (lookAhead.passThrough()) {
            accept(argb, endTimeSeconds, lookAhead.globalPalette());
            return;
        }
        lookAhead.add(argb, endTimeSeconds);
        if (lookAhead.full()) {
            handOnLookAhead();
        }
    }

    /**
     * Adds a frame's colours to what the shared palette is made from (before the first frame): with
     * {@link PaletteMode#GLOBAL}, the palette of every frame; with {@link PaletteMode#AUTO}, the palette scenes use
     * unless one of their own serves them much better. Give a few frames spread over the clip, so the palette serves
     * all of it; without samples it is made from the first {@link #LOOK_AHEAD_SECONDS} seconds. The writer does not
     * keep the array.
     *
     * @throws IllegalStateException with {@link PaletteMode#FRAME}, or if frames were added already
     */
    public void addPaletteSample(int[] argb) {
        checkFrame(argb);
        if (options.palette() == PaletteMode.FRAME) {
            throw new IllegalStateException("palette samples are only used with shared palettes (PaletteMode.AUTO "
                    + "or GLOBAL), not PaletteMode.FRAME");
        }
        if (framesAdded) {
            throw new IllegalStateException("palette samples must be given before the first frame");
        }
        lookAhead.sample(argb);
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

    /**
     * Seals the look-ahead window and hands its frames on with their palettes: on the feeder thread when there is one
     * (the caller goes on filling the other window), else now.
     */
    private void handOnLookAhead() throws IOException {
        awaitFeeding(); // the other window must be free before this one is sealed
        LookAhead.Window window = lookAhead.seal();
        if (feeder == null) {
            feed(window);
            return;
        }
        feeding = feeder.submit(() -> {
            try {
                feed(window);
            } catch (Throwable t) {
                if (failure == null) {
                    failure = t;
                }
            }
        });
    }

    private void feed(LookAhead.Window window) throws IOException {
        Palette[] palettes = lookAhead.palettes(window);
        for (int i = 0; i < palettes.length; i++) {
            accept(window.frame(i), window.end(i), palettes[i]);
        }
        lookAhead.release(window);
    }

    /** Waits until the window on the feeder thread is handed on; rethrows what went wrong there. */
    private void awaitFeeding() throws IOException {
        if (feeding != null) {
            try {
                feeding.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the GIF encoder");
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
            feeding = null;
        }
        checkFailure();
    }

    /** A frame with its palette chosen: merged into the held frame, or held while the one before is written. */
    private void accept(int[] argb, double endTimeSeconds, Palette shared) throws IOException {
        int delay = clock.advance(endTimeSeconds);
        if (!hasHeld || heldDelay == 0) {
            // the first frame, or replacing a first frame that lasted less than half a centisecond
            System.arraycopy(argb, 0, held, 0, held.length);
            heldDelay = delay;
            heldPalette = shared;
            hasHeld = true;
            return;
        }
        if (delay == 0) {
            return; // shown for less than half a centisecond: folded into the next frame's time
        }
        checkFailure();
        // with fuzz, sameness depends on what each pixel stands for (without, only on the two frames)
        Screen screen = submittedScreen != null ? submittedScreen : encoder.screen();
        if (screen.unchangedAfter(held, argb, options.alphaThreshold(), fuzz)) {
            heldDelay += delay;
            return;
        }
        if (nextTransparent == null && sequencer == null) {
            nextTransparent = new boolean[held.length];
        }
        // in a pipeline each frame in flight has its own mask (made only if the frame has transparency)
        writeHeld(transparencyOf(argb, sequencer == null ? nextTransparent : null));
        System.arraycopy(argb, 0, held, 0, held.length);
        heldDelay = delay;
        heldPalette = shared;
    }

    /**
     * GIF image frames in the output: those written so far plus the one held back until its delay is known (not
     * those still in the look-ahead). After {@link #close()} this is the exact count in the file.
     */
    public int framesWritten() {
        if (!closed) {
            try {
                awaitFeeding();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            drainQuietly();
        }
        return encoder.framesWritten() + (hasHeld ? 1 : 0);
    }

    /** Writes the last frame and the trailer, flushes and closes the stream. Does nothing if already closed. */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (failureReported) {
                return; // the caller knows the GIF failed: only release the stream and the threads
            }
            if (lookAhead != null) {
                awaitFeeding();
                feed(lookAhead.seal());
            }
            if (hasHeld) {
                // when looping, the first frame follows the last: clear what it needs transparent
                writeHeld(options.loopCount() != 1 ? firstTransparent : null);
                hasHeld = false;
            } else {
                encoder.writeEmptyHeader(out);
            }
            drain();
            Trailer.write(out);
            out.flush();
        } finally {
            try {
                out.close();
            } finally {
                if (sequencer != null) {
                    sequencer.shutdownNow();
                    analysers.shutdownNow();
                    if (feeder != null) {
                        feeder.shutdownNow();
                    }
                }
            }
        }
    }

    private void writeHeld(boolean[] next) throws IOException {
        if (submitted == 0 && encoder.framesWritten() == 0 && options.loopCount() != 1) {
            firstTransparent = transparencyOf(held, new boolean[held.length]);
        }
        // a lone frame shorter than half a centisecond still needs a non-zero delay
        int delay = Math.max(heldDelay, 1);
        if (sequencer == null) {
            encoder.write(out, held, delay, next, null, heldPalette);
            out.flush(); // streaming: each frame reaches the caller's stream as soon as it is final
            return;
        }
        int[] frame = held;
        int[] previous = lastSubmitted;
        boolean first = submitted == 0;
        Palette shared = heldPalette;
        FramePlan plan = null;
        if (submittedPlanner != null) {
            plan = new FramePlan();
            submittedPlanner.plan(frame, first, false, next, plan);
            submittedScreen.applyPlan(frame, plan);
        }
        FramePlan known = plan;
        Future<FrameAnalysis> analysis = analysers.submit(() -> analyse(frame, previous, first, next, shared, known));
        lastJob = sequencer.submit(() -> {
            if (failure != null) {
                return;
            }
            try {
                FrameAnalysis a = analysis.get();
                if (previous != null) {
                    freeFrames.add(previous); // its own frame and the analysis of this one are done with it
                }
                encoder.write(out, frame, delay, next, a, shared);
                out.flush();
            } catch (Throwable t) {
                failure = t instanceof ExecutionException e && e.getCause() != null ? e.getCause() : t;
            }
        });
        lastSubmitted = frame;
        submitted++;
        held = takeFrameBuffer();
    }

    private FrameAnalysis analyse(int[] frame, int[] previous, boolean first, boolean[] next, Palette shared,
            FramePlan plan) throws InterruptedException {
        FrameAnalysis.Analyzer analyzer;
        synchronized (this) {
            analyzer = idleAnalyzers.poll();
            if (analyzer == null && analyzersMade < threads) {
                analyzersMade++;
                analyzer = new FrameAnalysis.Analyzer(width, height, options);
            }
        }
        if (analyzer == null) {
            analyzer = idleAnalyzers.take();
        }
        try {
            return analyzer.analyse(frame, previous, first, next, shared, plan);
        } finally {
            idleAnalyzers.add(analyzer);
        }
    }

    /** A frame buffer for the next held frame: recycled, new while fewer than the bound exist, else waited for. */
    private int[] takeFrameBuffer() throws IOException {
        int[] buffer = freeFrames.poll();
        if (buffer != null) {
            return buffer;
        }
        if (allocatedFrames < maxFrames) {
            allocatedFrames++;
            return new int[width * height];
        }
        try {
            while (true) {
                buffer = freeFrames.poll(50, TimeUnit.MILLISECONDS);
                if (buffer != null) {
                    return buffer;
                }
                checkFailure();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while waiting for the GIF encoder");
        }
    }

    /** Waits until every frame submitted so far is written; rethrows what went wrong on the encoder thread. */
    private void drain() throws IOException {
        if (lastJob != null) {
            try {
                lastJob.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.InterruptedIOException("interrupted while waiting for the GIF encoder");
            } catch (ExecutionException e) {
                failure = e.getCause();
            }
        }
        checkFailure();
    }

    private void drainQuietly() {
        try {
            drain();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkFailure() throws IOException {
        Throwable t = failure;
        if (t == null) {
            return;
        }
        failureReported = true;
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        throw new IOException("the GIF encoder failed: " + t, t);
    }

    /**
     * Per-pixel transparency of a frame written into {@code mask} (a new array if null), or null if the frame is fully
     * opaque.
     */
    private boolean[] transparencyOf(int[] argb, boolean[] mask) {
        int threshold = options.alphaThreshold();
        boolean any = false;
        for (int c : argb) {
            if ((c >>> 24) < threshold) {
                any = true;
                break;
            }
        }
        if (!any) {
            return null;
        }
        if (mask == null) {
            mask = new boolean[argb.length];
        }
        for (int p = 0; p < argb.length; p++) {
            mask[p] = (argb[p] >>> 24) < threshold;
        }
        return mask;
    }
}
