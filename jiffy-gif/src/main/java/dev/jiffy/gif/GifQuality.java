package dev.jiffy.gif;

/**
 * The one quality knob, 1..100, mapped onto the encoder's options. From {@value #SHARED_PALETTES_BELOW} up: a palette
 * per frame (the truest colours) with lossy LZW rising as quality falls; 100 is lossless where the palette allows, and undithered (see
 * {@link #dither}).
 * Below: palettes shared by scenes ({@link PaletteMode#AUTO}), which change the fewest pixels from frame to frame and
 * so cost far fewer bytes.
 * Below {@value #STILLER_BELOW} the keep margin grows too (changed pixels keep the colour on screen when it is nearly
 * as good), the lever that removes the most bytes for the least SSIM; below {@value #FULL_PALETTE_FROM}, fewer colours.
 *
 * <p>Below 100 the keep margin also grows with each region's noise ({@link GifOptions#noiseTolerance()}), so grainy
 * and noisy footage gets smaller as quality falls while clean animation is left as it was; at 100 frames that fit
 * their palette are written exactly.
 *
 * <p>Measured with {@code bench/pareto.sh} on 3 s cuts (400-480 px) of ten kinds of footage (3D animation, handheld
 * live action, foliage, a grainy 1940 film in colour and in grey, smoke and sparks, a screencast, cel animation, a
 * static camera), from FFmpeg's Lanczos-scaled frames, SSIM in RGB; bytes Jiffy needs for gifski 1.7.1's default SSIM,
 * over gifski's bytes (2026-12-06, with texture masking in lossy LZW): 0.51x and 0.52x (Big Buck Bunny), 0.65x
 * (screencast), 0.69x (foliage), 0.70x (cel), 0.73x (film), 0.75x (live action), 0.79x (smoke), 0.82x (static camera),
 * 0.83x (grey film; 1.42x before noise-aware keeping, when every quality from 100 to 50 wrote the same lossless
 * 3.06 MB). Bytes fall at every step from 100 to 30 on every clip, quality 50 writes 0.39x to 0.59x the default's
 * bytes, and no quality is both smaller and higher in SSIM than another on any clip; the default is dominated by no
 * setting of gifski, FFmpeg or gifsicle on any of them.
 * The per-clip tables are in the README.
 */
public final class GifQuality {
    /** The quality {@link GifOptions#defaults()} corresponds to. */
    public static final int DEFAULT = 80;
    /** Below this quality frames share palettes. */
    static final int SHARED_PALETTES_BELOW = 75;
    /**
     * Lossy level added per quality step with a palette per frame (from 100): 15 at the default 80. Measured at quality
     * 80 and 90 (3 s cuts, SSIM in RGB, bytes at gifski's default SSIM): 0.4 per step gave 0.85x gifski's bytes on the
     * handheld live action (cockatoo), 0.91x on the grainy film, 0.61x on Big Buck Bunny; 0.75 gave 0.80x, 0.90x,
     * 0.61x; 1.0 gave 0.80x, 0.92x, 0.63x.
     */
    private static final double LOSSY_PER_STEP = 0.75;
    /** Lossy level added per quality step below {@link #SHARED_PALETTES_BELOW}. */
    private static final double SHARED_LOSSY_PER_STEP = 1.0;
    /** Below this quality the keep margin grows. */
    private static final int STILLER_BELOW = 80;
    /** Keep margin added per quality step below {@link #STILLER_BELOW}. */
    private static final int KEEP_MARGIN_PER_STEP = 8;
    /** Below this quality the palette shrinks too. */
    private static final int FULL_PALETTE_FROM = 40;
    /** Colours at quality 1. */
    private static final int FEWEST_COLOURS = 32;
    /**
     * Noise tolerance added per quality step below 100 (see {@link GifOptions#noiseTolerance()}). At quality 80, on the
     * handheld live action and the grey film (3 s, 480 and 400 px), 1 per step wrote 2.14 MB / SSIM 0.957 and 1.21 MB
     * / 0.984, 2 wrote 2.06 / 0.949 and 1.17 / 0.982, 3 wrote 1.99 / 0.941 and 1.13 / 0.979: all on one curve, where
     * 2 puts the default near gifski's default SSIM on both. No effect on clean animation (noise 0).
     */
    private static final double NOISE_PER_STEP = 2;
    /**
     * Noise tolerance added per quality step below {@link #STILLER_BELOW}, on top of {@link #NOISE_PER_STEP}: without
     * it quality 50 wrote 0.73x the default's bytes on the live action, where the knob's range asks for 0.6x at most;
     * with it, 0.58x.
     */
    private static final double STILLER_NOISE_PER_STEP = 2;

    private GifQuality() {
    }

