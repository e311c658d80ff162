package dev.jiffy.gif.testing;

/**
 * How close two pictures are, for tests: PSNR in dB and SSIM over the R, G and B channels of ARGB pixels (alpha is
 * ignored), so that a test compares what we wrote with what was meant by a number, not by exact equality.
 */
public final class Metrics {
    /** SSIM's window side and its constants, as in Wang et al. 2004 (K1 = 0.01, K2 = 0.03, L = 255). */
    private static final int WINDOW = 8;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private Metrics() {
    }

    /** Peak signal-to-noise ratio over RGB; {@code Double.POSITIVE_INFINITY} for identical pictures. */
    public static double psnr(int[] a, int[] b) {
        requireSameLength(a, b);
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            int p = a[i];
            int q = b[i];
            int dr = ((p >> 16) & 0xFF) - ((q >> 16) & 0xFF);
            int dg = ((p >> 8) & 0xFF) - ((q >> 8) & 0xFF);
            int db = (p & 0xFF) - (q & 0xFF);
            sum += dr * dr + dg * dg + db * db;
        }
        double mse = sum / (3.0 * a.length);
        return mse == 0 ? Double.POSITIVE_INFINITY : 10 * Math.log10(255.0 * 255.0 / mse);
    }

    /**
     * Mean structural similarity over 8x8 windows (step 4), averaged over R, G and B: 1 for identical pictures.
     * {@code width} is the pictures' width in pixels (both are {@code width} wide and {@code a.length / width} high).
     */
    public static double ssim(int[] a, int[] b, int width) {
        requireSameLength(a, b);
        if (width <= 0 || a.length % width != 0) {
            throw new IllegalArgumentException(a.length + " pixels are not rows of width " + width);
        }
        double total = 0;
        for (int shift = 16; shift >= 0; shift -= 8) {
            total += channelSsim(a, b, width, a.length / width, shift);
        }
        return total / 3;
    }

    private static double channelSsim(int[] a, int[] b, int w, int h, int shift) {
        int win = Math.min(WINDOW, Math.min(w, h));
        int step = Math.max(1, win / 2);
        double sum = 0;
        int windows = 0;
        for (int y0 = 0; y0 + win <= h; y0 += step) {
            for (int x0 = 0; x0 + win <= w; x0 += step) {
                double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
                for (int y = y0; y < y0 + win; y++) {
                    int row = y * w;
                    for (int x = x0; x < x0 + win; x++) {
                        int va = (a[row + x] >> shift) & 0xFF;
                        int vb = (b[row + x] >> shift) & 0xFF;
                        sa += va;
                        sb += vb;
                        saa += va * va;
                        sbb += vb * vb;
                        sab += va * vb;
                    }
                }
                double n = win * win;
                double ma = sa / n;
                double mb = sb / n;
                double va = saa / n - ma * ma;
                double vb = sbb / n - mb * mb;
                double cov = sab / n - ma * mb;
                sum += (2 * ma * mb + C1) * (2 * cov + C2) / ((ma * ma + mb * mb + C1) * (va + vb + C2));
                windows++;
            }
        }
        return sum / windows;
    }

    private static void requireSameLength(int[] a, int[] b) {
        if (a.length != b.length) {
            throw new IllegalArgumentException("cannot compare " + a.length + " pixels with " + b.length);
        }
    }
}
