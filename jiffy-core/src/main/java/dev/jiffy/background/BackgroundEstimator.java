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
     * How many frames the estimate looks at, at most, as pixels of all of them: 40 frames up to 359,511 pixels (768x432
     * and a little more), 15 at 1280x720, fewer down to {@link #MIN_FRAMES} for larger pictures. It was a memory
     * budget (192 MB at 14 bytes a pixel of each frame, fewer frames in a heap without room for them) and is kept as a
     * fixed count, the same in any heap: a GIF does not depend on the heap it was made in, and is the same as before
     * in every heap that had room for the budget's frames.
     */
    static final long FRAME_PIXELS = (192L << 20) / 14;
    /**
     * What {@link FrameStatistics#median()} holds while it counts frames read twice, bytes a pixel: 16 counters of 2
     * bytes for each of the 3 channels, and 24 bytes of ranks, bounds and result (110 MB at 1280x720).
     */
    static final long MEDIAN_BYTES_PER_PIXEL = 120;
    /** What {@link FrameStatistics#median()} holds beside frames in memory, bytes a pixel: the result's floats. */
    static final long MEDIAN_IN_MEMORY_BYTES_PER_PIXEL = 12;
    /**
     * What {@link FrameStatistics#median()} holds beside frames in memory, bytes per core: a band of counts (16,384
     * pixels of 48 counters of 2 bytes).
     */
    static final long MEDIAN_BAND_BYTES = 2L * 48 * (1 << 14);
    /** Fewer frames than this cannot tell a figure that stands from the background (it needs frames where it is not). */
    static final int MIN_FRAMES = 8;
    /**
     * What the estimate holds of each frame, bytes a pixel: its pixels (4), brought to one exposure in place, and
     * whether it is a ghost or a subject there (1).
     */
    static final long FRAME_BYTES_PER_PIXEL = 5;
    /**
     * What the estimate holds beside its frames, bytes a pixel: the medians, the background and its confidence as
     * floats, one frame's regions, labels and masks being judged, the frame being read. Fitted between measurements
     * (person_walking_static_cam, 4 s from 5 s, finding the background alone, the smallest -Xmx of 16 MB steps that
     * made it): 1280x720 (15 frames) ran out in 112 MB and was made in 128 MB; 1920x1080 (8 frames) ran out in 160
     * MB and was made in 192 MB. 32 puts them, with the JVM's 24 MB, at 123 and 173 MB.
     */
    static final long BYTES_PER_PIXEL = 32;
    /** A frame's pixel is inside a ghost (its role's bit). */
    private static final byte GHOST = 1;
    /** A frame's pixel is a subject's or next to one (its role's bit). */
    private static final byte SUBJECT = 2;

    private BackgroundEstimator() {
    }

    /**
     * How many frames of this size the estimate looks at, at most: {@link #FRAME_PIXELS}' worth, at least
     * {@link #MIN_FRAMES}; the same in any heap.
     */
    static int maxFrames(dev.jiffy.image.Size size) {
        return (int) Math.max(MIN_FRAMES, FRAME_PIXELS / size.pixels());
    }

    /**
     * Heap the estimate of {@code frames} frames of {@code size} holds at most, bytes: the frames and what it works
     * with beside them.
     */
    static long bytesNeeded(dev.jiffy.image.Size size, int frames) {
        return (frames * FRAME_BYTES_PER_PIXEL + BYTES_PER_PIXEL) * size.pixels();
    }

    /**
     * The background of frames {@code w} by {@code h}, given as their ARGB pixels, which it takes over (they are
     * brought to one exposure in place: no copy of them is held).
     */
    static BackgroundEstimate estimate(int w, int h, int[][] px) {
        int n = px.length;
        int size = w * h;
        evenExposure(w, h, px);
        float[] median = FrameStatistics.of(wrap(w, h, px)).median().toFloatArray();
        double noise = noise(px, median);
        double low = LOW_SIGMAS * noise * Math.sqrt(3);
        int minRegion = Math.max(4, (int) Math.round(MIN_REGION_FRACTION * size));

        byte[][] role = new byte[n][]; // GHOST or SUBJECT or 0, per pixel of each frame
        for (int k = 0; k < n; k++) {
            // a figure's colours overlap the background's in places: close and fill the regions so that a ghost
            // covers the whole place where the figure stands, not just the parts of it that differ
            BinaryMask differs = ConnectedComponents.fillEnclosedHoles(
                    Morphology.close(differs(px[k], median, w, h, low), StructuringElement.square(3), 1), size / 50);
            ConnectedComponents regions = ConnectedComponents.of(differs, Connectivity.EIGHT);
            boolean[] isGhost = judge(regions, px[k], median, w, h, minRegion);
            int[] labels = regions.toLabelArray();
            byte[] r = new byte[size];
            boolean[] s = new boolean[size];
            for (int i = 0; i < size; i++) {
                int l = labels[i];
                if (l != 0 && regions.size(l) >= minRegion) {
                    if (isGhost[l]) {
                        r[i] = GHOST;
                    } else {
                        s[i] = true;
                    }
                }
            }
            // a subject's outline blurs into the pixels around it (motion blur, compression): keep them out too
            boolean[] subject = Morphology.dilate(BinaryMask.wrap(w, h, s), StructuringElement.square(3), 2)
                    .toBooleanArray();
            for (int i = 0; i < size; i++) {
                if (subject[i]) {
                    r[i] |= SUBJECT;
                }
            }
            role[k] = r;
        }

        float[] bg = new float[3 * size];
        float[] confidence = new float[size];
        int[] r = new int[n];
        int[] gr = new int[n];
        int[] b = new int[n];
        for (int i = 0; i < size; i++) {
            int m = 0;
            for (int k = 0; k < n; k++) {
                if ((role[k][i] & GHOST) != 0) {
                    m = add(px[k][i], r, gr, b, m);
                }
            }
            int free = m;
            if (m == 0) {
                for (int k = 0; k < n; k++) {
                    if ((role[k][i] & SUBJECT) == 0) {
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

    /** A background given as a picture: full confidence; the noise measured on the frames' pixels against it. */
    static BackgroundEstimate withPlate(FloatRgb plate, int[][] px) {
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

    /**
     * Brings each frame to the exposure of the median of all, in place, so that a camera brightening as a dark figure
     * comes in does not make the whole picture differ.
     */
    private static void evenExposure(int w, int h, int[][] px) {
        float[] rough = FrameStatistics.of(wrap(w, h, px)).median().toFloatArray();
        for (int[] frame : px) {
            unexpose(frame, Exposure.gains(frame, rough));
        }
    }

    /** The pixels as frames, not copied: to be read only while the pixels do not change. */
    private static List<Frame> wrap(int w, int h, int[][] px) {
        return java.util.Arrays.stream(px).map(frame -> Frame.wrap(w, h, frame)).toList();
    }

    /** Divides each channel of {@code frame} by its gain, in place, rounded and clamped to 0..255. */
    private static void unexpose(int[] frame, float[] gains) {
        for (int i = 0; i < frame.length; i++) {
            int p = frame[i];
            int r = Math.min(255, Math.round(((p >> 16) & 0xFF) / gains[0]));
            int g = Math.min(255, Math.round(((p >> 8) & 0xFF) / gains[1]));
            int b = Math.min(255, Math.round((p & 0xFF) / gains[2]));
            frame[i] = (p & 0xFF000000) | r << 16 | g << 8 | b;
        }
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
