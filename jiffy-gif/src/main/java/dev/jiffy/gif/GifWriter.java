package dev.jiffy.gif;

import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.optimize.DelayClock;
import dev.jiffy.gif.optimize.Fuzz;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Objects;

/**
 * Streaming animated-GIF encoder. Frames are encoded and written as they arrive, one frame behind: a frame is written
 * (and flushed) when the next one shows it is final (its delay cannot grow by merging and its disposal is known).
 * Memory holds the frame in waiting and a model of the screen, independent of clip length. Not thread-safe.
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
 *   <li>A frame with at most {@code maxColors} colours (and no fuzz) is written exactly: no dithering, every pixel
 *       decodes to its input colour, even pixels that did not change since a lossy frame.</li>
 * </ul>
 */
public final class GifWriter implements Closeable {
    private static final int MAX_PIXELS = Integer.MAX_VALUE - 8;

    private final OutputStream out;
    private final int width;
    private final int height;
    private final GifOptions options;
    private final Fuzz fuzz;
    private final DelayClock clock = new DelayClock();
    private final FrameEncoder encoder;
    private final int[] held;
    private int heldDelay;
    private boolean hasHeld;
    private boolean[] nextTransparent;
    private boolean[] firstTransparent;
    private boolean closed;

    private GifWriter(OutputStream out, int width, int height, GifOptions options) {
        this.out = new BufferedOutputStream(out, 1 << 16);
        this.width = width;
        this.height = height;
        this.options = options;
        this.fuzz = new Fuzz(options.fuzzPercent());
        this.encoder = new FrameEncoder(width, height, options);
        this.held = new int[width * height];
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
        if (closed) {
            throw new IllegalStateException("GifWriter is closed; create a new one to write another GIF");
        }
        Objects.requireNonNull(argb, "frame pixels must not be null");
        if (argb.length != width * height) {
            throw new IllegalArgumentException("frame has " + argb.length + " pixels but the GIF is " + width + "x"
                    + height + " = " + (width * height));
        }
        int delay = clock.advance(endTimeSeconds);
        if (!hasHeld || heldDelay == 0) {
            // the first frame, or replacing a first frame that lasted less than half a centisecond
            System.arraycopy(argb, 0, held, 0, held.length);
            heldDelay = delay;
            hasHeld = true;
            return;
        }
        if (delay == 0) {
            return; // shown for less than half a centisecond: folded into the next frame's time
        }
        if (encoder.screen().unchangedAfter(held, argb, options.alphaThreshold(), fuzz)) {
            heldDelay += delay;
            return;
        }
        if (nextTransparent == null) {
            nextTransparent = new boolean[held.length];
        }
        writeHeld(transparencyOf(argb, nextTransparent));
        System.arraycopy(argb, 0, held, 0, held.length);
        heldDelay = delay;
    }

    /**
     * GIF image frames in the output: those written so far plus the one held back until its delay is known. After
     * {@link #close()} this is the exact count in the file.
     */
    public int framesWritten() {
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
            if (hasHeld) {
                // when looping, the first frame follows the last: clear what it needs transparent
                writeHeld(options.loopCount() != 1 ? firstTransparent : null);
                hasHeld = false;
            } else {
                encoder.writeEmptyHeader(out);
            }
            Trailer.write(out);
            out.flush();
        } finally {
            out.close();
        }
    }

    private void writeHeld(boolean[] next) throws IOException {
        if (encoder.framesWritten() == 0 && options.loopCount() != 1) {
            firstTransparent = transparencyOf(held, new boolean[held.length]);
        }
        // a lone frame shorter than half a centisecond still needs a non-zero delay
        encoder.write(out, held, Math.max(heldDelay, 1), next);
        out.flush(); // streaming: each frame reaches the caller's stream as soon as it is final
    }

    /** Per-pixel transparency of a frame written into {@code mask}, or null if the frame is fully opaque. */
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
        for (int p = 0; p < argb.length; p++) {
            mask[p] = (argb[p] >>> 24) < threshold;
        }
        return mask;
    }
}
