package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * K-means refinement of a palette over histogram bins, started from the median-cut boxes. Each pass moves every bin
 * to the nearest of its current colour and the {@value #NEIGHBOURS} colours that were nearest to that colour at the
 * start (colours move little, so the true nearest is almost always among them), then moves each colour to the
 * weighted mean of its bins. A colour that loses all its bins keeps its value. Cost per pass: O(k² + bins · neighbours).
 */
final class KMeans {
    static final int NEIGHBOURS = 10;

    private final double[] sr = new double[256];
    private final double[] sg = new double[256];
    private final double[] sb = new double[256];
    private final double[] sw = new double[256];
    private final int[] neighbours = new int[256 * NEIGHBOURS];
    private final double[] neighbourDistance = new double[NEIGHBOURS];
    /** Centres by whole green level, then index: level << 8 | index (see {@link #findNeighbours}). */
    private final long[] byGreen = new long[256];

    /**
     * Refines {@code centres} (RGB double triples, {@code k} of them) in place.
     *
     * @param means      per bin, its mean colour (RGB double triples, see {@link MedianCut#binMeans()})
     * @param weights    per bin, its pixel count
     * @param n          the number of bins
     * @param assignment per bin, the index of its centre; updated
     */
    public void refine(double[] means, double[] weights, int n, double[] centres, int k, int[] assignment, int passes) {
        int m = Math.min(NEIGHBOURS, k - 1);
        findNeighbours(centres, k, m); // once: colours move little between passes
        for (int pass = 0; pass < passes; pass++) {
            for (int i = 0; i < k; i++) {
                sr[i] = 0;
                sg[i] = 0;
                sb[i] = 0;
                sw[i] = 0;
            }
            for (int s = 0; s < n; s++) {
                double r = means[3 * s];
                double g = means[3 * s + 1];
                double b = means[3 * s + 2];
                int a = assignment[s];
                double bestD = distance(centres, a, r, g, b);
                int best = a;
                for (int j = 0; j < m; j++) {
                    int c = neighbours[a * NEIGHBOURS + j];
                    double d = distance(centres, c, r, g, b);
                    if (d < bestD) {
                        bestD = d;
                        best = c;
                    }
                }
                assignment[s] = best;
                double w = weights[s];
                sr[best] += r * w;
                sg[best] += g * w;
                sb[best] += b * w;
                sw[best] += w;
            }
            for (int i = 0; i < k; i++) {
                if (sw[i] > 0) {
                    centres[3 * i] = sr[i] / sw[i];
                    centres[3 * i + 1] = sg[i] / sw[i];
                    centres[3 * i + 2] = sb[i] / sw[i];
                }
            }
        }
    }

    /**
     * For each centre, its {@code m} nearest other centres, nearest first (equal distances by index): the first
     * {@code m} of all the others in that order. Centres are visited outwards from each one in order of their green
     * (the heaviest weight) and a side stops once its green alone puts every centre left on it further than the
     * {@code m}-th found: on case b's frames a centre measured 62-77 of the other 254 rather than all of them, and
     * k-means took 0.87x the CPU (every fourth frame's histogram, whole frames: 0.071 s against 0.062 s, 3 runs each,
     * steady rounds). Exact: the bound is worked out with the same double operations as {@link #distance}, whose
     * rounding only ever grows with its terms, so a centre skipped is further in double arithmetic too; one as far as
     * the {@code m}-th is still measured (it may win on its index).
     */
    private void findNeighbours(double[] centres, int k, int m) {
        // by whole green level, then index: every centre from a key's level on has at least that green
        for (int i = 0; i < k; i++) {
            byGreen[i] = (long) centres[3 * i + 1] << 8 | i;
        }
        Arrays.sort(byGreen, 0, k);
        for (int at = 0; at < k; at++) {
            int i = (int) byGreen[at] & 0xFF;
            double r = centres[3 * i];
            double g = centres[3 * i + 1];
            double b = centres[3 * i + 2];
            int base = i * NEIGHBOURS;
            int count = 0;
            int up = at + 1;
            int down = at - 1;
            while (up < k || down >= 0) {
                // the side whose next centre's level is nearer; a side whose bound exceeds the m-th distance is done
                double upGap = up < k ? (byGreen[up] >>> 8) - g : Double.MAX_VALUE;
                double downGap = down >= 0 ? g - ((byGreen[down] >>> 8) + 1) : Double.MAX_VALUE;
                boolean goUp = upGap <= downGap;
                double gap = goUp ? upGap : downGap;
                if (count == m && gap > 0 && ColorMetric.WG * gap * gap > neighbourDistance[m - 1]) {
                    break;
                }
                int j = (int) byGreen[goUp ? up++ : down--] & 0xFF;
                double d = distance(centres, j, r, g, b);
                if (count == m && (d > neighbourDistance[m - 1]
                        || d == neighbourDistance[m - 1] && j > neighbours[base + m - 1])) {
                    continue;
                }
                int pos = count < m ? count++ : m - 1;
                while (pos > 0 && (neighbourDistance[pos - 1] > d
                        || neighbourDistance[pos - 1] == d && neighbours[base + pos - 1] > j)) {
                    neighbourDistance[pos] = neighbourDistance[pos - 1];
                    neighbours[base + pos] = neighbours[base + pos - 1];
                    pos--;
                }
                neighbourDistance[pos] = d;
                neighbours[base + pos] = j;
            }
        }
    }

    /** {@link ColorMetric}'s distance from centre {@code i} of {@code centres} (RGB double triples) to a colour. */
    static double distance(double[] centres, int i, double r, double g, double b) {
        double dr = r - centres[3 * i];
        double dg = g - centres[3 * i + 1];
        double db = b - centres[3 * i + 2];
        return ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db;
    }

    static int pack(double r, double g, double b) {
        return clamp(r) << 16 | clamp(g) << 8 | clamp(b);
    }

    private static int clamp(double v) {
        int i = (int) (v + 0.5);
        return i < 0 ? 0 : Math.min(i, 255);
    }
}
