package dev.jiffy.gif.optimize;

import dev.jiffy.gif.quantize.ColorMetric;

/**
 * After remapping: decides, per written pixel, between the new palette colour and what is already displayed, records
 * the source colours on the {@link Screen}, and trims the rectangle to the pixels that still carry colour. What the
 * written pixels display is the caller's to show, once LZW has settled it (see {@link Screen#displayed()}).
 *
 * <p>A pixel keeps what is displayed (gets the transparent index) when the displayed colour is, within
 * {@code margin}, as close to the new source colour as the newly chosen colour. With margin 0 that only ever lowers
 * the error; a small margin trades a little fidelity for stability (grain and barely-changing areas stop shimmering)
 * and smaller frames. Either way the screen's source colour becomes the new one, so the next comparison is with what
 * this pixel now stands for.
 *
 * <p>On noisy footage the margin also grows, per region, by a multiple of the region's noise (see
 * {@link NoiseEstimate}, measured by the plan stage from the frames before this one, which depend only on the source
 * frames and their plans, so that the ordered stage that runs this does not also measure it): grain that changes every
 * pixel a little in every frame is then kept still where the picture does not really change, while clean regions keep
 * the plain margin.
 *
 * <p>Where asked to be strict on flat areas, a pixel on a flat area (its source colour equal to two of its four
 * neighbours', {@link ColorMetric#flat}) keeps its displayed colour only within half the margin and without the
 * noise tolerance: there no grain or texture hides a colour that is a little off, and SSIM, like the eye, counts such a
 * pixel on a flat area as structure. On the test card (colour bars scrolling under H.264 noise, 3 s, 480 px) quality 80
 * fell from SSIM 0.991 in the first frame to 0.95 by the 20th as the bars' edge colours were kept on the flat bars
 * behind them: 353,495 bytes / SSIM 0.9645, dominated by gifski's quality 70 (330,226 / 0.9713). Without the noise
 * tolerance there, 351,945 / 0.9711; with half the margin too, 363,077 / 0.9778. A quarter of the margin gave 384,683 /
 * 0.9829, and the grey film's quality 80 977,698 bytes (972,474 with half, 930,171 with the whole margin); with none,
 * bytes at gifski's SSIM went from 0.55x to 0.64x on the screencast and from 0.74x to 0.76x on the grey film, over
 * the 0.75x aim (see {@link dev.jiffy.gif.GifQuality#strictOnFlatAreas} for half's effect on the twelve clips).
 */
public final class Stabilizer {
    /** On flat areas, where strict, the margin is divided by this (measured: see the class comment). */
    private static final int FLAT_MARGIN_DIVISOR = 2;
    /**
     * ...but not below this, half of quality 90's margin, {@link dev.jiffy.gif.GifOptions#DEFAULT_KEEP_MARGIN}: at
     * 95 (margin 24) half the margin made the test card truer than at 100, which must stay the truest setting (see
     * {@link dev.jiffy.gif.GifQuality#strictOnFlatAreas}).
     */
    private static final int FLAT_MARGIN_FLOOR = 24;
    private final Screen screen;
    /** Noise blocks across the picture (see {@link NoiseEstimate#block(int, int, int)}). */
    private final int blocksAcross;
    /** Per block: the margin for this frame plus {@code noiseTolerance} times the block's noise. */
    private final int[] allowance;

    public Stabilizer(Screen screen) {
        this.screen = screen;
        this.blocksAcross = NoiseEstimate.blocksAlong(screen.width());
        this.allowance = new int[NoiseEstimate.blocks(screen.width(), screen.height())];
    }

