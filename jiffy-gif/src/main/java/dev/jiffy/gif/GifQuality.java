package dev.jiffy.gif;

/**
 * The one quality knob, 1..100, mapped onto the encoder's options. From {@value #SHARED_PALETTES_BELOW} up: a palette
 * per frame (the truest colours) with lossy LZW rising as quality falls; 100 is lossless LZW. Below it: palettes shared
 * by scenes ({@link PaletteMode#AUTO}), which change the fewest pixels from frame to frame and so cost far fewer bytes.
 * Below {@value #STILLER_BELOW} the keep margin grows too (changed pixels keep the colour on screen when it is nearly
 * as good), the lever that removes the most bytes for the least SSIM; below {@value #FULL_PALETTE_FROM}, fewer colours.
 *
 * <p>Measured on Big Buck Bunny (from FFmpeg's Lanczos-scaled frames, SSIM in RGB), bytes / SSIM at quality 80, 75,
 * 70, 60, 50:
 * <ul>
 *   <li>480x270, 15 fps, 45 frames: 680 KB / 0.952, 624 / 0.941, 473 / 0.931, 434 / 0.920, 402 / 0.906.
 *       gifski 1.7.1's default: 1,007 KB / 0.949.</li>
 *   <li>640x360, 24 fps, 240 frames: 13.2 MB / 0.960, 12.3 / 0.950, 11.0 / 0.942, 10.3 / 0.927, 9.8 / 0.911.
 *       gifski's default: 15.1 MB / 0.930.</li>
 * </ul>
 * Growing the keep margin instead of the lossy level from 80 to 70 saved 2 to 5 times the bytes for the same SSIM.
 * Shared palettes lose a little SSIM where a scene's colours vary (the first clip), which is why the default,
 * {@value #DEFAULT}, keeps a palette per frame: smaller than gifski's default and higher in SSIM on both clips.
 */
public final class GifQuality {
    /** The quality {@link GifOptions#defaults()} corresponds to. */
    public static final int DEFAULT = 80;
    /** Below this quality frames share palettes. */
    static final int SHARED_PALETTES_BELOW = 75;
    /** Lossy level added per quality step with a palette per frame (from 100). */
    private static final double LOSSY_PER_STEP = 0.75;
    /** Lossy level added per quality step with shared palettes. */
    private static final double SHARED_LOSSY_PER_STEP = 0.5;
    /** Below this quality the keep margin grows. */
    private static final int STILLER_BELOW = 80;
    /** Keep margin added per quality step below {@link #STILLER_BELOW}. */
    private static final int KEEP_MARGIN_PER_STEP = 8;
    /** Lossy level just below {@link #SHARED_PALETTES_BELOW}. */
    private static final int SHARED_LOSSY_START = 10;
    /** Below this quality the palette shrinks too. */
    private static final int FULL_PALETTE_FROM = 40;
    /** Colours at quality 1. */
    private static final int FEWEST_COLOURS = 32;

    private GifQuality() {
    }

    /**
     * The lossy level for a quality: 0 at 100, 15 at the default 80, 19 at 75, then 10 at 74 up to 47 at 1 (palettes
     * shared from 74 down already save bytes, so the lossy level starts lower there).
     *
     * @param quality 1..100
     * @return the level for {@link GifOptions#withLossy}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int lossy(int quality) {
        check(quality);
        if (quality >= SHARED_PALETTES_BELOW) {
            return (int) Math.round((100 - quality) * LOSSY_PER_STEP);
        }
        return (int) Math.round(SHARED_LOSSY_START + (SHARED_PALETTES_BELOW - 1 - quality) * SHARED_LOSSY_PER_STEP);
    }

    /**
     * The keep margin for a quality ({@link GifOptions#keepMargin()}): {@value GifOptions#DEFAULT_KEEP_MARGIN} from
     * {@value #STILLER_BELOW} up, then 8 more per step down: 208 at 60, 680 at 1.
     *
     * @param quality 1..100
     * @return the margin for {@link GifOptions#withKeepMargin}
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static int keepMargin(int quality) {
        check(quality);
        return GifOptions.DEFAULT_KEEP_MARGIN + Math.max(0, STILLER_BELOW - quality) * KEEP_MARGIN_PER_STEP;
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
     * {@code base} with the lossy level, palette size and palette mode for {@code quality}; its other options (loop
     * count, dither, fuzz, alpha threshold, threads) are kept. Bytes fall as quality falls.
     *
     * @param base    the options to start from
     * @param quality 1..100
     * @return a copy of {@code base} with those four options set
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static GifOptions apply(GifOptions base, int quality) {
        return base.withLossy(lossy(quality)).withMaxColors(maxColors(quality)).withPalette(palette(quality))
                .withKeepMargin(keepMargin(quality));
    }

    private static void check(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100 (default " + DEFAULT
                    + ")");
        }
    }
}
