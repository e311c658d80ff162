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
    /** Bucket 0 holds no change; then 4 per octave up to the largest distance recorded, 7·(2·255)²·4/6 < 2^21. */
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
        if (w == 0) {
            return; // nothing changed (the window below starts at the row's first pixel)
        }
        // One pass per row with a window of three pixels' changes (left, centre, right), the centre's high-pass taken
        // once its right neighbour is known. A change is 0 (and no change) outside the rectangle and wherever there
        // was nothing before, which is how neighbours outside the rectangle or with nothing before count.
        for (int row = y; row < y + h; row++) {
            int p = row * width + x;
            int blockRow = (row >> SHIFT) * blocksX;
            int lr = 0;
            int lg = 0;
            int lb = 0;
            boolean leftMoved = false;
            // a pixel that did not move (or had nothing before) changes by 0: its change is worked out only if it moved,
            // which on clean footage is most pixels of the rectangle
            int before = previous[p];
            int now = frame[p];
            boolean centreKnown = before != 0;
            if (!centreKnown) { // nothing to compare with
                unknown[blockRow + (x >> SHIFT)]++;
            }
            boolean centreMoved = centreKnown && ((now ^ before) & 0xFFFFFF) != 0;
            int cr = 0;
            int cg = 0;
            int cb = 0;
            if (centreMoved) {
                cr = ((now >>> 16) & 0xFF) - ((before >>> 16) & 0xFF);
                cg = ((now >>> 8) & 0xFF) - ((before >>> 8) & 0xFF);
                cb = (now & 0xFF) - (before & 0xFF);
            }
            for (int i = 0; i < w; i++) {
                int rr = 0;
                int rg = 0;
                int rb = 0;
                boolean rightMoved = false;
                boolean rightKnown = false;
                if (i + 1 < w) {
                    before = previous[p + i + 1];
                    now = frame[p + i + 1];
                    rightKnown = before != 0;
                    if (!rightKnown) {
                        unknown[blockRow + ((x + i + 1) >> SHIFT)]++;
                    } else if (((now ^ before) & 0xFFFFFF) != 0) {
                        rightMoved = true;
                        rr = ((now >>> 16) & 0xFF) - ((before >>> 16) & 0xFF);
                        rg = ((now >>> 8) & 0xFF) - ((before >>> 8) & 0xFF);
                        rb = (now & 0xFF) - (before & 0xFF);
                    }
                }
                // a pixel whose own change and whose neighbours' are all 0 high-passes to 0; unknown pixels are 0 too
                if ((leftMoved | centreMoved | rightMoved) && centreKnown) {
                    int hr = 2 * cr - lr - rr;
                    int hg = 2 * cg - lg - rg;
                    int hb = 2 * cb - lb - rb;
                    // (2D - L - R)² is 4 times (D - (L + R) / 2)², and 2/3 of that is in units of a pixel's change
                    int distance = (ColorMetric.WR * hr * hr + ColorMetric.WG * hg * hg + ColorMetric.WB * hb * hb) / 6;
                    if (distance > 0) {
                        counts[(blockRow + ((x + i) >> SHIFT)) * BUCKETS + bucket(distance)]++;
                    }
                }
                lr = cr;
                lg = cg;
                lb = cb;
                leftMoved = centreMoved;
                cr = rr;
                cg = rg;
                cb = rb;
                centreMoved = rightMoved;
                centreKnown = rightKnown;
            }
        }
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

    /** Bucket of a positive distance: 4 per octave. */
    static int bucket(int distance) {
        int octave = 31 - Integer.numberOfLeadingZeros(distance);
        int quarter = octave >= 2 ? (distance >>> (octave - 2)) & 3 : (distance << (2 - octave)) & 3;
        return 1 + 4 * octave + quarter;
    }

    /** The smallest distance in bucket {@code k} (k >= 1). */
    static int lowerBound(int k) {
        int octave = (k - 1) >> 2;
        int quarter = (k - 1) & 3;
        return octave >= 2 ? (4 + quarter) << (octave - 2) : (4 + quarter) >> (2 - octave);
    }
}