    /**
     * @param indices     per rectangle pixel, the chosen palette index (masked pixels) — rewritten in place: the
     *                    transparent index for kept and unwritten pixels, and compacted to the returned rectangle
     * @param palette     the frame's colours (0xRRGGBB)
     * @param transparent the transparent index, or -1 if the frame has none (then nothing can be kept or trimmed)
     * @param margin      the keep margin, ColorMetric units (0 for frames written exactly)
     * @param noiseTolerance the margin added per unit of a region's noise (0 for frames written exactly)
     * @param noise       per block, the noise of the frames before this one ({@link NoiseEstimate#noiseOfBlocks()})
     * @param strictOnFlatAreas whether pixels on flat areas get half the margin and none of the noise's
     * @param trim        whether the rectangle may shrink (not for the first frame, nor when it must cover pixels to
     *                    clear with disposal 2)
     * @return the rectangle to write, {@code indices} holding its pixels row by row
     */
    public Rect apply(int[] frame, FramePlan plan, byte[] indices, int[] palette, int transparent, int margin,
            double noiseTolerance, int[] noise, boolean strictOnFlatAreas, boolean trim) {
        for (int b = 0; b < allowance.length; b++) {
            allowance[b] = margin + (int) Math.min(Integer.MAX_VALUE / 2, noiseTolerance * noise[b]);
        }
        int flatMargin = Math.min(margin, Math.max(margin / FLAT_MARGIN_DIVISOR, FLAT_MARGIN_FLOOR));
        int width = screen.width();
        int rw = plan.width();
        int rh = plan.height();
        byte[] mask = plan.mask();
        int x0 = rw;
        int x1 = -1;
        int y0 = rh;
        int y1 = -1;
        for (int row = 0; row < rh; row++) {
            int p = (plan.y() + row) * width + plan.x();
            int o = row * rw;
            for (int i = 0; i < rw; i++, p++) {
                if (mask[o + i] == 0) {
                    indices[o + i] = (byte) transparent;
                    continue;
                }
                int block = NoiseEstimate.block(plan.x() + i, plan.y() + row, blocksAcross);
                int colour = palette[indices[o + i] & 0xFF];
                int source = frame[p] & 0xFFFFFF;
                int shown = screen.shown[p];
                screen.standFor(p, source);
                if (transparent >= 0 && shown != 0
                        && keeps(frame, p, plan.x() + i, shown, colour, source, flatMargin, allowance[block],
                                strictOnFlatAreas)) {
                    indices[o + i] = (byte) transparent;
                } else {
                    if (i < x0) {
                        x0 = i;
                    }
                    if (i > x1) {
                        x1 = i;
                    }
                    if (row < y0) {
                        y0 = row;
                    }
                    y1 = row;
                }
            }
        }
        if (!trim || transparent < 0) {
            return new Rect(plan.x(), plan.y(), rw, rh);
        }
        if (x1 < 0) {
            return new Rect(plan.x(), plan.y(), 1, 1); // nothing left to draw: one transparent pixel keeps the delay
        }
        int nw = x1 - x0 + 1;
        int nh = y1 - y0 + 1;
        if (nw != rw || nh != rh) {
            for (int row = 0; row < nh; row++) {
                System.arraycopy(indices, (y0 + row) * rw + x0, indices, row * nw, nw);
            }
        }
        return new Rect(plan.x() + x0, plan.y() + y0, nw, nh);
    }

    /**
     * Whether a pixel keeps its displayed colour: when that is within {@code allowance} (the margin and its region's
     * noise) of the new choice's closeness, or, strict on flat areas, within {@code flatMargin} (half the margin, no
     * less than {@link #FLAT_MARGIN_FLOOR}, no more than the margin: worked out once a frame) wherever the pixel is
     * flat. Flatness is looked at only between the two.
     */
    private boolean keeps(int[] frame, int p, int x, int shown, int colour, int source, int flatMargin, int allowance,
            boolean strictOnFlatAreas) {
        int kept = ColorMetric.distance(shown, source);
        int chosen = ColorMetric.distance(colour, source);
        if (!strictOnFlatAreas) {
            return kept <= chosen + allowance;
        }
        if (kept <= chosen + flatMargin) {
            return true;
        }
        return kept <= chosen + allowance && !ColorMetric.flat(frame, screen.width(), p, x);
    }
}
