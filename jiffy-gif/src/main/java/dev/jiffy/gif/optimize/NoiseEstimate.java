package dev.jiffy.gif.optimize;

import dev.jiffy.gif.quantize.ColorMetric;
import java.util.Arrays;

/**
 * How much each region of the picture changes from one frame to the next when nothing moves there: film grain, sensor
 * noise, compression shimmer. A change within it carries no picture, so it need not be written (see
 * {@link Stabilizer}), which is what keeps grainy footage small (gifski's temporal denoiser does the same with a fixed
 * threshold; here the threshold is each region's own noise).
 *
 * <p>Noise is told from motion by its lack of structure: per pixel, the change since the previous frame is high-passed
 * across the row ({@code D(x) - (D(x-1) + D(x+1)) / 2}), which cancels changes that are smooth in space (a flicker, a
 * fade, motion over smooth areas) and keeps grain, which differs from pixel to pixel. For white noise this has 1.5
 * times the variance of the change itself, so it is scaled back by 2/3 into the units of a pixel's change
 * ({@link dev.jiffy.gif.quantize.ColorMetric}). Per block of {@value #BLOCK}x{@value #BLOCK} pixels each frame gives
 * the <em>median</em> of that: edges of moving things, a minority of any block, do not move it. The block's noise is
 * the <em>smallest</em> of its last {@value #HISTORY} medians: texture moving through a block for a few frames does
 * not count, grain, present in every frame, does. A clean animation has noise 0 everywhere, so nothing changes for
 * it.
 *
 * <p>Changes are gathered into logarithmic buckets (four per octave, so a median is known within 19 %), which keeps
 * the per-pixel work to a few integer operations. Deterministic: it depends only on the frames, in order.
 */
public final class NoiseEstimate {
    /** Block side in pixels: 256 pixels give a stable median, and 16 px regions follow where grain is heavier. */
    static final int BLOCK = 16;
    private static final int SHIFT = 4;
    /**
     * Frames whose smallest median is the noise. Motion must cover more than half a block for this many frames in a
     * row to be taken for noise; at 10 to 25 fps that is 0.16 to 0.4 s.
     */
    static final int HISTORY = 4;
    /**
     * Bucket 0 holds no change (gathered, but left aside); then 4 per octave up to the largest distance recorded,
     * 7·(2·255)²·4/6 < 2^21.
     */
    private static final int BUCKETS = 1 + 4 * 21;

    private final int width;
    private final int blocksX;
    private final int blocks;
    /** Per block and bucket: pixels of the frame being gathered whose change falls in the bucket. */
    private final int[] counts;
    /** Per block: pixels of the frame being gathered that had nothing to compare with (transparent before). */
    private final int[] unknown;
    private final int[] area;
    /** The last {@value #HISTORY} frames' medians per block, oldest overwritten first. */
    private final int[][] medians = new int[HISTORY][];
    private int gathered;
    private final int[] noise;
    public NoiseEstimate(int width, int height) {
        this.width = width;
        this.blocksX = blocksAlong(width);
        int blocksY = blocksAlong(height);
        this.blocks = blocksX * blocksY;
        this.counts = new int[blocks * BUCKETS];
        this.unknown = new int[blocks];
        this.area = new int[blocks];
        for (int by = 0; by < blocksY; by++) {
            for (int bx = 0; bx < blocksX; bx++) {
                area[by * blocksX + bx] = Math.min(BLOCK, width - (bx << SHIFT)) * Math.min(BLOCK, height - (by << SHIFT));
            }
        }
        for (int i = 0; i < HISTORY; i++) {
            medians[i] = new int[blocks];
        }
        this.noise = new int[blocks];
    }

    /** Blocks along a side of {@code pixels} pixels (across a picture that wide, down one that high). */
    public static int blocksAlong(int pixels) {
        return (pixels + BLOCK - 1) >> SHIFT;
    }

