package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * Up to 256 colours (0xRRGGBB). Usually a mutable scratch object owned by the encoder; a {@link #frozenCopy()} is
 * shared by several frames and never changes, so whoever maps to it may keep what they worked out for it.
 */
public final class Palette {
    private final int[] colors = new int[256];
    private int size;
    private boolean frozen;

    public int size() {
        return size;
    }

    public int color(int i) {
        return colors[i];
    }

    /** The backing array (not to be written to); entries beyond {@link #size()} are unspecified. */
    public int[] colors() {
        return colors;
    }

    /** Whether this palette can no longer change (see {@link #frozenCopy()}). */
    public boolean frozen() {
        return frozen;
    }

    /** An unchangeable copy of these colours. */
    public Palette frozenCopy() {
        Palette copy = new Palette();
        copy.copyFrom(this);
        copy.frozen = true;
        return copy;
    }

    /** Makes this palette the same colours as {@code other}. */
    public void copyFrom(Palette other) {
        checkMutable();
        System.arraycopy(other.colors, 0, colors, 0, other.size);
        size = other.size;
    }

    public void clear() {
        checkMutable();
        size = 0;
    }

    public void add(int rgb) {
        checkMutable();
        colors[size++] = rgb & 0xFFFFFF;
    }

    private void checkMutable() {
        if (frozen) {
            throw new IllegalStateException("this palette is shared by several frames and cannot change");
        }
    }

    /** Sorts ascending and removes duplicates, so equal inputs always give the same table. */
    public void sortUnique() {
        checkMutable();
        Arrays.sort(colors, 0, size);
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (n == 0 || colors[n - 1] != colors[i]) {
                colors[n++] = colors[i];
            }
        }
        size = n;
    }
}
