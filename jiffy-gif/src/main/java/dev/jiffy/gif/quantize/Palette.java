package dev.jiffy.gif.quantize;

import java.util.Arrays;

/** Up to 256 colours (0xRRGGBB). Mutable scratch object owned by the encoder. */
public final class Palette {
    private final int[] colors = new int[256];
    private int size;

    public int size() {
        return size;
    }

    public int color(int i) {
        return colors[i];
    }

    /** The backing array; entries beyond {@link #size()} are unspecified. */
    public int[] colors() {
        return colors;
    }

    public void clear() {
        size = 0;
    }

    public void add(int rgb) {
        colors[size++] = rgb & 0xFFFFFF;
    }

    /** Sorts ascending and removes duplicates, so equal inputs always give the same table. */
    public void sortUnique() {
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
