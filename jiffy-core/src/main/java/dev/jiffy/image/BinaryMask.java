package dev.jiffy.image;

import java.util.Arrays;

/**
 * An immutable picture of yes/no values, row by row: what thresholding gives and what morphology and connected
 * components work on (scikit-image's boolean arrays). Turn it into opacities with {@link #toMask()}. As with
 * {@link Frame}, factories copy except {@link #wrap}.
 *
 * <p>For tests and messages a mask can be written as rows of text: {@code '#'} (or {@code '1'}, {@code 'X'}) is set,
 * {@code '.'} (or {@code '0'}) is not: {@code BinaryMask.parse(".#.", "###", ".#.")}.
 */
public final class BinaryMask {
    private final int width;
    private final int height;
    final boolean[] bits;

    private BinaryMask(int width, int height, boolean[] bits) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "x" + height);
        }
        if (bits.length != width * height) {
            throw new IllegalArgumentException(
                    "a " + width + "x" + height + " mask needs " + width * height + " values, got " + bits.length);
        }
        this.width = width;
        this.height = height;
        this.bits = bits;
    }

    /**
     * A mask holding a copy of {@code bits} (row by row).
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param bits   {@code width * height} values; copied
     * @return the mask
     * @throws IllegalArgumentException if a side is not positive or the array's length is not {@code width * height}
     */
    public static BinaryMask of(int width, int height, boolean[] bits) {
        return new BinaryMask(width, height, bits.clone());
    }

    /**
     * A mask that owns {@code bits} from now on (no copy); the caller must not change the array afterwards.
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param bits   {@code width * height} values
     * @return the mask, backed by {@code bits}
     * @throws IllegalArgumentException if a side is not positive or the array's length is not {@code width * height}
     */
    public static BinaryMask wrap(int width, int height, boolean[] bits) {
        return new BinaryMask(width, height, bits);
    }

    /**
     * A mask with every value {@code set} or not.
     *
     * @param size the mask's size
     * @param set  the value everywhere
     * @return the mask
     */
    public static BinaryMask filled(Size size, boolean set) {
        boolean[] bits = new boolean[Math.toIntExact(size.pixels())];
        Arrays.fill(bits, set);
        return new BinaryMask(size.width(), size.height(), bits);
    }

    /**
     * Where {@code mask} is at least {@code threshold}.
     *
     * @param mask      opacities 0..1
     * @param threshold the smallest value that counts as set
     * @return a mask of the same size
     */
    public static BinaryMask atLeast(Mask mask, float threshold) {
        float[] v = mask.values;
        boolean[] bits = new boolean[v.length];
        for (int i = 0; i < v.length; i++) {
            bits[i] = v[i] >= threshold;
        }
        return new BinaryMask(mask.width(), mask.height(), bits);
    }

    /**
     * A mask written as rows of text, all of the same length: {@code '#'}, {@code '1'} or {@code 'X'} for set,
     * {@code '.'} or {@code '0'} for not set.
     *
     * @param rows one string per row, top first
     * @return the mask, {@code rows[0].length()} wide
     * @throws IllegalArgumentException if there are no rows, their lengths differ, or a character is none of those,
     *                                  naming it and its place
     */
    public static BinaryMask parse(String... rows) {
        if (rows.length == 0) {
            throw new IllegalArgumentException("a mask needs at least one row");
        }
        int w = rows[0].length();
        boolean[] bits = new boolean[w * rows.length];
        for (int y = 0; y < rows.length; y++) {
            if (rows[y].length() != w) {
                throw new IllegalArgumentException("row " + y + " is " + rows[y].length() + " characters long but row 0 is "
                        + w + ": '" + rows[y] + "'");
            }
            for (int x = 0; x < w; x++) {
                char c = rows[y].charAt(x);
                bits[y * w + x] = switch (c) {
                    case '#', '1', 'X', 'x' -> true;
                    case '.', '0' -> false;
                    default -> throw new IllegalArgumentException("'" + c + "' at (" + x + ", " + y
                            + ") is neither set ('#', '1', 'X') nor unset ('.', '0')");
                };
            }
        }
        return new BinaryMask(w, rows.length, bits);
    }

    /**
     * Width in pixels.
     *
     * @return 1 or more
     */
    public int width() {
        return width;
    }

    /**
     * Height in pixels.
     *
     * @return 1 or more
     */
    public int height() {
        return height;
    }

    /**
     * Width and height.
     *
     * @return the mask's size
     */
    public Size size() {
        return new Size(width, height);
    }

    /**
     * Whether (x, y) is set.
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return the value
     * @throws IndexOutOfBoundsException if (x, y) is outside the mask
     */
    public boolean get(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the " + width + "x" + height + " mask");
        }
        return bits[y * width + x];
    }

    /**
     * How many values are set.
     *
     * @return 0..width·height
     */
    public int count() {
        int n = 0;
        for (boolean b : bits) {
            if (b) {
                n++;
            }
        }
        return n;
    }

    /**
     * A copy of the values, row by row.
     *
     * @return a new array of {@code width * height} values, the caller's to change
     */
    public boolean[] toBooleanArray() {
        return bits.clone();
    }

    /**
     * Opacity 1 where set, 0 elsewhere.
     *
     * @return a new mask of the same size
     */
    public Mask toMask() {
        float[] v = new float[bits.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = bits[i] ? 1f : 0f;
        }
        return Mask.wrap(width, height, v);
    }

    /**
     * Set where this is not.
     *
     * @return a new mask
     */
    public BinaryMask not() {
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = !bits[i];
        }
        return new BinaryMask(width, height, out);
    }

    /**
     * Set where both are.
     *
     * @param other a mask of the same size
     * @return a new mask
     * @throws IllegalArgumentException if the sizes differ
     */
    public BinaryMask and(BinaryMask other) {
        requireSameSize(other);
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits[i] && other.bits[i];
        }
        return new BinaryMask(width, height, out);
    }

    /**
     * Set where either is.
     *
     * @param other a mask of the same size
     * @return a new mask
     * @throws IllegalArgumentException if the sizes differ
     */
    public BinaryMask or(BinaryMask other) {
        requireSameSize(other);
        boolean[] out = new boolean[bits.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = bits[i] || other.bits[i];
        }
        return new BinaryMask(width, height, out);
    }

    /**
     * Intersection over union (Jaccard index) with another mask: 1 when they are equal, 0 when they do not overlap;
     * 1 when both are empty.
     *
     * @param other a mask of the same size
     * @return 0..1
     * @throws IllegalArgumentException if the sizes differ
     */
    public double intersectionOverUnion(BinaryMask other) {
        requireSameSize(other);
        long both = 0;
        long either = 0;
        for (int i = 0; i < bits.length; i++) {
            if (bits[i] && other.bits[i]) {
                both++;
            }
            if (bits[i] || other.bits[i]) {
                either++;
            }
        }
        return either == 0 ? 1 : (double) both / either;
    }

    /**
     * The rows as text, {@code '#'} for set and {@code '.'} for not, joined by newlines.
     *
     * @return the text, as {@link #parse} reads it back
     */
    public String toAscii() {
        StringBuilder b = new StringBuilder((width + 1) * height);
        for (int y = 0; y < height; y++) {
            if (y > 0) {
                b.append('\n');
            }
            for (int x = 0; x < width; x++) {
                b.append(bits[y * width + x] ? '#' : '.');
            }
        }
        return b.toString();
    }

    void requireSameSize(BinaryMask other) {
        if (other.width != width || other.height != height) {
            throw new IllegalArgumentException("cannot combine a " + size() + " mask with a " + other.size() + " mask");
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BinaryMask m && m.width == width && m.height == height && Arrays.equals(m.bits, bits);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(bits);
    }

    @Override
    public String toString() {
        return "BinaryMask[" + width + "x" + height + ", " + count() + " set]";
    }
}
