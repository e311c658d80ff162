package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/**
 * Dithering chosen per frame by its content: each frame is first mapped to its nearest palette colours, and mapped
 * again with {@link OrderedRemapper} when the palette is <em>finer</em> than the frame's colours vary: the written
 * pixels miss the palette by little on average (at most {@link #MAX_MEAN_ERROR}) and yet mostly miss it (fewer than
 * {@link #MAX_EXACT_SHARE} hit a palette colour exactly). That is grain seen through a dense palette (a black-and-white
 * film stored in colour: 256 colours for near-greys with a tint that wanders from pixel to pixel). Nearest mapping
 * follows each wobble of such a pixel to another of the close palette colours; the ordered ditherer maps a whole
 * 4-level colour bin onto one pair of colours (the pair's nearer end where the source is busy, a mix on smooth areas),
 * steadier from frame to frame, and so it was both smaller and truer there. Where the palette is coarse against the
 * frame (colourful footage: a mean error of 17 and more on every other clip measured) the pattern costs bytes and
 * SSIM, and where the palette holds most pixels exactly (screencasts, test patterns) there is nothing for it to do but
 * add a pattern to anti-aliased edges; both stay undithered.
 *
 * <p>The choice depends only on the frame's written pixels and its palette, so it is the same for any thread count.
 * The nearest mapping measures its error as it goes ({@link NearestRemapper#error()}), so an undithered frame costs no
 * more than {@link dev.jiffy.gif.Dither#NONE}'s; a dithered one costs one more remap.
 */
public final class AutoRemapper implements Remapper {
    /**
     * The largest mean error (ColorMetric units, nearest palette colour, over the pixels a frame writes) at which the
     * frame is dithered: 8, a little over one level on each channel. Measured per remapped frame at quality 80 on the
     * 3 s cuts of {@code bench/pareto.sh} (2026-12-07; undithered against ordered for the whole clip): the colour film
     * 4.2-4.8 (ordered wins: 976,099 bytes / SSIM 0.9765 against 1,040,917 / 0.9757), its grey cut 9.6-10.6 (neither
     * wins: 918,946 / 0.9775 ordered, 915,520 / 0.9776 undithered), live action 21.7-51.5, smoke 21.8-53.3, the
     * static camera 24.3-43.9, cel animation 42.0-63.4, the two Big Buck Bunny cuts 67.3-150.3, foliage 105.7-127.7:
     * ordered lost on each of those, 0.6-2.5 % more bytes at an SSIM 0.0003-0.0029 lower.
     */
    static final int MAX_MEAN_ERROR = 8;
    /**
     * The share of written pixels the palette holds exactly from which a frame stays undithered: 1/2. The colour
     * film's frames hold 0.21-0.33 exactly. The screencast's remapped frames (text and anti-aliased edges on flat
     * colour) 0.07-0.93 with mean errors of 0.7-21.3, where ordered dithering took the default from SSIM 0.9974 to
     * 0.9845 (dominated by gifski); the colour bars (smpte) 0.18-0.86 with 3.9-31.6, ordered 0.9860 to 0.9816. With
     * both limits 1 of the screencast's 6 remapped frames and 4 of the test card's 38 are dithered, and neither
     * clip's default moves by more than 0.0003 of SSIM or 0.05 % of bytes.
     */
    static final double MAX_EXACT_SHARE = 0.5;

    private final NearestRemapper nearest = new NearestRemapper();
    private final OrderedRemapper ordered = new OrderedRemapper();

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        nearest.remap(region, palette, search, out);
        if (finerThanContent(nearest.written(), nearest.exact(), nearest.error())) {
            ordered.remap(region, palette, search, out);
        }
    }

    /**
     * Whether written pixels, mapped to their nearest colours, ask for dithering (see above).
     *
     * @param written how many pixels the frame writes
     * @param exact   how many of them the palette holds exactly
     * @param error   their summed distance to their nearest palette colours ({@link ColorMetric} units)
     */
    static boolean finerThanContent(long written, long exact, long error) {
        return written > 0 && exact < MAX_EXACT_SHARE * written && error <= (long) MAX_MEAN_ERROR * written;
    }
}
