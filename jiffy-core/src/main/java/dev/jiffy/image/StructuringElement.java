package dev.jiffy.image;

import java.util.Arrays;

/**
 * The neighbourhood of a morphology operation: a small yes/no matrix of odd width and height whose centre is the pixel
 * being computed. {@link #square(int)} of 3 is scikit-image's and SciPy's {@code np.ones((3, 3))};
 * {@link #cross()} is SciPy's default {@code generate_binary_structure(2, 1)}.
 */
public final class StructuringElement {
    private final int width;
    private final int height;
    private final boolean[] cells;
    /** Offsets (dx, dy) from the centre of the set cells, interleaved. */
    private final int[] offsets;

    private StructuringElement(int width, int height, boolean[] cells) {
        if (width % 2 == 0 || height % 2 == 0) {
            throw new IllegalArgumentException("a structuring element needs an odd width and height so that it has a "
                    + "centre, got " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.cells = cells;
        int n = 0;
        for (boolean c : cells) {
            if (c) {
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalArgumentException("a structuring element needs at least one set cell");
        }
        offsets = new int[2 * n];
        int k = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (cells[y * width + x]) {
                    offsets[k++] = x - width / 2;
                    offsets[k++] = y - height / 2;
                }
            }
        }
    }

    /**
     * A {@code side} × {@code side} square of set cells (side odd): 3 is the 3x3 square.
     *
     * @param side odd and positive
     * @return the element
     * @throws IllegalArgumentException if {@code side} is even or not positive
     */
    public static StructuringElement square(int side) {
        if (side <= 0 || side % 2 == 0) {
            throw new IllegalArgumentException("the side of a square structuring element must be odd and positive, got "
                    + side);
        }
        boolean[] cells = new boolean[side * side];
        Arrays.fill(cells, true);
        return new StructuringElement(side, side, cells);
    }

    /**
     * The 3x3 plus sign: the centre and its four edge neighbours.
     *
     * @return the element
     */
    public static StructuringElement cross() {
        return of(".#.", "###", ".#.");
    }

    /**
     * The cells within Euclidean distance {@code radius} of the centre (scikit-image's {@code disk}).
     *
     * @param radius in cells, 0 or more (0 is the centre alone)
     * @return a (2·radius + 1)-square element
     * @throws IllegalArgumentException if {@code radius} is negative
     */
    public static StructuringElement disk(int radius) {
        if (radius < 0) {
            throw new IllegalArgumentException("disk radius must be 0 or more, got " + radius);
        }
        int side = 2 * radius + 1;
        boolean[] cells = new boolean[side * side];
        for (int y = -radius; y <= radius; y++) {
            for (int x = -radius; x <= radius; x++) {
                cells[(y + radius) * side + x + radius] = x * x + y * y <= radius * radius;
            }
        }
        return new StructuringElement(side, side, cells);
    }

    /**
     * Any shape, written as rows of text as in {@link BinaryMask#parse}; the centre is the middle cell.
     *
     * @param rows one string per row, of odd count and odd length
     * @return the element
     * @throws IllegalArgumentException if the rows do not parse, a side is even, or no cell is set
     */
    public static StructuringElement of(String... rows) {
        BinaryMask m = BinaryMask.parse(rows);
        return new StructuringElement(m.width(), m.height(), m.bits);
    }

    /**
     * Any shape from a matrix of yes/no values, {@code rows[y][x]}; the centre is the middle cell.
     *
     * @param rows rows of one odd length, an odd number of them
     * @return the element (the arrays are copied)
     * @throws IllegalArgumentException if rows are empty or differ in length, a side is even, or no cell is set
     */
    public static StructuringElement of(boolean[][] rows) {
        int h = rows.length;
        int w = h == 0 ? 0 : rows[0].length;
        if (w == 0) {
            throw new IllegalArgumentException("a structuring element needs at least one row and one column");
        }
        boolean[] cells = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            if (rows[y].length != w) {
                throw new IllegalArgumentException("row " + y + " has " + rows[y].length + " cells but row 0 has " + w);
            }
            System.arraycopy(rows[y], 0, cells, y * w, w);
        }
        return new StructuringElement(w, h, cells);
    }

    /**
     * Width in cells.
     *
     * @return odd, 1 or more
     */
    public int width() {
        return width;
    }

    /**
     * Height in cells.
     *
     * @return odd, 1 or more
     */
    public int height() {
        return height;
    }

    /**
     * Whether the cell at (x, y) is set; (width/2, height/2) is the centre.
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return the value
     * @throws IndexOutOfBoundsException if (x, y) is outside the element
     */
    public boolean get(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the " + width + "x" + height
                    + " structuring element");
        }
        return cells[y * width + x];
    }

    /** Offsets of the set cells from the centre, as (dx, dy) pairs one after the other. */
    int[] offsets() {
        return offsets;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StructuringElement s && s.width == width && s.height == height
                && Arrays.equals(s.cells, cells);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(cells);
    }

    @Override
    public String toString() {
        return "StructuringElement[" + width + "x" + height + "]\n" + BinaryMask.wrap(width, height, cells).toAscii();
    }
}
