package dev.jiffy.gif.optimize;

import java.util.Arrays;

/**
 * How much each region of the picture changes from one frame to the next when nothing moves there: film grain, sensor
 * noise, compression shimmer. A change within it carries no picture, so it need not be written (see
 * {@link Stabilizer}), which is what keeps grainy footage small (gifski's temporal denoiser does the same with a fixed
 * threshold; here the threshold is each region's own noise).
 *
 * <p>Per block of {@value #BLOCK}x{@value #BLOCK} pixels, each frame gives the <em>median</em> change of the block's
 * pixels since the previous frame, in {@link dev.jiffy.gif.quantize.ColorMetric} units: something moving over less
 * than half of a block does not move its median. The block's noise is the <em>smallest</em> of its last
 * {@value #HISTORY} medians: motion that crosses a block for a few frames does not count, grain, present in every
 * frame, does. A clean animation has noise 0 everywhere, so nothing changes for it.
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
    /** Bucket 0 holds no change; then 4 per octave up to the largest ColorMetric distance, 7·255² < 2^19. */
    private static final int BUCKETS = 1 + 4 * 20;

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
        this.blocksX = (width + BLOCK - 1) >> SHIFT;
        int blocksY = (height + BLOCK - 1) >> SHIFT;
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

    /** The block of pixel (x, y). */
    public int block(int x, int y) {
        return (y >> SHIFT) * blocksX + (x >> SHIFT);
    }

    /** Number of blocks. */
    public int blocks() {
        return blocks;
    }

    /** The block noise of the frames gathered before the current one, 0 until there are any. */
    public int noise(int block) {
        return noise[block];
    }

    /** Records that a pixel of {@code block} changed by {@code distance} (ColorMetric units) since the last frame. */
    public void change(int block, int distance) {
        if (distance > 0) {
            counts[block * BUCKETS + bucket(distance)]++;
        }
    }

    /** Records that a pixel of {@code block} had no colour to compare with (the screen was transparent there). */
    public void unknown(int block) {
        unknown[block]++;
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
        if (System.getenv("JQ_DEBUG") != null) { // TUNING
            long sum = 0; long sumM = 0; for (int b = 0; b < blocks; b++) { sum += noise[b]; sumM += current[b]; }
            System.err.println("noise mean " + sum / blocks + " median-now mean " + sumM / blocks);
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
