package dev.jiffy.gif.optimize;

import java.util.Objects;

/**
 * What to write for one frame: the rectangle, which of its pixels carry colour (the rest get the transparent index),
 * and the disposal method. Made by {@link FramePlanner}; one per frame in flight.
 */
public final class FramePlan {
    int x;
    int y;
    int width;
    int height;
    int disposal;
    int unwritten;
    byte[] mask;

    /** A plan whose mask is made by {@link FramePlanner} at its rectangle's size. */
    public FramePlan() {
        this(new byte[0]);
    }

    /**
     * A plan whose mask is written into {@code mask} when the rectangle fits in it (else into a new array): a caller
     * that recycles its arrays from frame to frame gives one here. Its contents do not matter.
     *
     * @param mask the array for the mask, of any length
     */
    public FramePlan(byte[] mask) {
        this.mask = Objects.requireNonNull(mask, "mask must not be null");
    }

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

    /**
     * One byte per rectangle pixel, row-major: 1 = write its colour, 0 = transparent (the array may be longer than the
     * rectangle).
     */
    public byte[] mask() {
        return mask;
    }

    /** Rectangle pixels that are not written (need the transparent index). */
    public int unwritten() {
        return unwritten;
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
