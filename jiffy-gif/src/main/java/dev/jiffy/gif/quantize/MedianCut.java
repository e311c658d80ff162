package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * Variance-minimising median cut over histogram bins. The box with the largest weighted squared error is split along
 * its axis of largest weighted variance, at the plane that minimises the sum of the two halves' squared errors, until
 * the requested number of boxes exists or no box can be split. Bins are ordered with a counting sort on their integer
 * channel value and every box keeps its moments, so a split costs two passes over its bins plus 256 steps. Scratch
 * arrays are reused.
 */
final class MedianCut {
    private static final double[] W = {ColorMetric.WR, ColorMetric.WG, ColorMetric.WB};
    /** Per-box moments: weight, then sum and sum of squares for each channel. */
    private static final int M = 7;

    private int[] perm = new int[0];
    private int[] tmp = new int[0];
    private int[] value = new int[0]; // rounded channel values of bins, 3 per bin
    private double[] mean = new double[0]; // exact channel means of bins, 3 per bin
    private double[] weight = new double[0]; // pixel count of bins
    private final int[] boxStart = new int[256];
    private final int[] boxEnd = new int[256];
    private final double[] boxError = new double[256];
    private final double[] boxMoments = new double[256 * M];
    private final int[] bucketCount = new int[257];
    /** Per channel value of the split axis: the moments of the bins having it. */
    private final double[] buckets = new double[256 * M];
    private final double[] left = new double[M];
    private final double[] bestLeft = new double[M];
    private int splitAt;

