package dev.jiffy.image;

import java.util.Arrays;

/**
 * An immutable one-channel picture of opacities from 0 (transparent) to 1 (opaque): what MoviePy calls a mask frame.
 * Like {@link Frame}, factories copy except {@link #wrap}, which takes ownership of a freshly made array.
 */
public final class Mask {
    private final int width;
    private final int height;
    final float[] values;

    private Mask(int width, int height, float[] values) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("mask size must be positive, got " + width + "x" + height);
        }
        if (values.length != width * height) {
            throw new IllegalArgumentException(
                    "a " + width + "x" + height + " mask needs " + width * height + " values, got " + values.length);
        }
        this.width = width;
        this.height = height;
        this.values = values;
    }

    /**
     * A mask holding a copy of {@code values} (row by row, each 0..1).
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param values {@code width * height} opacities, each 0..1; copied
     * @return the mask
     * @throws IllegalArgumentException if a side is not positive or the array's length is not {@code width * height},
     *                                  or a value is outside 0..1
     */
    public static Mask of(int width, int height, float[] values) {
        return new Mask(width, height, checked(values.clone()));
    }

    /**
     * A mask that owns {@code values} from now on (no copy); the caller must not change the array afterwards.
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param values {@code width * height} opacities, each 0..1 (not checked: this is the no-copy path for code that
     *               made them)
     * @return the mask, backed by {@code values}
     * @throws IllegalArgumentException if a side is not positive or the array's length is not {@code width * height}
     */
    public static Mask wrap(int width, int height, float[] values) {
        return new Mask(width, height, values);
    }

    /**
     * A mask with one opacity everywhere.
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param value  0 (transparent) to 1 (opaque)
     * @return the mask
     * @throws IllegalArgumentException if a side is not positive or {@code value} is outside 0..1
     */
    public static Mask filled(int width, int height, float value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException("mask values go from 0 to 1, got " + value);
        }
        float[] v = new float[width * height];
        Arrays.fill(v, value);
        return new Mask(width, height, v);
    }

    /**
     * A mask with one opacity everywhere.
     *
     * @param size  the mask's size
     * @param value 0 (transparent) to 1 (opaque)
     * @return the mask
     * @throws IllegalArgumentException if {@code value} is outside 0..1
     */
    public static Mask filled(Size size, float value) {
        return filled(size.width(), size.height(), value);
    }

    /**
     * A binary mask: 1 where {@code set} is true.
     *
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param set    {@code width * height} flags, row by row
     * @return the mask, each value 0 or 1
     * @throws IllegalArgumentException if a side is not positive or the array's length is not {@code width * height}
     */
    public static Mask of(int width, int height, boolean[] set) {
        float[] v = new float[set.length];
        for (int i = 0; i < set.length; i++) {
            v[i] = set[i] ? 1f : 0f;
        }
        return new Mask(width, height, v);
    }

    /**
     * The alpha channel of a frame.
     *
     * @param frame the frame
     * @return alpha / 255 for each pixel
     */
    public static Mask fromAlpha(Frame frame) {
        int[] px = frame.argb;
        float[] v = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            v[i] = (px[i] >>> 24) / 255f;
        }
        return new Mask(frame.width(), frame.height(), v);
    }

    /**
     * The brightness of a frame (white = opaque), as when MoviePy loads an image "as a mask".
     *
     * @param frame the frame; its alpha is ignored
     * @return Rec. 601 luma / 255 for each pixel
     */
    public static Mask fromLuminance(Frame frame) {
        int[] px = frame.argb;
        float[] v = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            v[i] = luma(px[i]) / 255f;
        }
        return new Mask(frame.width(), frame.height(), v);
    }

    /**
     * The Rec. 601 luma of one pixel, 0.299 R + 0.587 G + 0.114 B in floats: what {@link #fromLuminance} divides by
     * 255, and the grey that pictures are compared by (the loop finder's SSIM).
     *
     * @param argb the pixel; its alpha is ignored
     * @return 0..255
     */
    public static float luma(int argb) {
        return 0.299f * ((argb >> 16) & 0xFF) + 0.587f * ((argb >> 8) & 0xFF) + 0.114f * (argb & 0xFF);
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
     * The opacity at (x, y).
     *
     * @param x column, 0..width-1
     * @param y row, 0..height-1
     * @return 0 (transparent) to 1 (opaque)
     * @throws IndexOutOfBoundsException if (x, y) is outside the mask
     */
    public float value(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("(" + x + ", " + y + ") is outside the " + width + "x" + height + " mask");
        }
        return values[y * width + x];
    }

    /**
     * A copy of the values, row by row.
     *
     * @return a new array of {@code width * height} values, the caller's to change
     */
    public float[] toFloatArray() {
        return values.clone();
    }

    /**
     * {@code frame} with this mask as its alpha channel (replacing the frame's own).
     *
     * @param frame a frame of the mask's size
     * @return a new frame: the frame's colours, alpha {@code round(255 · value)}
     * @throws IllegalArgumentException if the sizes differ
     */
    public Frame applyTo(Frame frame) {
        requireSameSize(frame.width(), frame.height());
        int[] src = frame.argb;
        int[] out = new int[src.length];
        for (int i = 0; i < src.length; i++) {
            out[i] = Math.round(values[i] * 255f) << 24 | (src[i] & 0xFFFFFF);
        }
        return Frame.wrap(frame.width(), frame.height(), out);
    }

    /**
     * This mask times {@code factor} (for opacity and fades).
     *
     * @param factor 0..1; not checked, so a factor above 1 gives values above 1
     * @return a new mask
     */
    public Mask times(float factor) {
        float[] v = new float[values.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = values[i] * factor;
        }
        return new Mask(width, height, v);
    }

    /**
     * The rectangle [x1, x2) × [y1, y2).
     *
     * @param x1 left edge, included
     * @param y1 top edge, included
     * @param x2 right edge, excluded, greater than x1 and at most the width
     * @param y2 bottom edge, excluded, greater than y1 and at most the height
     * @return a new mask of (x2 - x1) × (y2 - y1)
     * @throws IllegalArgumentException if the rectangle is empty or reaches outside the mask
     */
    public Mask crop(int x1, int y1, int x2, int y2) {
        if (x1 < 0 || y1 < 0 || x2 > width || y2 > height || x1 >= x2 || y1 >= y2) {
            throw new IllegalArgumentException("crop x1=" + x1 + " y1=" + y1 + " x2=" + x2 + " y2=" + y2
                    + " is outside the " + width + "x" + height + " mask");
        }
        int w = x2 - x1;
        float[] out = new float[w * (y2 - y1)];
        for (int y = y1; y < y2; y++) {
            System.arraycopy(values, y * width + x1, out, (y - y1) * w, w);
        }
        return new Mask(w, y2 - y1, out);
    }

    /**
     * Whether every value is at least 1 (fully opaque).
     *
     * @return true if no value is below 1
     */
    public boolean isOpaque() {
        for (float v : values) {
            if (v < 1f) {
                return false;
            }
        }
        return true;
    }

    void requireSameSize(int w, int h) {
        if (w != width || h != height) {
            throw new IllegalArgumentException("the mask is " + width + "x" + height + " but the frame is " + w + "x" + h);
        }
    }

    private static float[] checked(float[] v) {
        for (int i = 0; i < v.length; i++) {
            if (!(v[i] >= 0 && v[i] <= 1)) {
                throw new IllegalArgumentException("mask values go from 0 to 1, got " + v[i] + " at index " + i);
            }
        }
        return v;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Mask m && m.width == width && m.height == height && Arrays.equals(m.values, values);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Mask[" + width + "x" + height + "]";
    }
}
