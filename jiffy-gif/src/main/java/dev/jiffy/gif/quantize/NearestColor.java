package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * Exact nearest-palette-colour search under {@link ColorMetric}, fast enough for every pixel of every frame.
 *
 * <p>RGB space is cut into cells. The first time a cell is asked about (per palette) it gets the list of palette
 * entries that can be nearest to <em>some</em> point of the cell: with {@code c} the cell centre, {@code r} its radius
 * and {@code d0} the distance from {@code c} to its nearest entry, an entry {@code p} qualifies only if
 * {@code |c - p| <= d0 + 2r} (triangle inequality). Lists are sorted by each entry's least distance to the cell (to
 * the cell's nearest point, worked out exactly in integers), so a lookup stops as soon as that exceeds the best
 * distance found. The sphere around the centre bounded lists before ({@code (|c - p| - r)²}, in order of
 * {@code |c - p|}): the cell itself is tighter, and on case b's frames a coarse lookup tests 4.5-8 entries rather than
 * 6.5-12, a fine one 2.2-3.3 rather than 2.7-4.3; a frame's remap to its own palette took 0.88x the CPU (0.87-0.89x a
 * round), to a scene's 0.95x (every fourth frame of case b, whole frames, alternating rounds).
 *
 * <p>There are two levels: coarse cells (16 levels per channel) filter the whole palette; fine cells (8 levels)
 * filter only their coarse parent's list, or simply share it when it is already short. Lookups in a
 * {@linkplain Palette#frozen() frozen} palette use fine cells: it is asked about frame after frame, and the shorter
 * lists soon repay their building. Lookups in any other palette (a frame's own, asked about by one frame) use the
 * coarse lists as they are: on case b's own palettes a frame's remap then took 0.83x the CPU it took through fine
 * cells (every fourth frame, whole frames, alternating rounds), as the fine lists cost more to build (a few thousand
 * a frame) and to reach (a table eight times the size) than their shorter scans save. With one palette for all frames
 * the fine cells take 0.84x the coarse lists' CPU. (With the sphere's bounds, own palettes: coarse lists alone took
 * 0.95x the CPU of both levels; fine cells built only for a coarse cell's lookups after its 16th, 64th or 256th,
 * 0.97x, 1.0x and 0.97x.)
 */
public final class NearestColor {
    /** A coarse list this short is used as is by its fine cells. */
    private static final int SHARE_LIMIT = 4;
    private static final int MAX_POOL = 1 << 23;

    private final int[] pr = new int[256];
    private final int[] pg = new int[256];
    private final int[] pb = new int[256];
    private int size;
    /** The palette's indices by green, then index (see {@link #buildCoarse}). */
    private final int[] byGreen = new int[256];

    /** Per cell: stamp (high 32 bits) | list start in pool (23 bits) | list length (9 bits). */
    private final long[] coarse = new long[1 << 12];
    private final long[] fine = new long[1 << 15];
    private int stamp = 1;
    /** Lists: pairs of (the least distance from any point of the cell, index << 24 | rgb), by that distance. */
    private int[] pool = new int[1 << 15];
    private int poolLength;
    /**
     * The frozen palette the cells are built for, or null: a frozen palette never changes, so setting it again keeps
     * the cells (a scene's palette is asked about by every frame of the scene), and its lookups use fine cells.
     */
    private Palette frozen;

    private final long[] keys = new long[256];

    private static final double SQRT_W = Math.sqrt(ColorMetric.WR + ColorMetric.WG + ColorMetric.WB);
    /**
     * Cell radii in doubled units: a cell of side s reaches (s - 1) / 2 levels per channel from its centre, which is
     * s - 1 doubled.
     */
    private static final double COARSE_RADIUS2 = 15 * SQRT_W;
    private static final double FINE_RADIUS2 = 7 * SQRT_W;

    /** Uses the first {@code count} (1..256) colours of {@code rgb} from now on. */
    public void setPalette(int[] rgb, int count) {
        if (count < 1 || count > 256) {
            throw new IllegalArgumentException("palette size " + count + " is out of range 1..256");
        }
        for (int i = 0; i < count; i++) {
            pr[i] = (rgb[i] >>> 16) & 0xFF;
            pg[i] = (rgb[i] >>> 8) & 0xFF;
            pb[i] = rgb[i] & 0xFF;
        }
        size = count;
        for (int i = 0; i < count; i++) {
            keys[i] = (long) pg[i] << 8 | i;
        }
        Arrays.sort(keys, 0, count);
        for (int i = 0; i < count; i++) {
            byGreen[i] = (int) keys[i] & 0xFF;
        }
        frozen = null;
        invalidate();
    }

    /**
     * Uses {@code p}'s colours from now on. Setting the same {@linkplain Palette#frozen() frozen} palette again keeps
     * what was worked out for it.
     */
    public void setPalette(Palette p) {
        if (p.frozen() && p == frozen) {
            return;
        }
        setPalette(p.colors(), p.size());
        frozen = p.frozen() ? p : null;
    }

    private void invalidate() {
        if (++stamp == Integer.MAX_VALUE) {
            Arrays.fill(coarse, 0);
            Arrays.fill(fine, 0);
            stamp = 1;
        }
        poolLength = 0;
    }

    /** Index of the nearest palette colour to (r, g, b), each 0..255. */
    public int nearest(int r, int g, int b) {
        long info = frozen != null ? fineList(r, g, b) : coarseList(r, g, b);
        int[] pool = this.pool;
        int k = (int) info >>> 9;
        int end = k + ((int) info & 511) * 2;
        // best = distance << 8 | index: Math.min keeps the loop free of unpredictable branches; ties go to the lower index
        int best = Integer.MAX_VALUE;
        for (; k < end; k += 2) {
            if (pool[k] > (best >>> 8)) {
                break;
            }
            int e = pool[k + 1];
            int dr = r - ((e >>> 16) & 0xFF);
            int dg = g - ((e >>> 8) & 0xFF);
            int db = b - (e & 0xFF);
            int d = ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db;
            best = Math.min(best, d << 8 | e >>> 24);
        }
        return best & 0xFF;
    }

    public int nearest(int rgb) {
        return nearest((rgb >>> 16) & 0xFF, (rgb >>> 8) & 0xFF, rgb & 0xFF);
    }

    /** The list of the coarse cell holding (r, g, b), built if need be. */
    private long coarseList(int r, int g, int b) {
        int cell = (r >>> 4) << 8 | (g >>> 4) << 4 | (b >>> 4);
        long info = coarse[cell];
        if ((int) (info >>> 32) != stamp) {
            info = buildCoarse(cell);
            coarse[cell] = info;
        }
        return info;
    }

    /** The list of the fine cell holding (r, g, b), built from its parent's if need be. */
    private long fineList(int r, int g, int b) {
        int cell = (r >>> 3) << 10 | (g >>> 3) << 5 | (b >>> 3);
        long info = fine[cell];
        if ((int) (info >>> 32) == stamp) {
            return info;
        }
        info = coarseList(r, g, b);
        int n = (int) info & 511;
        if (n > SHARE_LIMIT) {
            info = buildFromParent(cell, (int) info >>> 9, n);
        }
        fine[cell] = info;
        return info;
    }

    /**
     * A coarse cell's list, chosen from the whole palette. Entries are measured outwards from the centre's green, in
     * the order of {@link #byGreen}, until green alone puts every entry left beyond the limit the nearest so far
     * allows ({@link #limitSquared}); as {@code d0} only falls, the limit only shrinks, so every entry within the final
     * limit is measured and the list is the one the whole palette gives. On case b's own palettes a coarse cell
     * measured 92-137 of the 255 entries rather than all of them, and a frame's remap with its searches built took
     * 0.95x the CPU (every fourth frame of case b, whole frames, 8 alternating rounds: 0.93-0.98x a round).
     */
    private long buildCoarse(int cell) {
        int side = 16;
        // doubled coordinates keep the centre (half a cell minus half a level from the corner) integral
        int cr = (cell >>> 8) * 2 * side + side - 1;
        int cg = ((cell >>> 4) & 15) * 2 * side + side - 1;
        int cb = (cell & 15) * 2 * side + side - 1;
        int up = firstWithGreenAbove(cg);
        int down = up - 1;
        int n = 0;
        int d0 = Integer.MAX_VALUE;
        long limitSq = Long.MAX_VALUE;
        while (up < size || down >= 0) {
            // the side whose next entry's green is nearer; once even that one is beyond the limit, so is every other
            int upGap = up < size ? 2 * pg[byGreen[up]] - cg : Integer.MAX_VALUE;
            int downGap = down >= 0 ? cg - 2 * pg[byGreen[down]] : Integer.MAX_VALUE;
            boolean goUp = upGap <= downGap;
            long gap = goUp ? upGap : downGap;
            if (ColorMetric.WG * gap * gap > limitSq) {
                break;
            }
            int i = byGreen[goUp ? up++ : down--];
            int d = doubledDistance(cr, cg, cb, i);
            keys[n++] = (long) d << 8 | i;
            if (d < d0) {
                d0 = d;
                limitSq = limitSquared(d0, COARSE_RADIUS2);
            }
        }
        return store(select(n, d0, COARSE_RADIUS2), cell >>> 8 << 4, (cell >>> 4 & 15) << 4, (cell & 15) << 4, 16);
    }

    /** The first position in {@link #byGreen} whose entry's doubled green is above {@code doubledGreen}, or size. */
    private int firstWithGreenAbove(int doubledGreen) {
        int low = 0;
        int high = size;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (2 * pg[byGreen[mid]] > doubledGreen) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return low;
    }

    /** A fine cell's list, chosen from its parent's list (which holds every entry that can be nearest in it). */
    private long buildFromParent(int cell, int start, int n) {
        int cr = (cell >>> 10) * 16 + 7;
        int cg = ((cell >>> 5) & 31) * 16 + 7;
        int cb = (cell & 31) * 16 + 7;
        int d0 = Integer.MAX_VALUE;
        for (int j = 0; j < n; j++) {
            int i = pool[start + 2 * j + 1] >>> 24;
            int d = doubledDistance(cr, cg, cb, i);
            keys[j] = (long) d << 8 | i;
            d0 = Math.min(d0, d);
        }
        return store(select(n, d0, FINE_RADIUS2), cell >>> 10 << 3, (cell >>> 5 & 31) << 3, (cell & 31) << 3, 8);
    }

    private int doubledDistance(int cr, int cg, int cb, int i) {
        int dr = cr - 2 * pr[i];
        int dg = cg - 2 * pg[i];
        int db = cb - 2 * pb[i];
        return ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db;
    }

    /** Keeps the keys[0..n) within d0 + 2·radius (doubled scale); returns how many. */
    private int select(int n, int d0, double radius2) {
        long limitSq = limitSquared(d0, radius2);
        int count = 0;
        for (int j = 0; j < n; j++) {
            long key = keys[j];
            keys[count] = key;
            count += (key >>> 8) <= limitSq ? 1 : 0;
        }
        return count;
    }

    /** The square of d0 + 2·radius (doubled scale), rounded up: a list keeps the entries within it. */
    private static long limitSquared(int d0, double radius2) {
        double limit = Math.sqrt(d0) + 2 * radius2 + 1e-6;
        return (long) Math.ceil(limit * limit);
    }

    /**
     * Appends the entries of keys[0..count) as the list of the cell from (lr, lg, lb) to {@code side - 1} levels
     * beyond on each channel, by their least distance to it.
     */
    private long store(int count, int lr, int lg, int lb, int side) {
        for (int j = 0; j < count; j++) {
            int i = (int) (keys[j] & 0xFF);
            // per channel, how far the entry lies outside the cell's span (0 within it)
            int gr = Math.max(0, Math.max(lr - pr[i], pr[i] - (lr + side - 1)));
            int gg = Math.max(0, Math.max(lg - pg[i], pg[i] - (lg + side - 1)));
            int gb = Math.max(0, Math.max(lb - pb[i], pb[i] - (lb + side - 1)));
            keys[j] = (long) (ColorMetric.WR * gr * gr + ColorMetric.WG * gg * gg + ColorMetric.WB * gb * gb) << 8 | i;
        }
        if (count > 16) {
            Arrays.sort(keys, 0, count);
        } else {
            for (int j = 1; j < count; j++) {
                long key = keys[j];
                int pos = j;
                while (pos > 0 && keys[pos - 1] > key) {
                    keys[pos] = keys[pos - 1];
                    pos--;
                }
                keys[pos] = key;
            }
        }
        if (poolLength + 2 * count > pool.length) {
            if (poolLength + 2 * count > MAX_POOL) {
                invalidate(); // only with absurd lists everywhere: start over, cells rebuild on demand
            } else {
                pool = Arrays.copyOf(pool, Math.max(pool.length * 2, poolLength + 2 * count));
            }
        }
        int start = poolLength;
        for (int j = 0; j < count; j++) {
            int i = (int) (keys[j] & 0xFF);
            pool[poolLength++] = (int) (keys[j] >>> 8);
            pool[poolLength++] = i << 24 | pr[i] << 16 | pg[i] << 8 | pb[i];
        }
        return (long) stamp << 32 | ((long) start << 9 | count) & 0xFFFFFFFFL;
    }
}
