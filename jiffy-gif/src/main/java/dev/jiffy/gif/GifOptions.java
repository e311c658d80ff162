package dev.jiffy.gif;

import java.util.Objects;

/**
 * Encoder options. Immutable; start from {@link #defaults()} and change attributes with the {@code withX} methods.
 *
 * @param loopCount      how many times the animation plays in total: 0 = forever (default); 1 = once (no NETSCAPE2.0
 *                       block is written); N in 2..65536 = N times (NETSCAPE2.0 repeat count N-1)
 * @param maxColors      the most visible colours a frame's palette may hold, 2..256 (default 256). When a frame also
 *                       needs a transparent index the palette holds at most {@code min(maxColors, 255)} visible colours
 *                       plus that index (a GIF colour table has at most 256 entries).
 * @param dither         how colours missing from a palette are approximated (default {@link Dither#AUTO}, as
 *                       qualities from 75 to 99 choose; {@link Dither#NONE} at 100, {@link Dither#ORDERED} below 75:
 *                       see {@link GifQuality#dither})
 * @param fuzzPercent    0..100 (default 0; qualities below 75 choose more, see {@link GifQuality#fuzzPercent}). A
 *                       pixel whose colour is within this distance of the source colour of what is already on screen
 *                       counts as unchanged and is not written again. As in ImageMagick's
 *                       {@code -fuzz}, the distance is Euclidean in RGB and the percentage is of the largest possible
 *                       RGB distance (black to white, 255·√3): colours {@code a} and {@code b} are the same when
 *                       {@code (Δr² + Δg² + Δb²) <= 3 · (fuzzPercent/100 · 255)²}. 0 means only identical colours.
 * @param alphaThreshold 1..255 (default 128): pixels whose alpha is below it are transparent in the GIF; the others
 *                       are written with their RGB colour as if opaque
 * @param lossy          0..{@value #MAX_LOSSY} (0 = off; default 15), as gifsicle's {@code --lossy=N}: where the LZW
 *                       encoder cannot extend a string with a pixel's index, it may extend it with another index whose
 *                       colour is at most "N/4 levels on each channel" (a weighted RGB distance) further from the
 *                       pixel's source colour than the dithered choice, trading a little invisible error for smaller
 *                       files. The transparent index takes part, standing for the colour already displayed. 0 also
 *                       means lossless where the palette allows: only then are frames with few enough colours written
 *                       exactly (quality 100); with lossy LZW they are stabilised and compressed like any other.
 * @param threads        0 (default) = as many worker threads as processors; 1 = encode on the caller's thread only;
 *                       N = N worker threads mapping frames in parallel, beside one thread per ordered stage (see
 *                       {@link GifWriter}). The output is the same bytes whatever the number.
 * @param palette        which frames share a palette (default {@link PaletteMode#SCENE_OR_FRAME}: the scene's where
 *                       it serves a frame closely, else the frame's own; quality 100 chooses {@link PaletteMode#FRAME},
 *                       qualities below 75 {@link PaletteMode#AUTO}, see {@link GifQuality})
 * @param keepMargin     0..{@value #MAX_KEEP_MARGIN} (default 108, quality 80's; {@value #DEFAULT_KEEP_MARGIN} from
 *                       quality 90 up, see {@link GifQuality#keepMargin}): a pixel that changed keeps
 *                       the colour already displayed (and is not written) when that colour is about as close to its
 *                       new colour as the newly chosen palette colour: within this many units of the weighted RGB
 *                       distance {@code 2·Δr² + 3·Δg² + 2·Δb²} (48 is about 2.6 levels on each channel). Higher keeps
 *                       more of the picture still, for smaller files; grain and slow changes stop shimmering. Never
 *                       applied to frames written exactly (few colours and lossy 0).
 * @param noiseTolerance 0..{@value #MAX_NOISE_TOLERANCE} (0 = off; the default is quality
 *                       {@value GifQuality#DEFAULT}'s, see {@link GifQuality#noiseTolerance}): the keep margin grows,
 *                       region by region, by this many times the region's noise, the change from frame to frame where
 *                       nothing moves (grain, sensor noise; see {@link dev.jiffy.gif.optimize.NoiseEstimate}). Changes
 *                       within the noise carry no picture, and not writing them is what keeps grainy footage small.
 *                       No effect on clean footage (noise 0); never applied to frames written exactly.
 * @param strictOnFlatAreas whether a pixel on a flat area, one whose source colour equals two of its four
 *                       neighbours', keeps its displayed colour only within half the keep margin (at least 24 units,
 *                       half of quality 90's) and without the noise tolerance ({@link #defaults()}: true, as qualities
 *                       80 to 99 set it, false at 100 and below 80, see {@link GifQuality#strictOnFlatAreas}; false
 *                       with the shorter constructors). Grain and texture
 *                       hide a kept colour that is a little off; a flat area hides nothing.
 */
