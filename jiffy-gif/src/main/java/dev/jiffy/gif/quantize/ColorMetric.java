package dev.jiffy.gif.quantize;

/**
 * The colour distance used for palette building and remapping: squared Euclidean distance in RGB with integer channel
 * weights {@code WR·Δr² + WG·Δg² + WB·Δb²}. Green counts most and blue least, a cheap stand-in for perceived
 * difference that keeps PSNR/SSIM (computed per RGB plane) high.
 */
public final class ColorMetric {
    public static final int WR = 2;
    public static final int WG = 3;
    public static final int WB = 2;

    private ColorMetric() {
    }

    public static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
        int dr = r1 - r2;
        int dg = g1 - g2;
        int db = b1 - b2;
        return WR * dr * dr + WG * dg * dg + WB * db * db;
    }

    public static int distance(int rgb1, int rgb2) {
        return distance((rgb1 >>> 16) & 0xFF, (rgb1 >>> 8) & 0xFF, rgb1 & 0xFF,
                (rgb2 >>> 16) & 0xFF, (rgb2 >>> 8) & 0xFF, rgb2 & 0xFF);
    }

    /**
     * The texture at pixel {@code p} of a frame: the second smallest {@link #distance(int, int)} from its colour to its
     * four neighbours. Grain, noise and foliage differ from every neighbour, so their texture is high; a pixel on a
     * straight edge, a corner or a one-pixel line has at least two neighbours of its own colour (along the edge or
     * line), so its texture stays low, unlike a mean's. (The smallest alone under-reads grain: a minimum of four.)
     * A steep gradient reads as texture too.
     *
     * @param argb   the frame, row by row (alpha ignored)
     * @param stride pixels per row
     * @param p      the pixel's index in {@code argb}
     * @return 0 for a pixel equal to two of its neighbours, and in a frame one pixel wide or high
     */
    public static int texture(int[] argb, int stride, int p) {
        return texture(argb, stride, p, p % stride);
    }

    /**
     * {@link #texture(int[], int, int)} for a caller that knows the pixel's column, which saves a division per pixel
     * in the lossy LZW encoder's inner loop.
     *
     * @param argb   the frame, row by row (alpha ignored)
     * @param stride pixels per row
     * @param p      the pixel's index in {@code argb}
     * @param x      the pixel's column, {@code p % stride} (not checked: a wrong column gives a wrong measure)
     * @return as {@link #texture(int[], int, int)}
     */
    public static int texture(int[] argb, int stride, int p, int x) {
        if (stride < 2 || argb.length < 2 * stride) {
            return 0;
        }
        int c = argb[p];
        // a neighbour past the frame's border is taken as the one opposite (mirrored), so borders are judged alike.
        // Without branches: a border seen rarely is an untaken branch to the JIT, whose first use throws away the
        // compiled loop this is inlined into (lossy LZW, the ordered ditherer). On bench/run.sh's case b that, with
        // activity below, took the encoder's deoptimisations from 17 to 7 a run and its C2 compilations from 95 to 84
        int leftEdge = (x - 1) >>> 31; // 1 in the first column
        int rightEdge = (stride - 2 - x) >>> 31; // 1 in the last
        int topEdge = (p - stride) >>> 31; // 1 in the first row
        int bottomEdge = (argb.length - 1 - stride - p) >>> 31; // 1 in the last
        int a = distance(c, argb[p - 1 + 2 * leftEdge]);
        int b = distance(c, argb[p + 1 - 2 * rightEdge]);
        int d = distance(c, argb[p - stride + 2 * stride * topEdge]);
        int e = distance(c, argb[p + stride - 2 * stride * bottomEdge]);
        // the second smallest of four: the larger of the two pairs' smaller ones, unless a pair's larger is below it
        return Math.min(Math.max(Math.min(a, b), Math.min(d, e)), Math.min(Math.max(a, b), Math.max(d, e)));
    }

    /**
     * Whether pixel {@code p} of a frame is on a flat area: {@link #texture(int[], int, int, int)} is 0, two of its four
     * neighbours (mirrored at the borders alike) having its very colour. Told by comparing colours, without the
     * distances: the keeping of changed pixels asks it of many pixels a frame (on case b, 5 s at quality 80, the
     * encoder's CPU fell 3 % from asking {@code texture}: {@code bench/encode-ab.sh}, median 1.555 s against 1.512 s).
     *
     * @param argb   the frame, row by row (alpha ignored)
     * @param stride pixels per row
     * @param p      the pixel's index in {@code argb}
     * @param x      the pixel's column, {@code p % stride} (not checked)
     * @return whether the texture there is 0
     */
    public static boolean flat(int[] argb, int stride, int p, int x) {
        if (stride < 2 || argb.length < 2 * stride) {
            return true;
        }
        int c = argb[p] & 0xFFFFFF;
        int leftEdge = (x - 1) >>> 31;
        int rightEdge = (stride - 2 - x) >>> 31;
        int topEdge = (p - stride) >>> 31;
        int bottomEdge = (argb.length - 1 - stride - p) >>> 31;
        int same = same(c, argb[p - 1 + 2 * leftEdge]) + same(c, argb[p + 1 - 2 * rightEdge])
                + same(c, argb[p - stride + 2 * stride * topEdge]) + same(c, argb[p + stride - 2 * stride * bottomEdge]);
        return same >= 2;
    }

    private static int same(int rgb, int argb) {
        return (argb & 0xFFFFFF) == rgb ? 1 : 0;
    }

    /**
     * The activity at pixel {@code p} of a frame: the mean {@link #distance(int, int)} from its colour to its four
     * neighbours (those inside the frame). High on texture and on edges alike; 0 on a flat area.
     *
     * @param argb   the frame, row by row (alpha ignored)
     * @param stride pixels per row
     * @param p      the pixel's index in {@code argb}
     * @param x      the pixel's column, {@code p % stride} (the caller knows it: no division per pixel)
     * @return 0 for a pixel equal to all its neighbours (or with none)
     */
    public static int activity(int[] argb, int stride, int p, int x) {
        int c = argb[p];
        // Without branches, as in texture: a missing neighbour is replaced by the pixel itself (distance 0) and not
        // counted
        int left = (-x) >>> 31; // 1 if there is a neighbour on the left
        int right = (x + 1 - stride) >>> 31;
        int up = (stride - 1 - p) >>> 31;
        int down = (p + stride - argb.length) >>> 31;
        int sum = distance(c, argb[p - left]) + distance(c, argb[p + right]) + distance(c, argb[p - stride * up])
                + distance(c, argb[p + stride * down]);
        return (int) ((sum * RECIPROCAL[left + right + up + down]) >>> 32);
    }

    /**
     * 2^32 / n rounded up, for n neighbours (0 to 4): {@code (sum · RECIPROCAL[n]) >>> 32} is {@code sum / n} exactly
     * for any sum of four distances (under 2^21: the rounding adds less than 2^21 · (2/3) / 2^32 to a quotient whose
     * fraction is at most 2/3), and 0 for no neighbours.
     */
    private static final long[] RECIPROCAL = {0, 1L << 32, 1L << 31, 0x55555556L, 1L << 30};
}
