package dev.jiffy.image;

import java.util.Objects;

/**
 * The connected regions of set pixels of a {@link BinaryMask}, labelled 1, 2, ... in the order their first pixel comes
 * in row-by-row reading (as {@code scipy.ndimage.label}); 0 is the background. Also scikit-image's
 * {@code remove_small_objects} and {@code remove_small_holes}.
 */
public final class ConnectedComponents {
    private final int width;
    private final int height;
    private final int[] labels;
    /** sizes[label] in pixels; sizes[0] is unused. */
    private final int[] sizes;

    private ConnectedComponents(int width, int height, int[] labels, int[] sizes) {
        this.width = width;
        this.height = height;
        this.labels = labels;
        this.sizes = sizes;
    }

    /** Labels the regions of {@code mask}. */
    public static ConnectedComponents of(BinaryMask mask, Connectivity connectivity) {
        Objects.requireNonNull(connectivity, "connectivity");
        int w = mask.width();
        int h = mask.height();
        boolean[] bits = mask.bits;
        int[] labels = new int[bits.length];
        int[] queue = new int[bits.length];
        int[] sizes = new int[16];
        boolean eight = connectivity == Connectivity.EIGHT;
        int next = 0;
        for (int start = 0; start < bits.length; start++) {
            if (!bits[start] || labels[start] != 0) {
                continue;
            }
            int label = ++next;
            labels[start] = label;
            int head = 0;
            int tail = 0;
            queue[tail++] = start;
            while (head < tail) {
                int p = queue[head++];
                int x = p % w;
                int y = p / w;
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= h) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= w || (dx == 0 && dy == 0) || (!eight && dx != 0 && dy != 0)) {
                            continue;
                        }
                        int q = ny * w + nx;
                        if (bits[q] && labels[q] == 0) {
                            labels[q] = label;
                            queue[tail++] = q;
                        }
                    }
                }
            }
            if (label >= sizes.length) {
                sizes = java.util.Arrays.copyOf(sizes, sizes.length * 2);
            }
            sizes[label] = tail;
        }
        return new ConnectedComponents(w, h, labels, java.util.Arrays.copyOf(sizes, next + 1));
    }

    /** Number of regions. */
    public int count() {
        return sizes.length - 1;
    }

    /** The label of the region at (x, y), or 0 where the mask is not set. */
    public int label(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the " + width + "x" + height + " mask");
        }
        return labels[y * width + x];
    }

    /** Size in pixels of region {@code label} (1..count). */
    public int size(int label) {
        if (label < 1 || label > count()) {
            throw new IllegalArgumentException("label " + label + " is not a region: there are " + count()
                    + " (labels 1 to " + count() + ")");
        }
        return sizes[label];
    }

    /** A copy of the labels, row by row (0 for unset pixels). */
    public int[] toLabelArray() {
        return labels.clone();
    }

    /** The regions of at least {@code minSize} pixels. */
    public BinaryMask keepAtLeast(int minSize) {
        boolean[] out = new boolean[labels.length];
        for (int i = 0; i < out.length; i++) {
            int l = labels[i];
            out[i] = l != 0 && sizes[l] >= minSize;
        }
        return BinaryMask.wrap(width, height, out);
    }

    /**
     * The regions that contain at least one set pixel of {@code seeds}: with the regions of a low threshold and the
     * seeds of a high one, hysteresis thresholding (scikit-image's {@code apply_hysteresis_threshold}), which keeps
     * the faint parts of an object that is clearly there somewhere without keeping faint noise elsewhere.
     */
    public BinaryMask keepTouching(BinaryMask seeds) {
        if (seeds.width() != width || seeds.height() != height) {
            throw new IllegalArgumentException("the seeds are " + seeds.size() + " but the regions " + width + "x"
                    + height);
        }
        boolean[] keep = new boolean[sizes.length];
        boolean[] s = seeds.bits;
        for (int i = 0; i < labels.length; i++) {
            if (s[i]) {
                keep[labels[i]] = true;
            }
        }
        keep[0] = false;
        boolean[] out = new boolean[labels.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = keep[labels[i]];
        }
        return BinaryMask.wrap(width, height, out);
    }

    /**
     * {@code mask} with its enclosed holes of at most {@code maxSize} pixels filled: regions of unset pixels
     * (4-connected, so a diagonal gap in an 8-connected outline does not let a hole leak out) that do not touch the
     * border of the picture. Unlike {@link #removeSmallHoles}, the background around an object near the border is
     * never filled, however small.
     */
    public static BinaryMask fillEnclosedHoles(BinaryMask mask, int maxSize) {
        requireSize(maxSize);
        ConnectedComponents holes = of(mask.not(), Connectivity.FOUR);
        int w = mask.width();
        int h = mask.height();
        boolean[] open = new boolean[holes.sizes.length];
        for (int x = 0; x < w; x++) {
            open[holes.labels[x]] = true;
            open[holes.labels[(h - 1) * w + x]] = true;
        }
        for (int y = 0; y < h; y++) {
            open[holes.labels[y * w]] = true;
            open[holes.labels[y * w + w - 1]] = true;
        }
        boolean[] out = mask.bits.clone();
        for (int i = 0; i < out.length; i++) {
            int l = holes.labels[i];
            if (l != 0 && !open[l] && holes.sizes[l] <= maxSize) {
                out[i] = true;
            }
        }
        return BinaryMask.wrap(w, h, out);
    }

    /**
     * {@code mask} without its regions smaller than {@code minSize} pixels, as scikit-image's
     * {@code remove_small_objects(mask, min_size, connectivity)} (whose defaults are 64 and {@link Connectivity#FOUR}):
     * regions of exactly {@code minSize} pixels stay.
     */
    public static BinaryMask removeSmallObjects(BinaryMask mask, int minSize, Connectivity connectivity) {
        requireSize(minSize);
        return minSize <= 1 ? mask : of(mask, connectivity).keepAtLeast(minSize);
    }

    /**
     * {@code mask} with its holes smaller than {@code minSize} pixels filled, as scikit-image's
     * {@code remove_small_holes(mask, area_threshold, connectivity)}: a hole is any connected region of unset pixels,
     * including one that touches the border of the picture.
     */
    public static BinaryMask removeSmallHoles(BinaryMask mask, int minSize, Connectivity connectivity) {
        requireSize(minSize);
        return minSize <= 1 ? mask : removeSmallObjects(mask.not(), minSize, connectivity).not();
    }

    private static void requireSize(int minSize) {
        if (minSize < 0) {
            throw new IllegalArgumentException("minimum size must be 0 or more pixels, got " + minSize);
        }
    }
}
