package dev.jiffy.gif;

import dev.jiffy.gif.quantize.ColorHistogram;
import dev.jiffy.gif.quantize.ColorRuns;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;
import dev.jiffy.gif.quantize.Quantizer;

/**
 * Frames read ahead of the encoder so that several can share a palette ({@link PaletteMode#GLOBAL} and
 * {@link PaletteMode#AUTO}). The window holds at most {@link GifWriter#LOOK_AHEAD_SECONDS} seconds of frames and at
 * most {@value #MEMORY_BUDGET} bytes of them (the frames are the pipeline's buffers, held by reference), so memory
 * does not grow with the clip. Used by one stage thread (see {@link PaletteStage}).
 *
 * <p>AUTO cuts the frames held into scenes where the colours change abruptly (between two frames, more than
 * {@value #CUT} of the pixels move to another coarse colour bin). A scene keeps the palette in use before it, or else
 * goes back to the palette made from the samples given before the first frame (see
 * {@link GifWriter#addPaletteSample}), when that palette serves its colours nearly as well as a fresh one made from
 * all its pixels (see {@link #REUSE}); otherwise it gets the fresh one. The palette only changes when it must, so still
 * areas keep their exact colours across look-ahead windows and across cuts between similar shots. GLOBAL makes one
 * palette from the samples, or else from the first window, and keeps it to the end.
 */
final class LookAhead {
    /** Bytes of frames the window holds at most (at 1080p, 4 frames; at 640x360, 36). */
    static final long MEMORY_BUDGET = 32L << 20;
    /** Share of pixels changing coarse colour bin between two frames that marks a cut. */
    static final double CUT = 0.35;
    /**
     * A palette is kept while its mean error is at most this many times a fresh palette's plus {@link #REUSE_SLACK}.
     * Changing palettes rewrites nearly every pixel, so a palette a little worse than a fresh one is cheaper: measured
     * on Big Buck Bunny (0-10 s, 640 px, 24 fps), 2x + 100 gave 11.6 MB at SSIM 0.948 where 1.25x + 0 gave 12.6 MB at
     * 0.957, on the curve of a much lower quality.
     */
    static final double REUSE = 2.0;
    /** ColorMetric units: about 4 levels on each channel, an error ordered dithering hides. */
    static final double REUSE_SLACK = 100;
    private static final int KMEANS_PASSES = 3;
    /** Bins per channel of the coarse colour signature used to find cuts. */
    private static final int SIGNATURE_LEVELS = 4;
    private static final Palette[] NONE = new Palette[0];

    private final GifOptions options;
    private final int capacity;
    private final double seconds;
    private final Window filling;

    /**
     * With leading colours, added to a scene's palette beside its colours' means (see {@code Quantizer.addLeaders}),
     * not moved onto them as in a frame's own: a flat area keeps its exact colour (the black frames and the dark
     * fade-in of Big Buck Bunny's opening) while the palette still holds a colour near every mean for all the
     * scene's frames. Moved, a leader a level from its mean cost the grey film 9 % of its bytes at quality 80 for no
     * SSIM: its scene's 10,10,10 became the leading 11,11,11, leaving its frames' grey 8 three levels from both 5 and
     * 11, beyond {@code FrameMapper.SCENE_COLOUR_MARGIN}, so the 8 of its 38 frames that fit 256 greys took exact
     * tables of their own (972,474 → 1,058,322 bytes, SSIM 0.9818 → 0.9821). Added: 959,346 / 0.9818, and the
     * opening of Big Buck Bunny (2 s, 640 px, 24 fps) 708,538 / 0.8626 → 708,289 / 0.9115, its black frames shown
     * black rather than as 1,1,1. Measured on all twelve clips: see {@code Quantizer.addLeaders}.
     */
    private final ColorHistogram histogram = new ColorHistogram(true);
    private final Quantizer quantizer = new Quantizer(KMEANS_PASSES, true);
    private final NearestColor search = new NearestColor();
    private boolean sampled;
    /** The palette of the last scene (carried into the next window), or the global palette once made. */
    private Palette current;
    /** The palette made from the samples, if any: a scene may go back to it. */
    private Palette base;

    LookAhead(int width, int height, GifOptions options, double seconds) {
        this.options = options;
        this.seconds = seconds;
        this.capacity = capacity(width, height);
        this.filling = new Window(capacity);
    }

    /** Frames the window holds at most for this frame size. */
    static int capacity(int width, int height) {
        return Math.min(1024, FrameBuffers.fitting(MEMORY_BUDGET, width * height, 1));
    }

    /** Frames held together, with their end times and colour signatures. */
    private static final class Window {
        private final int[][] frames;
        private final double[] ends;
        private final float[][] signatures;
        private int count;
        /** Frames before this one have been handed on (their scene ended at a cut): no longer held. */
        private int handed;
        /** When the window's first frame starts: the end of the frame before it. */
        private double start;

        private Window(int capacity) {
            frames = new int[capacity][];
            ends = new double[capacity];
            signatures = new float[capacity][];
        }
    }

    private boolean global() {
        return options.palette() == PaletteMode.GLOBAL;
    }

    /** Colours a shared palette holds: room is always left for a transparent index. */
    private int colours() {
        return Math.min(options.maxColors(), 255);
    }

    /** Whether frames go straight to the encoder: a global palette is made and nothing waits. */
    boolean passThrough() {
        if (sampled && current == null) {
            sampled = false;
            current = histogram.size() == 0 ? null : quantized().frozenCopy();
            base = current;
        }
        return global() && current != null && filling.count == 0;
    }

    /** The palette frames use in {@link #passThrough()} mode. */
    Palette globalPalette() {
        return current;
    }

