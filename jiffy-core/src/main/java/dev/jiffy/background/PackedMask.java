package dev.jiffy.background;

import dev.jiffy.image.BinaryMask;

/**
 * A mask kept in few bytes, value for value exact: a bit a pixel says "exactly 1", a bit a pixel says "neither 0 nor
 * 1", and those other values in pixel order; every other pixel is exactly 0. A figure mask is 0 or 1 but for a band a
 * few pixels wide along its outline, so it takes about a quarter of a byte a pixel instead of the four of its floats
 * (a binary shape: one bit and one empty bit a pixel, instead of a byte). Immutable.
 */
final class PackedMask {
    private static final int ONE = Float.floatToRawIntBits(1f);
    private static final int ZERO = Float.floatToRawIntBits(0f);

    private final int width;
    private final int height;
    private final long[] ones;
    private final long[] others;
    private final float[] otherValues;

    private PackedMask(int width, int height, long[] ones, long[] others, float[] otherValues) {
        this.width = width;
        this.height = height;
        this.ones = ones;
        this.others = others;
        this.otherValues = otherValues;
    }

    /** {@code values}, {@code width} by {@code height}, packed; their bits come back as they were (-0 stays -0). */
    static PackedMask of(int width, int height, float[] values) {
        long[] ones = new long[words(values.length)];
        long[] others = new long[ones.length];
        int count = 0;
        for (int i = 0; i < values.length; i++) {
            int bits = Float.floatToRawIntBits(values[i]);
            if (bits == ONE) {
                ones[i >>> 6] |= 1L << i;
            } else if (bits != ZERO) {
                others[i >>> 6] |= 1L << i;
                count++;
            }
        }
        float[] otherValues = new float[count];
        for (int i = 0, k = 0; k < count; i++) {
            if ((others[i >>> 6] & (1L << i)) != 0) {
                otherValues[k++] = values[i];
            }
        }
        return new PackedMask(width, height, ones, others, otherValues);
    }

    /** A binary shape packed: set pixels are 1, the rest 0. */
    static PackedMask of(BinaryMask shape) {
        boolean[] bits = shape.toBooleanArray();
        long[] ones = new long[words(bits.length)];
        for (int i = 0; i < bits.length; i++) {
            if (bits[i]) {
                ones[i >>> 6] |= 1L << i;
            }
        }
        return new PackedMask(shape.width(), shape.height(), ones, new long[ones.length], new float[0]);
    }

    /** The values, a new array of {@code width * height}. */
    float[] toFloatArray() {
        float[] out = new float[width * height];
        for (int i = 0, k = 0; i < out.length; i++) {
            long bit = 1L << i;
            if ((ones[i >>> 6] & bit) != 0) {
                out[i] = 1f;
            } else if ((others[i >>> 6] & bit) != 0) {
                out[i] = otherValues[k++];
            }
        }
        return out;
    }

    /**
     * The pixels that are exactly 1, as a new binary mask (the shape, when packed from one).
     *
     * @throws IllegalStateException if a value is neither 0 nor 1: such a mask is not a shape
     */
    BinaryMask toBinaryMask() {
        if (otherValues.length > 0) {
            throw new IllegalStateException("a soft mask (" + otherValues.length + " values between 0 and 1) is not a"
                    + " binary shape");
        }
        boolean[] bits = new boolean[width * height];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = (ones[i >>> 6] & (1L << i)) != 0;
        }
        return BinaryMask.wrap(width, height, bits);
    }

    /** Heap it takes, bytes (its arrays' contents and headers). */
    long bytes() {
        return 8L * (ones.length + others.length) + 4L * otherValues.length + 3 * 16 + 32;
    }

    private static int words(int pixels) {
        return (pixels + 63) >>> 6;
    }
}
