package dev.jiffy.gif;

/**
 * How colours that are not in a frame's palette are approximated.
 *
 * <p>Frames whose colours all fit in the palette are never dithered: they are written exactly.
 */
public enum Dither {
    /** Each pixel takes the nearest palette colour. Smallest files; bands on smooth gradients. */
    NONE,
    /**
     * Ordered (positional) dithering with an 8x8 Bayer threshold map anchored to the canvas, mixing the two palette
     * colours that best straddle the source colour. A pixel whose source does not change keeps its output from frame to
     * frame, so still areas never shimmer, and barely-changing pixels are usually left out of the frame altogether.
     */
    ORDERED,
    /**
     * Serpentine Floyd–Steinberg error diffusion. Best single-frame fidelity, but noise-like output that costs bytes and
     * can shimmer where a video's still areas carry grain.
     */
    FLOYD_STEINBERG,
    /**
     * Per frame, by content: {@link #ORDERED} where the frame's palette is finer than its colours vary (grain seen
     * through 256 colours: the pixels miss the palette by about a level on average, and mostly miss it), else
     * {@link #NONE}; the choice depends on the frame alone, so it is the same for any thread count. What qualities 75 to
     * 99 use (see {@link GifQuality#dither}): on footage measured with SSIM, ordered dithering paid only there. For
     * smooth gradients in few colours ({@code withMaxColors(16)}), where banding shows, choose {@link #ORDERED}.
     */
    AUTO
}