    /** Adds a frame's colours to the global palette's sample (before any frame). */
    void sample(int[] argb) {
        addToHistogram(argb);
        sampled = true;
    }

    /** Whether the window being filled is full: time to {@link #seal()} it and hand it on. */
    boolean full() {
        Window w = filling;
        return w.count == capacity || (w.count > 0 && w.ends[w.count - 1] - w.start >= seconds);
    }

    /**
     * Chooses the palette of the frames still held (the window's last scene) and empties the window for the frames
     * after them.
     *
     * @return the palette of each frame still held, in order (see {@link #add})
     */
    Palette[] seal() {
        Window w = filling;
        Palette[] palettes = handOn(w, w.count);
        if (w.count > 0) {
            w.start = w.ends[w.count - 1];
        }
        w.count = 0;
        w.handed = 0;
        return palettes;
    }

    /**
     * Holds a frame (by reference: it must not change until it is handed on); end times increase. A frame that
     * starts a new scene (a cut, with shared palettes per scene) completes the scene before it: that scene's
     * palette is chosen at once and its frames are handed on, rather than held until the window is full, so the
     * stages after this one start on them sooner (at the start of a clip they waited for a whole window: 36 frames
     * at 640x360). The window's bounds, and so every scene and palette, are the same either way.
     *
     * @return the palette of each frame of the scene this frame ended, in order; none (empty) if it continues one
     */
    Palette[] add(int[] argb, double end) {
        Window w = filling;
        int i = w.count;
        if (w.signatures[i] == null) {
            w.signatures[i] = new float[SIGNATURE_LEVELS * SIGNATURE_LEVELS * SIGNATURE_LEVELS];
        }
        w.frames[i] = argb;
        w.ends[i] = end;
        signature(argb, w.signatures[i]);
        w.count++;
        if (i > 0 && !global() && distance(w.signatures[i - 1], w.signatures[i]) > CUT) {
            return handOn(w, i);
        }
        return NONE;
    }

    /**
     * The palette of the frames held from the first not handed on to {@code to} (one scene: null where none could be
     * made, no opaque pixel yet), which are no longer held. Scenes must be handed on in order: each may keep the
     * palette the one before it ended with.
     */
    private Palette[] handOn(Window w, int to) {
        if (to == w.handed) {
            return NONE;
        }
        Palette[] out = new Palette[to - w.handed];
        java.util.Arrays.fill(out, sceneFor(w, w.handed, to));
        java.util.Arrays.fill(w.frames, w.handed, to, null); // the buffers go on down the pipeline
        w.handed = to;
        return out;
    }

    private Palette sceneFor(Window w, int from, int to) {
        if (global() && current != null) {
            return current;
        }
        histogram.clear();
        for (int k = from; k < to; k++) {
            addToHistogram(w.frames[k]);
        }
        if (histogram.size() == 0) {
            return current; // nothing opaque: whatever was in use
        }
        double currentError = current != null && !global() ? meanError(current) : Double.POSITIVE_INFINITY;
        // a fresh palette's mean error is at least 1 (see meanError), so within this the palette in use is kept
        // whatever the fresh one would be, which is then not made: 2 of case b's 12 scenes (mean errors 97 and 82)
        if (currentError <= REUSE * 1.0 + REUSE_SLACK) {
            return current;
        }
        Palette fresh = quantized();
        double limit = REUSE * meanError(fresh) + REUSE_SLACK;
        if (currentError <= limit) {
            return current;
        }
        if (base != null && base != current && meanError(base) <= limit) {
            current = base;
            return current;
        }
        current = fresh.frozenCopy();
        return current;
    }

    private Palette quantized() {
        Palette p = new Palette();
        quantizer.quantize(histogram, colours(), p);
        return p;
    }

    /** Mean colour error of the histogram's pixels with {@code palette}; +1: a perfect fit is not infinitely better. */
    private double meanError(Palette palette) {
        return histogram.meanError(palette, search) + 1.0;
    }

    /**
     * Every other opaque pixel: plenty for a palette, half the work. Runs of one colour (flat areas) are added at once,
     * which gives the histogram exactly what adding them one by one does.
     */
    private void addToHistogram(int[] argb) {
        int threshold = options.alphaThreshold();
        ColorRuns runs = new ColorRuns(histogram);
        for (int p = 0; p < argb.length; p += 2) {
            if ((argb[p] >>> 24) >= threshold) {
                runs.add(argb[p]);
            }
        }
        runs.end();
    }

    /** Share of opaque pixels per coarse colour bin (every 4th pixel), for finding cuts. */
    private void signature(int[] argb, float[] out) {
        java.util.Arrays.fill(out, 0);
        int threshold = options.alphaThreshold();
        int n = 0;
        int shift = 8 - Integer.numberOfTrailingZeros(SIGNATURE_LEVELS);
        for (int p = 0; p < argb.length; p += 4) {
            int c = argb[p];
            if ((c >>> 24) >= threshold) {
                int bin = (((c >>> 16) & 0xFF) >>> shift) * SIGNATURE_LEVELS * SIGNATURE_LEVELS
                        + (((c >>> 8) & 0xFF) >>> shift) * SIGNATURE_LEVELS + ((c & 0xFF) >>> shift);
                out[bin]++;
                n++;
            }
        }
        if (n > 0) {
            for (int i = 0; i < out.length; i++) {
                out[i] /= n;
            }
        }
    }

    /** Half the L1 distance of two signatures: the share of pixels that would have to change bin, 0..1. */
    private static double distance(float[] a, float[] b) {
        double d = 0;
        for (int i = 0; i < a.length; i++) {
            d += Math.abs(a[i] - b[i]);
        }
        return d / 2;
    }
}