    /**
     * The lossy level for a quality: 0 at 100, 15 at the default 80, 19 at 75, then 1 more per step: 44 at 50, 93 at 1.
     * It never falls as quality falls, so frames that fit their palette exactly (and so gain nothing from shared
     * palettes) still get smaller at every step.
     *
     * @param quality 1..100
     * @return the level for {@link GifOptions#withLossy}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int lossy(int quality) {
        check(quality);
        int atShared = (int) Math.round((100 - SHARED_PALETTES_BELOW) * LOSSY_PER_STEP);
        if (quality >= SHARED_PALETTES_BELOW) {
            return (int) Math.round((100 - quality) * LOSSY_PER_STEP);
        }
        return atShared + (int) Math.round((SHARED_PALETTES_BELOW - quality) * SHARED_LOSSY_PER_STEP);
    }

    /**
     * The keep margin for a quality ({@link GifOptions#keepMargin()}): {@value GifOptions#DEFAULT_KEEP_MARGIN} from
     * {@value #STILLER_BELOW} up; below, 8 more per step down plus the error lossy LZW may add at that quality (its
     * {@link #lossy} level's budget): 271 at 70, 1135 at 50, 4463 at 1.
     *
     * <p>Why the lossy budget: a changed pixel whose displayed colour is within the error the quality already accepts
     * from the lossy encoder gains nothing worth its bytes by being written again. On the screencast (JupyterLab, 3 s,
     * 480 px) without it quality 50 wrote more than 60 and 0.77x the default's bytes; with it (and frames that fit few
     * colours written with the shared palette, without tables of their own) bytes fall at every step, to 0.46x the
     * default at 50 at the same SSIM as before (0.9893 against 0.9896). On the ten clips of {@code bench/pareto.sh}
     * quality 50 now writes 9-41 % fewer bytes than before; at equal bytes its SSIM is above the old curve on eight
     * clips (by up to 0.039 on the Big Buck Bunny sample), on it for the live action (within 0.003) and 0.004-0.007
     * below it on smoke and sparks.
     *
     * @param quality 1..100
     * @return the margin for {@link GifOptions#withKeepMargin}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int keepMargin(int quality) {
        check(quality);
        if (quality >= STILLER_BELOW) {
            return GifOptions.DEFAULT_KEEP_MARGIN;
        }
        return GifOptions.DEFAULT_KEEP_MARGIN + (STILLER_BELOW - quality) * KEEP_MARGIN_PER_STEP
                + FrameEncoder.lossyError(lossy(quality));
    }

    /**
     * The noise tolerance for a quality ({@link GifOptions#noiseTolerance()}): 0 at 100, {@value #NOISE_PER_STEP} more
     * per step down, and {@value #STILLER_NOISE_PER_STEP} more again below {@value #STILLER_BELOW}: 40 at the default
     * 80, 160 at 50, 356 at 1.
     *
     * @param quality 1..100
     * @return the tolerance for {@link GifOptions#withNoiseTolerance}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static double noiseTolerance(int quality) {
        check(quality);
        return (100 - quality) * NOISE_PER_STEP + Math.max(0, STILLER_BELOW - quality) * STILLER_NOISE_PER_STEP;
    }

    /**
     * The palette size for a quality: 256 from {@value #FULL_PALETTE_FROM} up, down to 32 at 1.
     *
     * @param quality 1..100
     * @return the size for {@link GifOptions#withMaxColors}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int maxColors(int quality) {
        check(quality);
        if (quality >= FULL_PALETTE_FROM) {
            return 256;
        }
        return FEWEST_COLOURS + (256 - FEWEST_COLOURS) * (quality - 1) / (FULL_PALETTE_FROM - 1);
    }

    /**
     * Which frames share a palette at a quality: one per frame from {@value #SHARED_PALETTES_BELOW} up, one per scene
     * below.
     *
     * @param quality 1..100
     * @return the mode for {@link GifOptions#withPalette}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static PaletteMode palette(int quality) {
        check(quality);
        return quality >= SHARED_PALETTES_BELOW ? PaletteMode.FRAME : PaletteMode.AUTO;
    }

    /**
     * The dither for a quality: none at 100, ordered below. Ordered dithering's pattern is noise that the lossy LZW of
     * lower qualities smooths away; written losslessly it cost quality 100 both bytes and fidelity, so that quality 90
     * was smaller and truer on both Big Buck Bunny cuts (sample: 1.21 MB at SSIM 0.9530 against 1.12 MB at 0.9561).
     * Undithered, quality 100 is the truest setting on every clip of {@code bench/pareto.sh} (0.9637 on the sample,
     * see the README's Benchmark section), and frames that fit their palette are exact either way.
     *
     * @param quality 1..100
     * @return the dither for {@link GifOptions#withDither}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static Dither dither(int quality) {
        check(quality);
        return quality == 100 ? Dither.NONE : Dither.ORDERED;
    }

    /**
     * {@code base} with the lossy level, palette size, palette mode, keep margin, noise tolerance and dither for
     * {@code quality}; its other options (loop count, fuzz, alpha threshold, threads) are kept. Bytes fall as quality
     * falls. To choose another dither, set it after the quality.
     *
     * @param base    the options to start from
     * @param quality 1..100
     * @return a copy of {@code base} with those six options set
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static GifOptions apply(GifOptions base, int quality) {
        return base.withLossy(lossy(quality)).withMaxColors(maxColors(quality)).withPalette(palette(quality))
                .withKeepMargin(keepMargin(quality)).withNoiseTolerance(noiseTolerance(quality))
                .withDither(dither(quality));
    }

    private static void check(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100 (default " + DEFAULT
                    + ")");
        }
    }
}
