package dev.jiffy.gif;

/** Deterministic synthetic test frames, packed 0xAARRGGBB. */
final class SyntheticFrames {
    private SyntheticFrames() {
    }

    /**
     * A photograph-like frame: a smooth two-axis gradient (sky to sunset), a vignette, per-pixel noise of ±amplitude,
     * a shaded disc that moves with {@code t} and a fixed striped rectangle.
     */
    static int[] photo(int w, int h, double t, int noise, long seed) {
        int[] argb = new int[w * h];
        double cx = w * (0.2 + 0.6 * t);
        double cy = h * (0.5 + 0.2 * Math.sin(t * Math.PI * 2));
        double radius = Math.min(w, h) * 0.18;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = (double) x / w;
                double v = (double) y / h;
                double r = 40 + 200 * v + 15 * u;
                double g = 80 + 90 * v * (1 - u) + 40 * u;
                double b = 220 - 150 * v + 20 * u;
                double dx = u - 0.5;
                double dy = v - 0.5;
                double vignette = 1 - 0.5 * (dx * dx + dy * dy);
                r *= vignette;
                g *= vignette;
                b *= vignette;
                double ddx = x - cx;
                double ddy = y - cy;
                double d = Math.sqrt(ddx * ddx + ddy * ddy);
                if (d < radius) {
                    double shade = 0.55 + 0.45 * (1 - d / radius) - 0.2 * ddx / radius;
                    r = 230 * shade;
                    g = 190 * shade;
                    b = 60 * shade;
                }
                if (x > w * 0.65 && x < w * 0.9 && y > h * 0.15 && y < h * 0.4) {
                    boolean stripe = ((x + y) / 4) % 2 == 0;
                    r = stripe ? 30 : 200;
                    g = stripe ? 120 : 40;
                    b = stripe ? 60 : 90;
                }
                int n = noise == 0 ? 0 : (int) (hash(x, y, seed) % (2 * noise + 1)) - noise;
                argb[y * w + x] = 0xFF000000 | clamp(r + n) << 16 | clamp(g + n) << 8 | clamp(b + n);
            }
        }
        return argb;
    }

    /** A frame of {@code colours.length} flat vertical bands. */
    static int[] bands(int w, int h, int... colours) {
        int[] argb = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                argb[y * w + x] = colours[x * colours.length / w];
            }
        }
        return argb;
    }

    /** Exactly {@code n} distinct opaque colours scattered over the frame. */
    static int[] distinctColours(int w, int h, int n, long seed) {
        int[] palette = new int[n];
        for (int i = 0; i < n; i++) {
            palette[i] = 0xFF000000 | (int) (hash(i, 7, seed) & 0xFFFFFF);
        }
        // de-duplicate by walking the low bits (rare)
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < i; j++) {
                if (palette[j] == palette[i]) {
                    palette[i] ^= 1 + i;
                    j = -1;
                }
            }
        }
        int[] argb = new int[w * h];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = palette[p < n ? p : (int) (hash(p, 3, seed) % n)];
        }
        return argb;
    }

    static long hash(long x, long y, long seed) {
        long z = x * 0x9E3779B97F4A7C15L + y * 0xC2B2AE3D27D4EB4FL + seed * 0x165667B19E3779F9L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return (z ^ (z >>> 31)) & Long.MAX_VALUE;
    }

    static int clamp(double v) {
        int i = (int) Math.round(v);
        return i < 0 ? 0 : Math.min(i, 255);
    }
}
