package dev.jiffy.image;

import java.util.Arrays;

/**
 * An immutable RGB picture with fractional channel values (0..255): what statistics over frames give, since the median
 * of an even number of frames or a mean can fall between two whole values (numpy gives floats there too). Use it as
 * the reference of {@link Threshold#colorDistance(Frame, FloatRgb, double)}, or round it to a {@link Frame}.
 */
public final class FloatRgb {
    private final int width;
    private final int height;
    /** r, g, b of each pixel one after the other, row by row. */
    final float[] rgb;

    private FloatRgb(int width, int height, float[] rgb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
        }
        if (rgb.length != 3 * width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + 3 * width * height
                    + " channel values, got " + rgb.length);
        }
        this.width = width;
        this.height = height;
        this.rgb = rgb;
    }

    /** Takes ownership of {@code rgb} (r, g, b per pixel, row by row); the caller drops its reference. */
    static FloatRgb wrap(int width, int height, float[] rgb) {
        return new FloatRgb(width, height, rgb);
    }

    /**
     * A copy of {@code rgb}: r, g, b of each pixel one after the other, row by row, each 0..255.
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param rgb    {@code 3 * width * height} values; copied
     * @return the picture
     * @throws IllegalArgumentException if a side is not positive, the length is wrong, or a value is outside 0..255
     */
    public static FloatRgb of(int width, int height, float[] rgb) {
        float[] copy = rgb.clone();
        for (int i = 0; i < copy.length; i++) {
            if (!(copy[i] >= 0 && copy[i] <= 255)) {
                throw new IllegalArgumentException("channel values go from 0 to 255, got " + copy[i] + " at index " + i);
            }
        }
        return new FloatRgb(width, height, copy);
    }

    /**
     * The RGB channels of a frame (alpha dropped).
     *
     * @param frame the frame
     * @return the picture, values 0..255
     */
    public static FloatRgb of(Frame frame) {
        int[] px = frame.argb;
        float[] v = new float[3 * px.length];
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            v[j] = (p >> 16) & 0xFF;
            v[j + 1] = (p >> 8) & 0xFF;
            v[j + 2] = p & 0xFF;
        }
        return new FloatRgb(frame.width(), frame.height(), v);
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
     * @return the size
     */
    public Size size() {
        return new Size(width, height);
    }

    /**
     * Red at (x, y).
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return 0..255
     * @throws IndexOutOfBoundsException if (x, y) is outside the picture
     */
    public float red(int x, int y) {
        return rgb[index(x, y)];
    }

    /**
     * Green at (x, y).
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return 0..255
     * @throws IndexOutOfBoundsException if (x, y) is outside the picture
     */
    public float green(int x, int y) {
        return rgb[index(x, y) + 1];
    }

    /**
     * Blue at (x, y).
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return 0..255
     * @throws IndexOutOfBoundsException if (x, y) is outside the picture
     */
    public float blue(int x, int y) {
        return rgb[index(x, y) + 2];
    }

    /**
     * A copy of the values: r, g, b of each pixel one after the other, row by row.
     *
     * @return a new array of {@code 3 * width * height} values, the caller's to change
     */
    public float[] toFloatArray() {
        return rgb.clone();
    }

    /**
     * Opaque frame with each channel rounded to the nearest whole value (halves up).
     *
     * @return a new frame of the same size
     */
    public Frame toFrame() {
        int[] out = new int[width * height];
        for (int i = 0, j = 0; i < out.length; i++, j += 3) {
            out[i] = 0xFF000000 | round(rgb[j]) << 16 | round(rgb[j + 1]) << 8 | round(rgb[j + 2]);
        }
        return Frame.wrap(width, height, out);
    }

    private static int round(float v) {
        return (int) Math.floor(v + 0.5f);
    }

    private int index(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the " + width + "x" + height
                    + " picture");
        }
        return 3 * (y * width + x);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FloatRgb f && f.width == width && f.height == height && Arrays.equals(f.rgb, rgb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(rgb);
    }

    @Override
    public String toString() {
        return "FloatRgb[" + width + "x" + height + "]";
    }
}
