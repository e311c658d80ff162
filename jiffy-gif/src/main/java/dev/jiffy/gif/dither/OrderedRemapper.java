package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/**
 * Ordered dithering for an arbitrary palette by two-colour mixing.
 *
 * <p>For each 6-bit-per-channel colour bin (once per palette) the pair is chosen at the bin centre {@code c}: its
 * nearest entry {@code p0} and, among {@code p0}'s {@value #NEIGHBOURS} nearest fellow entries, the partner
 * {@code p1} whose segment {@code p0..p1} removes the most error. For each pixel of colour {@code s} the mixing ratio
 * is then exact: {@code t} is the projection of {@code s - p0} on {@code p1 - p0} (with a small dead zone at each
 * end), and the pixel takes {@code p1} where the 8x8 Bayer threshold at its canvas position is below {@code t}. On average the pattern reproduces
 * {@code s}; the output depends only on the source colour, the palette and the canvas position, so a pixel whose
 * colour does not change keeps its output from frame to frame.
 *
 * <p>The pattern fades where the source is busy: where the pixel's mean difference from its neighbours
 * ({@link ColorMetric#activity}) is large against the distance between {@code p0} and {@code p1} (see
 * {@link #ACTIVITY_WEIGHT}), the source's own grain, foliage or edge already mixes the two colours, and an
 * added pattern only costs bytes and adds structure that is not in the source (SSIM falls). There the pixel takes the
 * nearer end of its segment; between flat and that busy, the Bayer thresholds are pulled towards the middle in
 * proportion (gifski, after libimagequant, likewise dithers less on edges and noise). The output then depends on the
 * pixel's four neighbours too, which are just as still as it is where nothing moves.
 */
public final class OrderedRemapper implements Remapper {
    static final int NEIGHBOURS = 4;
    /** Mixing ratios are in 1/32768ths. */
    private static final int ONE = 0x8000;
    /**
     * Ratios within 1/8 of either end snap to that end (the rest is stretched to 0..1): sparse dots cost bytes and
     * fidelity for little gain, while mid-way colours, where banding shows, are still mixed.
     */
    private static final int DEAD_ZONE = ONE / 8;
    /** Bayer 8x8 thresholds, (value + 0.5) / 64 in 1/32768ths. */
    private static final int[] BAYER = bayer8();
    private static final int BINS = 1 << 18;
    /**
     * How much a pixel's activity counts against its pair's squared distance (see the class comment): 8, so the
     * pattern is gone where the neighbours differ (root mean square) by about a third of the gap. Measured on the 3 s
     * cuts of {@code bench/pareto.sh} (with lossy LZW's texture masking; Q100..70), bytes at gifski's default SSIM over
     * gifski's bytes on the bunny sample, live action (cockatoo), smoke and cel animation: 4 gave 0.54, 0.74, 0.76,
     * 0.68; 16 gave 0.50, 0.73, 0.76, 0.67; 64 gave 0.49, 0.73, 0.75, 0.67; 1 (without masking, against none) 0.60,
     * 0.79, 0.84 on the first three against 0.61, 0.80, 0.86. Quality 100 gets smaller and truer too (bunny 1.18 MB /
     * SSIM 0.957 with the full pattern, 1.17 MB / 0.959 at 16). Not 64: it also drops the pattern from gradients with
     * a level of noise, where banding shows and SSIM does not see it. Not 16: with it, GifQualityTest's noisy colour
     * clip wrote 0.5 % more bytes at quality 40 than at 50 (the knob's step there is nearly flat); 8 keeps every step.
     */
    static final int ACTIVITY_WEIGHT = 8;

