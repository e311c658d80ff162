package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/**
 * Ordered dithering for an arbitrary palette by two-colour mixing. For a source colour {@code s} with nearest entry
 * {@code p0}, the partner {@code p1} is the one among {@code p0}'s {@value #NEIGHBOURS} nearest fellow entries whose
 * segment {@code p0..p1} passes closest to {@code s}; the mixing ratio {@code t} is the projection of {@code s - p0}
 * on {@code p1 - p0}, and the pixel takes {@code p1} where the 8x8 Bayer threshold at its canvas position is below
 * {@code t}. On average the pattern reproduces {@code s}; the output depends only on the source colour and the canvas
 * position, so a pixel whose colour does not change keeps its output from frame to frame.
 */
public final class OrderedRemapper implements Remapper {
    static final int NEIGHBOURS = 4;
    /** Mixing ratios are in 1/32768ths. */
    private static final int ONE = 0x8000;
    /** Bayer 8x8 thresholds, (value + 0.5) / 64 in 1/32768ths. */
    private static final int[] BAYER = bayer8();

    private final int[] neighbours = new int[256 * NEIGHBOURS];
    private final int[] neighbourCount = new int[256];
    private final int[] distance = new int[NEIGHBOURS];
    private final ColorCache cache = new ColorCache();

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        findNeighbours(palette);
        cache.clear();
        int[] pal = palette.colors();
        int[] argb = region.argb();
        byte[] mask = region.mask();
        int w = region.width();
        int last = -1;
        int mix = 0;
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
                    int slot = ColorCache.slot(c);
                    mix = cache.get(slot, c);
                    if (mix < 0) {
                        mix = mix(c, pal, search);
                        cache.put(slot, c, mix);
                    }
                }
                int threshold = BAYER[bayerRow | ((region.x() + col) & 7)];
                out[o + col] = (byte) (threshold < (mix >>> 16) ? mix >>> 8 : mix);
            }
        }
    }

    /** {@code t << 16 | i1 << 8 | i0}: the nearest entry, its mixing partner and the partner's share. */
    private int mix(int c, int[] pal, NearestColor search) {
        int r = c >>> 16;
        int g = (c >>> 8) & 0xFF;
        int b = c & 0xFF;
        int i0 = search.nearest(r, g, b);
        int p0 = pal[i0];
        int er = r - (p0 >>> 16);
        int eg = g - ((p0 >>> 8) & 0xFF);
        int eb = b - (p0 & 0xFF);
        if (er == 0 && eg == 0 && eb == 0) {
            return i0 << 8 | i0;
        }
        // Pick the partner that removes the most error. Mixing with p1 at ratio t = min(dot/dd, 1) leaves a squared
        // error of e² - gain with gain = dot²/dd (t < 1) or 2·dot - dd (t = 1); gains are compared as fractions
        // num/den without dividing.
        long bestNum = 0;
        long bestDen = 1;
        int i1 = i0;
        int bestDot = 0;
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
            long num;
            long den;
            if (dot >= dd) {
                num = 2L * dot - dd;
                den = 1;
            } else {
                num = (long) dot * dot;
                den = dd;
            }
            if (num * bestDen > bestNum * den) {
                bestNum = num;
                bestDen = den;
                i1 = n;
                bestDot = dot;
                bestDd = dd;
            }
        }
        if (i1 == i0) {
            return i0 << 8 | i0;
        }
        int t = bestDot >= bestDd ? ONE - 1 : (int) ((long) bestDot * ONE / bestDd);
        return t << 16 | i1 << 8 | i0;
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