    /** Blocks in a picture of {@code width} by {@code height} pixels. */
    public static int blocks(int width, int height) {
        return blocksAlong(width) * blocksAlong(height);
    }

    /** The block of pixel (x, y) in a picture {@code blocksAcross} blocks wide (see {@link #blocksAlong}). */
    public static int block(int x, int y, int blocksAcross) {
        return (y >> SHIFT) * blocksAcross + (x >> SHIFT);
    }

    /**
     * Every block's noise from the frames gathered before the current one (0 until there are any), in a new array:
     * what a frame's stabilising is given.
     */
    public int[] noiseOfBlocks() {
        return noise.clone();
    }

    /**
     * Records the changes of a frame's planned rectangle since the frames before it, as they stand on {@code screen}
     * (its source colours, before the frame is applied to it).
     */
    public void gather(int[] frame, Screen screen, FramePlan plan) {
        gather(frame, screen.source, plan.x(), plan.y(), plan.width(), plan.height());
    }

    /**
     * Records the changes of a frame's rectangle since the previous frame; pixels outside it did not change.
     *
     * @param frame    the new frame (0xAARRGGBB, canvas layout)
     * @param previous per canvas pixel the previous frame's colour (0xFFRRGGBB), 0 where there was none
     */
    public void gather(int[] frame, int[] previous, int x, int y, int w, int h) {
        // Row by row, a block's span of the row at a time. A change is 0 (and no change) outside the rectangle and
        // wherever there was nothing before, which is how neighbours outside the rectangle or with nothing before
        // count. A span whose pixels and both outer neighbours are all known and unchanged high-passes to 0 all
        // through, which adds nothing (bucket 0 is left aside), so it is skipped after a cheap test: a quarter of
        // case b's spans are. Measured on case b's 240 frames planned one after another (the plan stage's calls
        // alone, CPU time, medians of 6 alternating rounds): 488 ms with the pixel-by-pixel pass this replaced,
        // 316 ms (0.65x); spans of half a block (8 px) took 1.17x the time of whole blocks' spans.
        for (int row = y; row < y + h; row++) {
            int start = row * width + x;
            int end = start + w;
            int blockRow = (row >> SHIFT) * blocksX;
            for (int from = start, column = x; from < end; ) {
                int to = Math.min(end, from + BLOCK - (column & (BLOCK - 1))); // to the block's right edge
                if (!unchanged(frame, previous, Math.max(from - 1, start), Math.min(to + 1, end))) {
                    gatherSpan(frame, previous, start, end, from, to, blockRow + (column >> SHIFT));
                }
                column += to - from;
                from = to;
            }
        }
    }