    /**
     * Builds at most {@code maxColors} colours from the histogram.
     *
     * @param out        receives the box means (double RGB triples)
     * @param assignment receives, per histogram bin, the index of the box holding it
     * @return the number of colours produced
     */
    public int build(ColorHistogram h, int maxColors, double[] out, int[] assignment) {
        int n = h.size();
        if (perm.length < n) {
            // grown by half again at least: frames' bin counts creep up, and growing to each new count exactly
            // allocated 4.5 MB per frame of case b (95 MB a run, by JFR's allocation samples)
            int length = Math.max(n, perm.length + perm.length / 2);
            perm = new int[length];
            tmp = new int[length];
            value = new int[3 * length];
            mean = new double[3 * length];
            weight = new double[length];
        }
        double[] total = new double[M];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
            double c = h.count(i);
            weight[i] = c;
            total[0] += c;
            mean[3 * i] = h.meanR(i);
            mean[3 * i + 1] = h.meanG(i);
            mean[3 * i + 2] = h.meanB(i);
            for (int a = 0; a < 3; a++) {
                double m = mean[3 * i + a];
                value[3 * i + a] = (int) (m + 0.5);
                total[1 + 2 * a] += c * m;
                total[2 + 2 * a] += c * m * m;
            }
        }
        int boxes = 1;
        boxStart[0] = 0;
        boxEnd[0] = n;
        System.arraycopy(total, 0, boxMoments, 0, M);
        boxError[0] = error(boxMoments, 0);
        while (boxes < maxColors) {
            int pick = -1;
            double worst = 0;
            for (int i = 0; i < boxes; i++) {
                if (boxEnd[i] - boxStart[i] > 1 && boxError[i] > worst) {
                    worst = boxError[i];
                    pick = i;
                }
            }
            if (pick < 0) {
                break;
            }
            if (!split(pick)) {
                boxError[pick] = 0; // cannot split: all its bins share their rounded colour
                continue;
            }
            boxStart[boxes] = splitAt;
            boxEnd[boxes] = boxEnd[pick];
            boxEnd[pick] = splitAt;
            for (int k = 0; k < M; k++) {
                boxMoments[boxes * M + k] = boxMoments[pick * M + k] - bestLeft[k];
                boxMoments[pick * M + k] = bestLeft[k];
            }
            boxError[pick] = error(boxMoments, pick);
            boxError[boxes] = error(boxMoments, boxes);
            boxes++;
        }
        for (int i = 0; i < boxes; i++) {
            double w = boxMoments[i * M];
            for (int a = 0; a < 3; a++) {
                out[3 * i + a] = boxMoments[i * M + 1 + 2 * a] / w;
            }
            for (int k = boxStart[i]; k < boxEnd[i]; k++) {
                assignment[perm[k]] = i;
            }
        }
        return boxes;
    }

    /**
     * The exact mean colours of the histogram's bins as of the last {@link #build}: red, green and blue of bin i at
     * 3i..3i+2 (so that k-means need not divide them out again on every pass).
     */
    double[] binMeans() {
        return mean;
    }

    /** The pixel counts of the histogram's bins as of the last {@link #build}. */
    double[] binWeights() {
        return weight;
    }

    /** Weighted squared error of a box around its mean, from its moments. */
    private static double error(double[] moments, int box) {
        int o = box * M;
        double w = moments[o];
        if (w <= 0) {
            return 0;
        }
        double e = 0;
        for (int a = 0; a < 3; a++) {
            double s = moments[o + 1 + 2 * a];
            e += W[a] * (moments[o + 2 + 2 * a] - s * s / w);
        }
        return Math.max(e, 0);
    }

    /** Reorders the box's bins along its best axis and finds the best plane; false if it cannot be split. */
    private boolean split(int box) {
        int from = boxStart[box];
        int to = boxEnd[box];
        int o = box * M;
        double w = boxMoments[o];
        int axis = 0;
        double best = -1;
        for (int a = 0; a < 3; a++) {
            double s = boxMoments[o + 1 + 2 * a];
            double var = W[a] * (boxMoments[o + 2 + 2 * a] - s * s / w);
            if (var > best) {
                best = var;
                axis = a;
            }
        }
        // counting sort by the axis value, collecting per-value moments (buckets are all 0 here: each split clears the
        // values it used, lo..hi, rather than all 256 of them)
        Arrays.fill(bucketCount, 0);
        int lo = 255;
        int hi = 0;
        for (int k = from; k < to; k++) {
            int s = perm[k];
            int v = value[3 * s + axis];
            bucketCount[v + 1]++;
            lo = Math.min(lo, v);
            hi = Math.max(hi, v);
            double c = weight[s];
            int b = v * M;
            buckets[b] += c;
            for (int a = 0; a < 3; a++) {
                double m = mean[3 * s + a];
                buckets[b + 1 + 2 * a] += c * m;
                buckets[b + 2 + 2 * a] += c * m * m;
            }
        }
        if (lo == hi) {
            Arrays.fill(buckets, lo * M, (hi + 1) * M, 0);
            return false;
        }
        for (int v = 0; v < 256; v++) {
            bucketCount[v + 1] += bucketCount[v];
        }
        for (int k = from; k < to; k++) {
            int s = perm[k];
            tmp[from + bucketCount[value[3 * s + axis]]++] = s;
        }
        System.arraycopy(tmp, from, perm, from, to - from);
        // bucketCount[v] is now the end (relative to from) of the bins with value v; sweep the planes lo..hi-1
        Arrays.fill(left, 0);
        double bestError = Double.MAX_VALUE;
        splitAt = -1;
        for (int v = lo; v < hi; v++) {
            int b = v * M;
            if (buckets[b] == 0) {
                continue;
            }
            for (int k = 0; k < M; k++) {
                left[k] += buckets[b + k];
            }
            double lw = left[0];
            double rw = w - lw;
            double e = 0;
            for (int a = 0; a < 3; a++) {
                double ls = left[1 + 2 * a];
                double rs = boxMoments[o + 1 + 2 * a] - ls;
                double lq = left[2 + 2 * a];
                double rq = boxMoments[o + 2 + 2 * a] - lq;
                e += W[a] * (lq - ls * ls / lw + rq - rs * rs / rw);
            }
            if (e < bestError) {
                bestError = e;
                splitAt = from + bucketCount[v];
                System.arraycopy(left, 0, bestLeft, 0, M);
            }
        }
        Arrays.fill(buckets, lo * M, (hi + 1) * M, 0);
        return splitAt > from && splitAt < to;
    }
}
