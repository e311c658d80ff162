package dev.jiffy.image;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.util.Arrays;

/**
 * An immutable picture: packed 0xAARRGGBB pixels, row by row, top to bottom. Alpha 255 is opaque; a clip with a
 * mask carries it in the alpha channel. The pixel array is never shared with callers: factories copy, except
 * {@link #wrap}, which takes ownership of an array its caller made and will not touch again.
 */
public final class Frame {
    private final int width;
    private final int height;
    final int[] argb;

    private Frame(int width, int height, int[] argb) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if (argb.length != width * height) {
            throw new IllegalArgumentException(
                    "a " + width + "x" + height + " frame needs " + width * height + " pixels, got " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb;
    }

    /** A frame holding a copy of {@code argb}. */
    public static Frame of(int width, int height, int[] argb) {
        return new Frame(width, height, argb.clone());
    }

    /**
     * A frame that owns {@code argb} from now on: for code that has just filled a new array (a decoder, an effect) and
     * drops its reference, so no copy is made.
     */
    public static Frame wrap(int width, int height, int[] argb) {
        return new Frame(width, height, argb);
    }

    /** A frame filled with one colour. */
    public static Frame filled(int width, int height, int argb) {
        int[] pixels = new int[width * height];
        Arrays.fill(pixels, argb);
        return new Frame(width, height, pixels);
    }

    public static Frame fromImage(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        return new Frame(w, h, image.getRGB(0, 0, w, h, null, 0, w));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public Size size() {
        return new Size(width, height);
    }

    /** The pixel at (x, y) as 0xAARRGGBB. */
    public int pixel(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            throw new IndexOutOfBoundsException("pixel (" + x + ", " + y + ") is outside the " + width + "x" + height + " frame");
        }
        return argb[y * width + x];
    }

    /** A copy of the pixels, 0xAARRGGBB, row by row. */
    public int[] toArgbArray() {
        return argb.clone();
    }

    /** Copies every pixel into {@code dest} (which must hold at least width·height), row-major, 0xAARRGGBB. */
    public void copyTo(int[] dest) {
        if (dest.length < argb.length) {
            throw new IllegalArgumentException("destination holds " + dest.length + " pixels, the " + width + "x"
                    + height + " frame has " + argb.length);
        }
        System.arraycopy(argb, 0, dest, 0, argb.length);
    }

    /** Copies row {@code y} into {@code dest} (which must hold at least {@link #width()} pixels). */
    public void readRow(int y, int[] dest) {
        if (y < 0 || y >= height) {
            throw new IndexOutOfBoundsException("row " + y + " is outside the " + width + "x" + height + " frame");
        }
        System.arraycopy(argb, y * width, dest, 0, width);
    }

    /** Whether every pixel is fully opaque. */
    public boolean isOpaque() {
        for (int p : argb) {
            if ((p >>> 24) != 0xFF) {
                return false;
            }
        }
        return true;
    }

    public BufferedImage toImage() {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] target = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        System.arraycopy(argb, 0, target, 0, argb.length);
        return image;
    }

    /** The rectangle [x1, x2) × [y1, y2) of this frame. */
    public Frame crop(int x1, int y1, int x2, int y2) {
        if (x1 < 0 || y1 < 0 || x2 > width || y2 > height || x1 >= x2 || y1 >= y2) {
            throw new IllegalArgumentException("crop x1=" + x1 + " y1=" + y1 + " x2=" + x2 + " y2=" + y2
                    + " is outside the " + width + "x" + height + " frame (need 0 <= x1 < x2 <= " + width
                    + ", 0 <= y1 < y2 <= " + height + ")");
        }
        int w = x2 - x1;
        int h = y2 - y1;
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            System.arraycopy(argb, (y1 + y) * width + x1, out, y * w, w);
        }
        return new Frame(w, h, out);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Frame f && f.width == width && f.height == height && Arrays.equals(f.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "Frame[" + width + "x" + height + "]";
    }
}
