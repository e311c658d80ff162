package dev.jiffy.background;

import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.FrameStatistics;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Morphology;
import dev.jiffy.image.StructuringElement;
import java.util.Arrays;
import java.util.List;

/**
 * The background of a still-camera clip from its frames, when subjects may stand still for most of it.
 *
 * <p>A per-pixel median shows whatever is there more than half of the time: a figure that walks in and stands for
 * the second half of the clip is in it. Then, in the frames from before it arrived, its place differs from the median
 * although nothing moves there: a "ghost". Ghosts are told from subjects by their outline (the test of ghost
 * suppression in background subtraction, e.g. Cucchiara et al., "Detecting moving objects, ghosts and shadows",
 * 2003): a subject has an edge along its outline in the frame and none in the median; a ghost the other way round.
 * So, frame by frame, each region that differs from the median is judged by where its outline shows; a pixel's
 * background is then the median of the frames where it was inside a ghost (those show the scene behind the figure),
 * or, if never, of the frames where no subject covered it.
 */
final class BackgroundEstimator {
    /**
     * The median absolute deviation of Gaussian noise is 0.6745 of its standard deviation: how the noise is measured
     * from the differences to the median, robust to the few pixels where subjects are.
     */
    private static final double MAD_TO_SIGMA = 1 / 0.6745;
    /**
     * A pixel differs from the background when its RGB distance is above this many noise standard deviations. For
     * Gaussian noise the squared distance over sigma² is chi-square with 3 degrees of freedom: 3.5 sigmas is passed
     * by 0.1 % of background pixels (1 in a thousand, a few pixels a frame at 160x90, removed as specks).
     */
    static final double LOW_SIGMAS = 3.5;
    /**
     * A region is a ghost when its outline shows this many times more in the median than in the frame. On the tests'
     * figure, ghosts measure 5 to 25 and subjects below 0.3; a subject touching its own ghost (as it walks to its
     * place) measures about 1: undecided, so not taken for a ghost, whose frame would then put the subject into the
     * background.
     */
    static final double GHOST_CONTRAST = 2;
    /**
     * Floor of the noise, levels. Codecs smooth the grain away, so a compressed clip can measure about 1 level while
     * its compression blocks and exposure steps move pixels by 5 to 10: on person_walking_static_cam (320 px) a floor
     * of 1.5 let a third of the picture through as "different" in some frames; 3 lets none.
     */
    static final double MIN_NOISE = 3;
    /** Regions smaller than this fraction of the picture are noise, not subjects or ghosts (8 px at 160x90). */
    static final double MIN_REGION_FRACTION = 0.0005;

    /**
     * Memory the estimate may hold, bytes: it keeps every frame it looks at (the frames, their exposure-corrected
     * pixels, 4 bytes a pixel each, 2 bytes a pixel of judgements, and 4 more counted for the copy for the median
     * that it no longer makes), so that standing figures can be found in all of them. 40 frames of 768x432 take
     * 186 MB. In a smaller heap, what it leaves beside {@link #HEADROOM} and a median's counts.
     */
    static final long BUDGET = 192L << 20;
    /**
     * Heap the estimate leaves to the JVM, the decoder and the frames being read, bytes. Measured at 1280x720 in a
     * 256 MB heap: 15 frames (the budget's) ran out of memory; 10 frames (with a copy of each more than now) peaked
     * at 245 MB of heap before a collection. 48 MB gives 8 there, and leaves 40 frames of 640x360 as before.
     */
    static final long HEADROOM = 48L << 20;
    /**
     * What {@link FrameStatistics#median()} holds while it counts, bytes a pixel: 16 counters of 2 bytes for each of
     * the 3 channels, and 24 bytes of ranks, bounds and result (110 MB at 1280x720).
     */
    static final long MEDIAN_BYTES_PER_PIXEL = 120;
    /** Fewer frames than this cannot tell a figure that stands from the background (it needs frames where it is not). */
    static final int MIN_FRAMES = 8;

    private BackgroundEstimator() {
    }

    /**
     * How many frames of this size the estimate looks at, at most: {@link #BUDGET}'s worth, or fewer in a heap that
     * has less room beside {@link #HEADROOM} and a median's counts, and at least 8.
     *
     * @param maxMemory the heap Java may use, bytes ({@link Runtime#maxMemory()})
     */
    static int maxFrames(dev.jiffy.image.Size size, long maxMemory) {
        long room = maxMemory - HEADROOM - MEDIAN_BYTES_PER_PIXEL * size.pixels();
        return (int) Math.max(MIN_FRAMES, Math.min(BUDGET, room) / (BYTES_PER_PIXEL * size.pixels()));
    }

    /**
     * Heap the estimate of frames of {@code size} holds at most, bytes, given {@code maxMemory}: its frames
     * ({@link #maxFrames}) and a median's counts.
     */
    static long bytesNeeded(dev.jiffy.image.Size size, long maxMemory) {
        return (maxFrames(size, maxMemory) * BYTES_PER_PIXEL + MEDIAN_BYTES_PER_PIXEL) * size.pixels();
    }