public record GifOptions(int loopCount, int maxColors, Dither dither, double fuzzPercent, int alphaThreshold,
        int lossy, int threads, PaletteMode palette, int keepMargin, double noiseTolerance,
        boolean strictOnFlatAreas) {

    /** Largest loop count: the NETSCAPE2.0 repeat field is 16 bits and stores loopCount - 1. */
    public static final int MAX_LOOP_COUNT = 65536;
    /** Largest lossy level. */
    public static final int MAX_LOSSY = 200;
    /** Largest thread count. */
    public static final int MAX_THREADS = 64;
    /** Largest keep margin: about 27 levels on each channel (quality 1 uses 4839: {@link GifQuality#keepMargin}). */
    public static final int MAX_KEEP_MARGIN = 5000;
    /**
     * The keep margin of qualities from 90 up. Measured on Big Buck Bunny at 480x270: 7 % fewer bytes for 0.15 dB
     * PSNR against a margin of 24.
     */
    public static final int DEFAULT_KEEP_MARGIN = 48;
    /** Largest noise tolerance: beyond it, whole regions of real change would be kept still. */
    public static final double MAX_NOISE_TOLERANCE = 400;

    /**
     * Options with every attribute given; see the record's description for each one's meaning.
     *
     * @param loopCount      0 = forever, N = N plays in total
     * @param maxColors      2..256
     * @param dither         how missing colours are approximated
     * @param fuzzPercent    0..100
     * @param alphaThreshold 1..255
     * @param lossy          0..{@value #MAX_LOSSY}
     * @param threads        0..{@value #MAX_THREADS}
     * @param palette        which frames share a palette
     * @param keepMargin     0..{@value #MAX_KEEP_MARGIN}
     * @param noiseTolerance 0..{@value #MAX_NOISE_TOLERANCE}, 0 = off
     * @param strictOnFlatAreas whether flat areas keep colours within half the keep margin only
     * @throws IllegalArgumentException if a number is out of its range, naming it and the range
     * @throws NullPointerException     if dither or palette is null
     */
    public GifOptions {
        if (loopCount < 0 || loopCount > MAX_LOOP_COUNT) {
            throw new IllegalArgumentException("loopCount " + loopCount
                    + " is out of range: use 0 to loop forever or 1.." + MAX_LOOP_COUNT + " plays in total");
        }
        if (maxColors < 2 || maxColors > 256) {
            throw new IllegalArgumentException("maxColors " + maxColors + " is out of range 2..256");
        }
        Objects.requireNonNull(dither, "dither must not be null (use Dither.NONE for no dithering)");
        if (!(fuzzPercent >= 0.0 && fuzzPercent <= 100.0)) {
            throw new IllegalArgumentException("fuzzPercent " + fuzzPercent + " is out of range 0..100");
        }
        if (alphaThreshold < 1 || alphaThreshold > 255) {
            throw new IllegalArgumentException("alphaThreshold " + alphaThreshold + " is out of range 1..255");
        }
        if (lossy < 0 || lossy > MAX_LOSSY) {
            throw new IllegalArgumentException("lossy " + lossy + " is out of range 0.." + MAX_LOSSY + " (0 = off)");
        }
        if (threads < 0 || threads > MAX_THREADS) {
            throw new IllegalArgumentException("threads " + threads + " is out of range 0.." + MAX_THREADS
                    + " (0 = one per processor)");
        }
        Objects.requireNonNull(palette, "palette mode must not be null (PaletteMode.FRAME is the default)");
        if (keepMargin < 0 || keepMargin > MAX_KEEP_MARGIN) {
            throw new IllegalArgumentException("keepMargin " + keepMargin + " is out of range 0.." + MAX_KEEP_MARGIN);
        }
        if (!(noiseTolerance >= 0 && noiseTolerance <= MAX_NOISE_TOLERANCE)) {
            throw new IllegalArgumentException("noiseTolerance " + noiseTolerance + " is out of range 0.."
                    + MAX_NOISE_TOLERANCE + " (0 = off)");
        }
    }

    /**
     * Options with a palette per frame ({@link PaletteMode#FRAME}) the default keep margin and no noise tolerance.
     *
     * @param loopCount      0 = forever, N = N plays in total
     * @param maxColors      2..256
     * @param dither         how missing colours are approximated
     * @param fuzzPercent    0..100
     * @param alphaThreshold 1..255
     * @param lossy          0..{@value #MAX_LOSSY}
     * @param threads        0..{@value #MAX_THREADS}
     */
    public GifOptions(int loopCount, int maxColors, Dither dither, double fuzzPercent, int alphaThreshold, int lossy,
            int threads) {
        this(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, PaletteMode.FRAME,
                DEFAULT_KEEP_MARGIN, 0, false);
    }

    /**
     * Options without lossy compression (unlike {@link #defaults()}), using all processors.
     *
     * @param loopCount      0 = forever, N = N plays in total
     * @param maxColors      2..256
     * @param dither         how missing colours are approximated
     * @param fuzzPercent    0..100
     * @param alphaThreshold 1..255
     */
    public GifOptions(int loopCount, int maxColors, Dither dither, double fuzzPercent, int alphaThreshold) {
        this(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, 0, 0);
    }

    /**
     * Loop forever, 256 colours, no fuzz, alpha threshold 128, dither, lossy LZW and palettes as quality
     * {@value GifQuality#DEFAULT} sets them (see {@link GifQuality}: dither by content, scene-or-frame palettes), all
     * processors.
     *
     * @return the options {@code jiffy make} uses when given none
     */
    public static GifOptions defaults() {
        return new GifOptions(0, 256, Dither.ORDERED, 0.0, 128, 0, 0, PaletteMode.FRAME, DEFAULT_KEEP_MARGIN, 0,
                true).withQuality(GifQuality.DEFAULT);
    }

    /**
     * These options with the lossy level, palette size, palette mode, keep margin, noise tolerance and dither of a
     * quality (see {@link GifQuality#apply}): set another dither after the quality to override its choice.
     *
     * @param quality 1..100; 80 is the default, 100 lossless LZW and no dithering
     * @return a copy with those options set
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public GifOptions withQuality(int quality) {
        return GifQuality.apply(this, quality);
    }

    /**
     * A copy that plays a number of times.
     *
     * @param n 0 = forever, 1..{@value #MAX_LOOP_COUNT} = that many plays in total
     * @return the copy
     */
    public GifOptions withLoopCount(int n) {
        return new GifOptions(n, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, palette, keepMargin,
                noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another palette size.
     *
     * @param n the most visible colours per palette, 2..256
     * @return the copy
     */
    public GifOptions withMaxColors(int n) {
        return new GifOptions(loopCount, n, dither, fuzzPercent, alphaThreshold, lossy, threads, palette, keepMargin,
                noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another dithering.
     *
     * @param d how colours missing from a palette are approximated
     * @return the copy
     */
    public GifOptions withDither(Dither d) {
        return new GifOptions(loopCount, maxColors, d, fuzzPercent, alphaThreshold, lossy, threads, palette,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another fuzz: how different a pixel may be from what is on screen and still count as unchanged.
     *
     * @param percent 0..100 of the largest RGB distance; 0 = only identical colours
     * @return the copy
     */
    public GifOptions withFuzzPercent(double percent) {
        return new GifOptions(loopCount, maxColors, dither, percent, alphaThreshold, lossy, threads, palette,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another alpha threshold.
     *
     * @param threshold 1..255: pixels with alpha below it become transparent
     * @return the copy
     */
    public GifOptions withAlphaThreshold(int threshold) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, threshold, lossy, threads, palette,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another lossy LZW level.
     *
     * @param level 0 (off)..{@value #MAX_LOSSY}, as gifsicle's {@code --lossy}
     * @return the copy
     */
    public GifOptions withLossy(int level) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, level, threads, palette,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another number of worker threads; the bytes written do not depend on it.
     *
     * @param n 0 = one per processor, 1 = the caller's thread only, up to {@value #MAX_THREADS}
     * @return the copy
     */
    public GifOptions withThreads(int n) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, n, palette,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another keep margin: how close the colour on screen must be for a changed pixel to keep it.
     *
     * @param margin 0..{@value #MAX_KEEP_MARGIN} units of the weighted RGB distance; higher gives smaller files
     * @return the copy
     */
    public GifOptions withKeepMargin(int margin) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, palette,
                margin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another palette sharing.
     *
     * @param mode a palette per frame, per scene, or one for the whole GIF
     * @return the copy
     */
    public GifOptions withPalette(PaletteMode mode) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, mode,
                keepMargin, noiseTolerance, strictOnFlatAreas);
    }

    /**
     * A copy with another noise tolerance: how many times a region's noise a changed pixel may differ from the colour
     * on screen and still keep it.
     *
     * @param tolerance 0 (off)..{@value #MAX_NOISE_TOLERANCE}; higher keeps more of noisy footage still
     * @return the copy
     */
    public GifOptions withNoiseTolerance(double tolerance) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, palette,
                keepMargin, tolerance, strictOnFlatAreas);
    }

    /**
     * A copy in which pixels on flat areas (whose source colour equals two of their four neighbours') are or are not
     * held to half the keep margin (at least 24 units) without the noise tolerance: there no grain or texture hides a
     * kept colour.
     *
     * @param strict true for truer flat areas, false to keep them like any other pixel (smaller files)
     * @return the copy
     */
    public GifOptions withStrictOnFlatAreas(boolean strict) {
        return new GifOptions(loopCount, maxColors, dither, fuzzPercent, alphaThreshold, lossy, threads, palette,
                keepMargin, noiseTolerance, strict);
    }
}
