package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * Collects the distinct colours of a frame while there are few of them (the lossless path) and then maps each colour
 * to its palette index. Open addressing on an int array; no boxing.
 */
public final class ExactColors {
    private static final int BITS = 10;
    private static final int SIZE = 1 << BITS; // 1024 slots for at most 257 keys
    private static final int MASK = SIZE - 1;
    private static final int EMPTY = -1;

    private final int[] keys = new int[SIZE];
    private final int[] values = new int[SIZE];
    private int count;
    private int limit;

    /** Starts a new collection that gives up once more than {@code limit} (at most 256) colours are seen. */
    public void reset(int limit) {
        if (limit > 256) {
            throw new IllegalArgumentException("limit " + limit + " > 256");
        }
        Arrays.fill(keys, EMPTY);
        count = 0;
        this.limit = limit;
    }

    /** Adds a colour; returns false once the limit has been exceeded. */
    public boolean add(int rgb) {
        int key = rgb & 0xFFFFFF;
        int h = slot(key);
        while (true) {
            int k = keys[h];
            if (k == key) {
                return true;
            }
            if (k == EMPTY) {
                if (count == limit) {
                    count++;
                    return false;
                }
                keys[h] = key;
                count++;
                return true;
            }
            h = (h + 1) & MASK;
        }
    }

    public int count() {
        return count;
    }

    public boolean overflowed() {
        return count > limit;
    }

    /** Writes the collected colours, sorted ascending, into the palette and indexes them. */
    public void toPalette(Palette palette) {
        palette.clear();
        for (int i = 0; i < SIZE; i++) {
            if (keys[i] != EMPTY) {
                palette.add(keys[i]);
            }
        }
        palette.sortUnique();
        for (int i = 0; i < palette.size(); i++) {
            values[find(palette.color(i))] = i;
        }
    }

    /** The palette index of a collected colour (after {@link #toPalette}). */
    public int indexOf(int rgb) {
        return values[find(rgb & 0xFFFFFF)];
    }

    private int find(int key) {
        int h = slot(key);
        while (keys[h] != key) {
            if (keys[h] == EMPTY) {
                throw new IllegalStateException(String.format("colour %06X was not collected", key));
            }
            h = (h + 1) & MASK;
        }
        return h;
    }

    private static int slot(int key) {
        return (key * 0x9E3779B1) >>> (32 - BITS);
    }
}
