package dev.jiffy.gif;

/**
 * The one quality knob, 1..100, mapped onto the encoder's options. From {@value #SHARED_PALETTES_BELOW} up: a palette
 * per frame (the truest colours) with lossy LZW rising as quality falls; 100 is lossless LZW. Below it: palettes shared
 * by scenes ({@link PaletteMode#AUTO}), which change the fewest pixels from frame to frame and so cost far fewer bytes,
 * with lossy LZW rising again; below {@value #FULL_PALETTE_FROM}, fewer colours too.
 *
 * <p>Measured on Big Buck Bunny (from FFmpeg's Lanczos-scaled frames, SSIM in RGB), bytes / SSIM:
 * <ul>
 *   <li>480x270, 15 fps, 45 frames: per-frame palettes at lossy 15 (quality 80) 680 KB / 0.952, at lossy 22 662 KB /
 *       0.938; shared palettes at lossy 15 510 KB / 0.935. gifski 1.7.1's default: 1,007 KB / 0.949.</li>
 *   <li>640x360, 24 fps, 240 frames: per-frame at lossy 15 13.2 MB / 0.960, at lossy 22 12.7 MB / 0.950; shared at
 *       lossy 15 11.6 MB / 0.948, at lossy 30 11.0 MB / 0.931. gifski's default: 15.1 MB / 0.930.</li>
 * </ul>
 * Shared palettes lose a little SSIM where a scene's colours vary (the first clip), which is why the default,
 * {@value #DEFAULT}, keeps a palette per frame: smaller than gifski's default and higher in SSIM on both clips.
 */
public final class GifQuality {
    /** The quality {@link GifOptions#defaults()} corresponds to. */
    public static final int DEFAULT = 80;
    /** Below this quality frames share palettes. */
    static final int SHARED_PALETTES_BELOW = 75;
    /** Lossy level added per quality step, with a palette per frame (from 100) and with shared palettes. */
    private static final double LOSSY_PER_STEP = 0.75;
    /** Lossy level just below {@link #SHARED_PALETTES_BELOW}. */
    private static final int SHARED_LOSSY_START = 10;
    /** Below this quality the palette shrinks too. */
    private static final int FULL_PALETTE_FROM = 40;
    /** Colours at quality 1. */
    private static final int FEWEST_COLOURS = 32;

    private GifQuality() {
    }

    /** The lossy level for a quality: 0 at 100, 15 at the default 80, 19 at 75, then 10 at 74 up to 65 at 1. */
    public static int lossy(int quality) {
        check(quality);
        if (quality >= SHARED_PALETTES_BELOW) {
            return (int) Math.round((100 - quality) * LOSSY_PER_STEP);
        }
        return (int) Math.round(SHARED_LOSSY_START + (SHARED_PALETTES_BELOW - 1 - quality) * LOSSY_PER_STEP);
    }

    /** The palette size for a quality: 256 from {@value #FULL_PALETTE_FROM} up, down to 32 at 1. */
    public static int maxColors(int quality) {
        check(quality);
        if (quality >= FULL_PALETTE_FROM) {
            return 256;
        }
        return FEWEST_COLOURS + (256 - FEWEST_COLOURS) * (quality - 1) / (FULL_PALETTE_FROM - 1);
    }

    /** Which frames share a palette at a quality: one per frame from {@value #SHARED_PALETTES_BELOW} up. */
    public static PaletteMode palette(int quality) {
        check(quality);
        return quality >= SHARED_PALETTES_BELOW ? PaletteMode.FRAME : PaletteMode.AUTO;
    }

    /**
     * {@code base} with the lossy level, palette size and palette mode for {@code quality}; its other options (loop
     * count, dither, fuzz, alpha threshold, threads) are kept. Bytes fall as quality falls.
     *
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static GifOptions apply(GifOptions base, int quality) {
        return base.withLossy(lossy(quality)).withMaxColors(maxColors(quality)).withPalette(palette(quality));
    }

    private static void check(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100 (default " + DEFAULT
                    + ")");
        }
    }
}