    private final int[] neighbours = new int[256 * NEIGHBOURS];
    private final int[] neighbourCount = new int[256];
    private final int[] distance = new int[NEIGHBOURS];
    /**
     * Per bin, packed in one long so that a lookup touches one cache line, not three (the bins are 2 MB, far beyond
     * the caches, and a new colour is a random access): the palette stamp it was filled for (bits 46..63), ONE ·
     * 2^14 / |p1 - p0|² (bits 16..45, at most 2^29) and the pair i1 << 8 | i0 (bits 0..15).
     */
    private final long[] bins = new long[BINS];
    private static final int STAMP_SHIFT = 46;
    private static final int MAX_STAMP = (1 << (64 - STAMP_SHIFT)) - 1;
    private int stamp;
    /** The frozen palette the bins were filled for: frames sharing it reuse them. */
    private Palette binsFor;

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        if (!palette.frozen() || palette != binsFor) {
            findNeighbours(palette);
            if (++stamp > MAX_STAMP) {
                java.util.Arrays.fill(bins, 0);
                stamp = 1;
            }
            binsFor = palette.frozen() ? palette : null;
        }
        int[] pal = palette.colors();
        int[] argb = region.argb();
        byte[] mask = region.mask();
        int w = region.width();
        int stride = region.stride();
        int last = -1;
        int lastT = 0;
        int lastPair = 0;
        int lastGap = 0; // |p1 - p0|² of lastPair, what damped weighs activity against
        for (int row = 0; row < region.height(); row++) {
            int cy = region.y() + row;
            int src = cy * region.stride() + region.x();
            int o = row * w;
            int bayerRow = (cy & 7) << 3;
            for (int col = 0; col < w; col++) {
                if (mask[o + col] == 0) {
                    continue;
                }
                int c = argb[src + col] & 0xFFFFFF;
                if (c != last) {
                    last = c;
                    int bin = (c >>> 18) << 12 | ((c >>> 10) & 63) << 6 | ((c >>> 2) & 63);
                    long packed = bins[bin];
                    if ((int) (packed >>> STAMP_SHIFT) != stamp) {
                        packed = fillBin(bin, pal, search);
                    }
                    lastPair = (int) packed & 0xFFFF;
                    lastT = ratio(c, lastPair, pal, (int) (packed >>> 16) & 0x3FFFFFFF);
                    lastGap = ColorMetric.distance(pal[lastPair & 0xFF], pal[lastPair >>> 8]);
                }
                int x = region.x() + col;
                int threshold = BAYER[bayerRow | (x & 7)];
                if (lastT != 0) {
                    threshold = damped(threshold, ColorMetric.activity(argb, stride, src + col, x), lastGap);
                }
                out[o + col] = (byte) (threshold < lastT ? lastPair >>> 8 : lastPair);
            }
        }
    }

    /**
     * The Bayer threshold pulled towards ONE/2 (no pattern: the nearer end) by the pixel's activity relative to its
     * pair's distance: unchanged on a flat area, ONE/2 from {@code ACTIVITY_WEIGHT · activity >= |p1 - p0|²} on.
     *
     * @param dd the pair's squared distance {@code |p1 - p0|²}, {@link ColorMetric} units
     */
    private static int damped(int threshold, int activity, int dd) {
        if (activity == 0) {
            return threshold;
        }
        long busy = (long) activity * ACTIVITY_WEIGHT;
        if (busy >= dd) {
            return ONE / 2;
        }
        return (int) (ONE / 2 + (threshold - ONE / 2) * (dd - busy) / dd);
    }

    /** The share of {@code p1} for colour {@code c}: projection of c - p0 on p1 - p0, dead zones applied, in [0, ONE). */
    private static int ratio(int c, int pair, int[] pal, int scale) {
        int i0 = pair & 0xFF;
        int i1 = pair >>> 8;
        if (i0 == i1) {
            return 0;
        }
        int p0 = pal[i0];
        int p1 = pal[i1];
        int er = (c >>> 16) - (p0 >>> 16);
        int eg = ((c >>> 8) & 0xFF) - ((p0 >>> 8) & 0xFF);
        int eb = (c & 0xFF) - (p0 & 0xFF);
        int dr = (p1 >>> 16) - (p0 >>> 16);
        int dg = ((p1 >>> 8) & 0xFF) - ((p0 >>> 8) & 0xFF);
        int db = (p1 & 0xFF) - (p0 & 0xFF);
        int dot = ColorMetric.WR * er * dr + ColorMetric.WG * eg * dg + ColorMetric.WB * eb * db;
        if (dot <= 0) {
            return 0;
        }
        long t = ((long) dot * scale) >>> 14;
        t = (t - DEAD_ZONE) * ONE / (ONE - 2 * DEAD_ZONE);
        return t <= 0 ? 0 : t >= ONE ? ONE - 1 : (int) t;
    }

    /** Chooses the pair for a bin at its centre colour; returns the bin's packed entry. */
    private long fillBin(int bin, int[] pal, NearestColor search) {
        int r = (bin >>> 12) << 2 | 2;
        int g = ((bin >>> 6) & 63) << 2 | 2;
        int b = (bin & 63) << 2 | 2;
        int i0 = search.nearest(r, g, b);
        int p0 = pal[i0];
        int er = r - (p0 >>> 16);
        int eg = g - ((p0 >>> 8) & 0xFF);
        int eb = b - (p0 & 0xFF);
        // Mixing with p1 at ratio t = min(dot/dd, 1) leaves a squared error of e² - gain, gain = dot²/dd (t < 1) or
        // 2·dot - dd (t = 1); gains are compared as fractions num/den without dividing.
        long bestNum = 0;
        long bestDen = 1;
        int i1 = i0;
        int bestDd = 1;
        int base = i0 * NEIGHBOURS;
        for (int j = 0; j < neighbourCount[i0]; j++) {
            int n = neighbours[base + j];
            int p1 = pal[n];
            int dr = (p1 >>> 16) - (p0 >>> 16);
            int dg = ((p1 >>> 8) & 0xFF) - ((p0 >>> 8) & 0xFF);
            int db = (p1 & 0xFF) - (p0 & 0xFF);
            int dot = ColorMetric.WR * er * dr + ColorMetric.WG * eg * dg + ColorMetric.WB * eb * db;
            if (dot <= 0) {
                continue;
            }
            int dd = ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db;
            long num = dot >= dd ? 2L * dot - dd : (long) dot * dot;
            long den = dot >= dd ? 1 : dd;
            if (num * bestDen > bestNum * den) {
                bestNum = num;
                bestDen = den;
                i1 = n;
                bestDd = dd;
            }
        }
        long packed = (long) stamp << STAMP_SHIFT | (long) ((ONE << 14) / bestDd) << 16 | i1 << 8 | i0;
        bins[bin] = packed;
        return packed;
    }

    /** For each entry, its nearest fellow entries (ties by index). */
    private void findNeighbours(Palette palette) {
        int n = palette.size();
        int[] pal = palette.colors();
        int m = Math.min(NEIGHBOURS, n - 1);
        for (int i = 0; i < n; i++) {
            int count = 0;
            int base = i * NEIGHBOURS;
            for (int j = 0; j < n; j++) {
                if (j == i) {
                    continue;
                }
                int d = ColorMetric.distance(pal[i], pal[j]);
                if (count == m && d >= distance[m - 1]) {
                    continue;
                }
                int pos = count < m ? count++ : m - 1;
                while (pos > 0 && distance[pos - 1] > d) {
                    distance[pos] = distance[pos - 1];
                    neighbours[base + pos] = neighbours[base + pos - 1];
                    pos--;
                }
                distance[pos] = d;
                neighbours[base + pos] = j;
            }
            neighbourCount[i] = count;
        }
    }

    private static int[] bayer8() {
        int[] m = new int[64];
        for (int y = 0; y < 8; y++) {
            for (int x = 0; x < 8; x++) {
                // bit-reversed interleave of (x xor y, y): the classic recursive Bayer matrix
                int xc = x ^ y;
                int v = 0;
                for (int bit = 0; bit < 3; bit++) {
                    v = (v << 2) | (((xc >>> bit) & 1) << 1) | ((y >>> bit) & 1);
                }
                m[y * 8 + x] = (int) ((v + 0.5) / 64 * ONE);
            }
        }
        return m;
    }
}