    /** What the estimate holds of each frame a pixel: {@link #BUDGET}'s count. */
    private static final long BYTES_PER_PIXEL = 14;

    static BackgroundEstimate estimate(List<Frame> frames) {
        int n = frames.size();
        Frame first = frames.get(0);
        int w = first.width();
        int h = first.height();
        int size = w * h;
        int[][] px = new int[n][];
        for (int k = 0; k < n; k++) {
            px[k] = frames.get(k).toArgbArray();
        }
        // each frame brought to the exposure of the median of all, so that a camera brightening as a dark figure
        // comes in does not make the whole picture differ
        float[] rough = FrameStatistics.of(frames).median().toFloatArray();
        List<Frame> even = new java.util.ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            px[k] = unexpose(px[k], Exposure.gains(px[k], rough));
            even.add(Frame.wrap(w, h, px[k])); // read only from here on: no copy
        }
        float[] median = FrameStatistics.of(even).median().toFloatArray();
        double noise = noise(px, median);
        double low = LOW_SIGMAS * noise * Math.sqrt(3);
        int minRegion = Math.max(4, (int) Math.round(MIN_REGION_FRACTION * size));

        boolean[][] ghost = new boolean[n][];
        boolean[][] subject = new boolean[n][];
        for (int k = 0; k < n; k++) {
            // a figure's colours overlap the background's in places: close and fill the regions so that a ghost
            // covers the whole place where the figure stands, not just the parts of it that differ
            BinaryMask differs = ConnectedComponents.fillEnclosedHoles(
                    Morphology.close(differs(px[k], median, w, h, low), StructuringElement.square(3), 1), size / 50);
            ConnectedComponents regions = ConnectedComponents.of(differs, Connectivity.EIGHT);
            boolean[] isGhost = judge(regions, px[k], median, w, h, minRegion);
            int[] labels = regions.toLabelArray();
            boolean[] g = new boolean[size];
            boolean[] s = new boolean[size];
            for (int i = 0; i < size; i++) {
                int l = labels[i];
                if (l != 0 && regions.size(l) >= minRegion) {
                    if (isGhost[l]) {
                        g[i] = true;
                    } else {
                        s[i] = true;
                    }
                }
            }
            ghost[k] = g;
            // a subject's outline blurs into the pixels around it (motion blur, compression): keep them out too
            subject[k] = Morphology.dilate(BinaryMask.wrap(w, h, s), StructuringElement.square(3), 2)
                    .toBooleanArray();
        }

