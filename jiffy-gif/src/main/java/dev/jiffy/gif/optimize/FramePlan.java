package dev.jiffy.gif.optimize;

/**
 * What to write for one frame: the rectangle, which of its pixels carry colour (the rest get the transparent index),
 * and the disposal method. Reused frame after frame by {@link FramePlanner}.
 */
public final class FramePlan {
    int x;
    int y;
    int width;
    int height;
    int disposal;
    int unwritten;
    byte[] mask = new byte[0];

    public int x() {
        return x;
    }

    public int y() {
        return y;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** 1 = do not dispose, 2 = restore to background. */
    public int disposal() {
        return disposal;
    }

    /** One byte per rectangle pixel, row-major: 1 = write its colour, 0 = transparent. */
    public byte[] mask() {
        return mask;
    }

    /** Rectangle pixels that are not written (need the transparent index). */
    public int unwritten() {
        return unwritten;
    }

    /** Makes this plan a copy of {@code other} (mask included). */
    public void copyFrom(FramePlan other) {
        x = other.x;
        y = other.y;
        width = other.width;
        height = other.height;
        disposal = other.disposal;
        unwritten = other.unwritten;
        int n = width * height;
        if (mask.length < n) {
            mask = new byte[n];
        }
        System.arraycopy(other.mask, 0, mask, 0, n);
    }

    /** Whether both plans have the same rectangle, disposal and mask. */
    public boolean sameAs(FramePlan other) {
        return x == other.x && y == other.y && width == other.width && height == other.height
                && disposal == other.disposal && unwritten == other.unwritten
                && java.util.Arrays.equals(mask, 0, width * height, other.mask, 0, width * height);
    }

    /** Marks every rectangle pixel as written (used when a frame is cheaper without a transparent index). */
    public void writeAll() {
        int n = width * height;
        for (int i = 0; i < n; i++) {
            mask[i] = 1;
        }
        unwritten = 0;
    }
}
