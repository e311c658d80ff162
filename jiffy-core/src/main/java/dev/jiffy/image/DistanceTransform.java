package dev.jiffy.image;

/**
 * Exact Euclidean distance transform: for every pixel, the distance in pixels (between pixel centres) to the nearest
 * set pixel of a {@link BinaryMask} (SciPy's {@code distance_transform_edt} of the inverted mask). Linear time, by
 * Felzenszwalb and Huttenlocher's lower envelope of parabolas, columns then rows.
 */
final class DistanceTransform {
    private static final double FAR = 1e20;

    private DistanceTransform() {
    }

    /**
     * Distance from each pixel to the nearest set pixel of {@code mask}, row by row: 0 on set pixels,
     * {@link Float#POSITIVE_INFINITY} everywhere if none is set.
     */
    public static float[] toNearestSet(BinaryMask mask) {
        int w = mask.width();
        int h = mask.height();
        boolean[] bits = mask.bits;
        boolean any = false;
        for (boolean b : bits) {
            any |= b;
        }
        float[] out = new float[bits.length];
        if (!any) {
            java.util.Arrays.fill(out, Float.POSITIVE_INFINITY);
            return out;
        }
        double[] sq = new double[bits.length];
        int n = Math.max(w, h);
        double[] f = new double[n];
        double[] d = new double[n];
        int[] v = new int[n];
        double[] z = new double[n + 1];
        for (int x = 0; x < w; x++) {
            for (int y = 0; y < h; y++) {
                f[y] = bits[y * w + x] ? 0 : FAR;
            }
            envelope(f, h, d, v, z);
            for (int y = 0; y < h; y++) {
                sq[y * w + x] = d[y];
            }
        }
        for (int y = 0; y < h; y++) {
            System.arraycopy(sq, y * w, f, 0, w);
            envelope(f, w, d, v, z);
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (float) Math.sqrt(d[x]);
            }
        }
        return out;
    }

    /** d[q] = min over p of (q - p)² + f[p], for q in 0..n-1. */
    private static void envelope(double[] f, int n, double[] d, int[] v, double[] z) {
        int k = 0;
        v[0] = 0;
        z[0] = Double.NEGATIVE_INFINITY;
        z[1] = Double.POSITIVE_INFINITY;
        for (int q = 1; q < n; q++) {
            double s = intersection(f, q, v[k]);
            while (s <= z[k]) {
                k--;
                s = intersection(f, q, v[k]);
            }
            k++;
            v[k] = q;
            z[k] = s;
            z[k + 1] = Double.POSITIVE_INFINITY;
        }
        k = 0;
        for (int q = 0; q < n; q++) {
            while (z[k + 1] < q) {
                k++;
            }
            double dq = q - v[k];
            d[q] = dq * dq + f[v[k]];
        }
    }

    private static double intersection(double[] f, int q, int p) {
        return ((f[q] + (double) q * q) - (f[p] + (double) p * p)) / (2.0 * q - 2.0 * p);
    }
}