    /** Whether every pixel from {@code from} to {@code to} (exclusive) had a colour before, and has it still. */
    private static boolean unchanged(int[] frame, int[] previous, int from, int to) {
        for (int p = from; p < to; p++) {
            int before = previous[p];
            if (before == 0 || ((frame[p] ^ before) & 0xFFFFFF) != 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records the changes of the pixels from {@code from} to {@code to} (exclusive), all in block {@code block}, of a
     * rectangle's row that runs from {@code start} to {@code end}: with a window of three pixels' changes (left,
     * centre, right), the centre's high-pass taken once its right neighbour is known. Without branches per pixel: on
     * compressed footage whether a pixel changed is a coin toss (59 % of case b's pixels did), so a pixel that did not
     * change, or had nothing before, goes through the same arithmetic to a change and a distance of 0, counted in
     * bucket 0, which endFrame leaves aside.
     */
    private void gatherSpan(int[] frame, int[] previous, int start, int end, int from, int to, int block) {
        int lr = 0;
        int lg = 0;
        int lb = 0;
        if (from > start) {
            int before = previous[from - 1];
            int now = frame[from - 1];
            int known = knownMask(before);
            lr = change(now, before, known, 16);
            lg = change(now, before, known, 8);
            lb = change(now, before, known, 0);
        }
        int before = previous[from];
        int now = frame[from];
        int centreKnown = knownMask(before);
        int cr = change(now, before, centreKnown, 16);
        int cg = change(now, before, centreKnown, 8);
        int cb = change(now, before, centreKnown, 0);
        int at = block * BUCKETS;
        for (int p = from; p < to; p++) {
            if (centreKnown == 0) { // nothing to compare with
                unknown[block]++;
            }
            int rr = 0;
            int rg = 0;
            int rb = 0;
            int rightKnown = 0;
            if (p + 1 < end) {
                before = previous[p + 1];
                now = frame[p + 1];
                rightKnown = knownMask(before);
                rr = change(now, before, rightKnown, 16);
                rg = change(now, before, rightKnown, 8);
                rb = change(now, before, rightKnown, 0);
            }
            int hr = 2 * cr - lr - rr;
            int hg = 2 * cg - lg - rg;
            int hb = 2 * cb - lb - rb;
            // (2D - L - R)² is 4 times (D - (L + R) / 2)², and 2/3 of that is in units of a pixel's change; an
            // unknown pixel's is 0
            int distance = (ColorMetric.WR * hr * hr + ColorMetric.WG * hg * hg + ColorMetric.WB * hb * hb) / 6
                    & centreKnown;
            counts[at + bucket(distance)]++;
            lr = cr;
            lg = cg;
            lb = cb;
            cr = rr;
            cg = rg;
            cb = rb;
            centreKnown = rightKnown;
        }
    }

    /** A channel's change, at bit {@code shift} of the colours; 0 where {@code known} is (nothing before). */
    private static int change(int now, int before, int known, int shift) {
        return (((now >>> shift) & 0xFF) - ((before >>> shift) & 0xFF)) & known;
    }

    /** -1 (all bits) where the previous frame had a colour, 0 where it had none. */
    private static int knownMask(int previous) {
        return (previous | -previous) >> 31;
    }

    /**
     * Ends the frame: pixels not recorded did not change. Updates each block's noise from its last medians and clears
     * the counts for the next frame.
     */
    public void endFrame() {
        int[] current = medians[gathered % HISTORY];
        gathered++;
        int history = Math.min(gathered, HISTORY);
        for (int b = 0; b < blocks; b++) {
            int known = area[b] - unknown[b];
            int median = 0;
            if (known * 2 >= area[b]) { // half the block unknown (just appeared): no evidence of noise
                int o = b * BUCKETS;
                int changed = 0;
                for (int k = 1; k < BUCKETS; k++) {
                    changed += counts[o + k];
                }
                int rank = known / 2;
                int seen = known - changed; // bucket 0: unchanged pixels
                for (int k = 1; k < BUCKETS && seen <= rank; k++) {
                    seen += counts[o + k];
                    median = lowerBound(k);
                }
            }
            current[b] = median;
            int least = median;
            for (int h = 0; h < history; h++) {
                least = Math.min(least, medians[h][b]);
            }
            noise[b] = least;
        }
        Arrays.fill(counts, 0);
        Arrays.fill(unknown, 0);
    }

    /** Bucket of a distance: 0 for none, then 4 per octave. Without branches (see {@link #gather}). */
    static int bucket(int distance) {
        int octave = 31 - Integer.numberOfLeadingZeros(distance); // -1 for 0
        // the two bits after the leading one, shifted down to bits 0-1 (up for octaves 0 and 1; 0 shifted is 0)
        int quarter = ((distance << 2) >>> octave) & 3;
        return Math.max(0, 1 + 4 * octave + quarter); // 0 gives -3
    }

    /** The smallest distance in bucket {@code k} (k >= 1). */
    static int lowerBound(int k) {
        int octave = (k - 1) >> 2;
        int quarter = (k - 1) & 3;
        return octave >= 2 ? (4 + quarter) << (octave - 2) : (4 + quarter) >> (2 - octave);
    }
}
