package dev.jiffy.gif.quantize;

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

    /** For each centre, its {@code m} nearest other centres (ties by index), by partial insertion sort. */
    private void findNeighbours(double[] centres, int k, int m) {
        for (int i = 0; i < k; i++) {
            int count = 0;
            int base = i * NEIGHBOURS;
            for (int j = 0; j < k; j++) {
                if (j == i) {
                    continue;
                }
                double d = distance(centres, j, centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]);
                if (count == m && d >= neighbourDistance[m - 1]) {
                    continue;
                }
                int pos = count < m ? count++ : m - 1;
                while (pos > 0 && neighbourDistance[pos - 1] > d) {
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