        float[] bg = new float[3 * size];
        float[] confidence = new float[size];
        int[] r = new int[n];
        int[] gr = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < size; i++) {
            int m = 0;
            for (int k = 0; k < n; k++) {
                if (ghost[k][i]) {
                    m = add(px[k][i], r, gr, b, m);
                }
            }
            int free = m;
            if (m == 0) {
                for (int k = 0; k < n; k++) {
                    if (!subject[k][i]) {
                        m = add(px[k][i], r, gr, b, m);
                    }
                }
                free = m;
            }
            if (m == 0) {
                bg[3 * i] = median[3 * i];
                bg[3 * i + 1] = median[3 * i + 1];
                bg[3 * i + 2] = median[3 * i + 2];
            } else {
                bg[3 * i] = median(r, m);
                bg[3 * i + 1] = median(gr, m);
                bg[3 * i + 2] = median(b, m);
            }
            confidence[i] = (float) free / n;
        }
        return new BackgroundEstimate(FloatRgb.of(w, h, bg), Mask.of(w, h, confidence), noise);
    }

    /** A background given as a picture: full confidence; the noise measured on the frames against it. */
    static BackgroundEstimate withPlate(FloatRgb plate, List<Frame> frames) {
        int[][] px = new int[frames.size()][];
        for (int k = 0; k < px.length; k++) {
            px[k] = frames.get(k).toArgbArray();
        }
        return new BackgroundEstimate(plate, Mask.filled(plate.size(), 1f), noise(px, plate.toFloatArray()));
    }

    /**
     * Noise standard deviation from the median absolute channel difference to the per-pixel median. Measured against
     * the number of frames (4 / 8 / 18 / 40 spread over the clip, before the floor): his_girl_friday_1940 3.71 at
     * every count, person_walking_static_cam 8.15 / 6.67 / 6.67 / 6.67, the bundled sample's bird 2.22 at every count
     * (so 3, the floor). Differences between pairs of frames instead (no per-pixel median to bias a small count)
     * vary far more, with how far apart the frames are (a codec copies still parts from frame to frame): 4.78 to
     * 1.62, 5.21 to 0.88, 2.39 to 0.80. A noise map per pixel (the same statistic over the frames each pixel was
     * free, pooled over 1 % of the diagonal) measured the bird's sky at the floor too, and rose to 280 levels where
     * the walk's person stands most of the clip (worst synthetic IoU 0.922 → 0.267): not kept. So what is left
     * around the bird is not its noise: errors of the background where the bird stays (the word THE, behind it most
     * of the clip, is missing from the repaired background) and the sky's slow drift (2 to 4 levels a channel).
     */
    static double noise(int[][] px, float[] median) {
        long[] histogram = new long[256];
        long count = 0;
        for (int[] frame : px) {
            for (int i = 0, j = 0; i < frame.length; i++, j += 3) {
                int p = frame[i];
                histogram[(int) Math.abs(((p >> 16) & 0xFF) - median[j])]++;
                histogram[(int) Math.abs(((p >> 8) & 0xFF) - median[j + 1])]++;
                histogram[(int) Math.abs((p & 0xFF) - median[j + 2])]++;
                count += 3;
            }
        }
        long half = (count + 1) / 2;
        long seen = 0;
        int mad = 0;
        while (mad < 255 && seen + histogram[mad] < half) {
            seen += histogram[mad];
            mad++;
        }
        // the histogram holds |d| floored to whole levels: the median sits half a level above its bin's start
        return Math.max(MIN_NOISE, (mad + 0.5) * MAD_TO_SIGMA);
    }

    private static BinaryMask differs(int[] frame, float[] reference, int w, int h, double threshold) {
        boolean[] out = new boolean[frame.length];
        double t2 = threshold * threshold;
        for (int i = 0, j = 0; i < frame.length; i++, j += 3) {
            int p = frame[i];
            double dr = ((p >> 16) & 0xFF) - reference[j];
            double dg = ((p >> 8) & 0xFF) - reference[j + 1];
            double db = (p & 0xFF) - reference[j + 2];
            out[i] = dr * dr + dg * dg + db * db > t2;
        }
        return BinaryMask.wrap(w, h, out);
    }

    /**
     * For each region, whether it is a ghost: across its outline (a pixel inside next to one outside), the median
     * changes more than the frame does. Both are measured against the median outside, the frame's noise kept out.
     */
    private static boolean[] judge(ConnectedComponents regions, int[] frame, float[] median, int w, int h,
            int minRegion) {
        int[] labels = regions.toLabelArray();
        double[] inFrame = new double[regions.count() + 1];
        double[] inMedian = new double[regions.count() + 1];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                int l = labels[i];
                if (l == 0) {
                    continue;
                }
                for (int d = 0; d < 4; d++) {
                    int nx = x + (d == 0 ? 1 : d == 1 ? -1 : 0);
                    int ny = y + (d == 2 ? 1 : d == 3 ? -1 : 0);
                    if (nx < 0 || ny < 0 || nx >= w || ny >= h || labels[ny * w + nx] != 0) {
                        continue;
                    }
                    int q = 3 * (ny * w + nx);
                    int p = frame[i];
                    inFrame[l] += Math.abs(((p >> 16) & 0xFF) - median[q]) + Math.abs(((p >> 8) & 0xFF) - median[q + 1])
                            + Math.abs((p & 0xFF) - median[q + 2]);
                    inMedian[l] += Math.abs(median[3 * i] - median[q]) + Math.abs(median[3 * i + 1] - median[q + 1])
                            + Math.abs(median[3 * i + 2] - median[q + 2]);
                }
            }
        }
        boolean[] ghost = new boolean[regions.count() + 1];
        for (int l = 1; l <= regions.count(); l++) {
            ghost[l] = regions.size(l) >= minRegion && inMedian[l] > GHOST_CONTRAST * inFrame[l];
        }
        return ghost;
    }

    /** The frame with each channel divided by its gain, rounded and clamped to 0..255. */
    private static int[] unexpose(int[] frame, float[] gains) {
        int[] out = new int[frame.length];
        for (int i = 0; i < out.length; i++) {
            int p = frame[i];
            int r = Math.min(255, Math.round(((p >> 16) & 0xFF) / gains[0]));
            int g = Math.min(255, Math.round(((p >> 8) & 0xFF) / gains[1]));
            int b = Math.min(255, Math.round((p & 0xFF) / gains[2]));
            out[i] = (p & 0xFF000000) | r << 16 | g << 8 | b;
        }
        return out;
    }

    private static int add(int argb, int[] r, int[] g, int[] b, int m) {
        r[m] = (argb >> 16) & 0xFF;
        g[m] = (argb >> 8) & 0xFF;
        b[m] = argb & 0xFF;
        return m + 1;
    }

    /** Median of the first m values (sorted in place), numpy's mean of the middle two for an even count. */
    private static float median(int[] v, int m) {
        Arrays.sort(v, 0, m);
        return m % 2 == 1 ? v[m / 2] : (v[m / 2 - 1] + v[m / 2]) / 2f;
    }
}
