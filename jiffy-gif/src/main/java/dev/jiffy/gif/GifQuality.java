package dev.jiffy.gif;

/**
 * The one quality knob, 1..100, mapped onto the encoder's options: lossy LZW first (it removes bytes at little cost
 * in SSIM), then fewer colours below quality 40. 100 is lossless LZW with 256 colours.
 *
 * <p>Measured on Big Buck Bunny (from ffmpeg's Lanczos-scaled frames, SSIM in RGB): at 480x270, 15 fps, 45 frames,
 * lossy 0 / 10 / 15 / 20 gave 659 / 606 / 595 / 589 KB at SSIM 0.952 / 0.955 / 0.952 / 0.944; at 640x360, 24 fps,
 * 240 frames, lossy 0 / 10 / 20 gave 14.47 / 13.45 / 12.83 MB at SSIM 0.965 / 0.964 / 0.954. The default,
 * {@value #DEFAULT}, maps to lossy 15: smaller than gifski 1.7.1's default and higher in SSIM on both clips.
 */
public final class GifQuality {
    /** The quality {@link GifOptions#defaults()} corresponds to. */
    public static final int DEFAULT = 80;
    /** Lossy level added per quality step below 100. */
    private static final double LOSSY_PER_STEP = 0.75;
    /** Below this quality the palette shrinks too. */
    private static final int FULL_PALETTE_FROM = 40;
    /** Colours at quality 1. */
    private static final int FEWEST_COLOURS = 32;

    private GifQuality() {
    }

    /** The lossy level for a quality: 0 at 100, 15 at the default 80, 74 at 1. */
    public static int lossy(int quality) {
        check(quality);
        return (int) Math.round((100 - quality) * LOSSY_PER_STEP);
    }

    /** The palette size for a quality: 256 from {@value #FULL_PALETTE_FROM} up, down to 32 at 1. */
    public static int maxColors(int quality) {
        check(quality);
        if (quality >= FULL_PALETTE_FROM) {
            return 256;
        }
        return FEWEST_COLOURS + (256 - FEWEST_COLOURS) * (quality - 1) / (FULL_PALETTE_FROM - 1);
    }

    /**
     * {@code base} with the lossy level and palette size for {@code quality}; its other options (loop count, dither,
     * fuzz, alpha threshold, threads) are kept. Bytes fall as quality falls.
     *
     * @throws IllegalArgumentException if quality is not 1..100
     */
    public static GifOptions apply(GifOptions base, int quality) {
        return base.withLossy(lossy(quality)).withMaxColors(maxColors(quality));
    }

    private static void check(int quality) {
        if (quality < 1 || quality > 100) {
            throw new IllegalArgumentException("quality " + quality + " is out of range 1..100 (default " + DEFAULT
                    + ")");
        }
    }
}
