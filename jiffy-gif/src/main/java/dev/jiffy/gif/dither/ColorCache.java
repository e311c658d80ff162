package dev.jiffy.gif.dither;

import java.util.Arrays;

/**
 * A direct-mapped cache (65,536 slots) from a 24-bit colour to a non-negative int result, cleared per frame. Frames
 * repeat colours often enough that remembering the last result per slot saves a good share of the searches.
 */
final class ColorCache {
    private static final int BITS = 16;
    private final int[] keys = new int[1 << BITS];
    private final int[] values = new int[1 << BITS];

    void clear() {
        Arrays.fill(keys, -1);
    }

    static int slot(int rgb) {
        return (rgb * 0x9E3779B1) >>> (32 - BITS);
    }

    /** The cached value for {@code rgb} at {@code slot}, or -1 if absent (values must be non-negative). */
    int get(int slot, int rgb) {
        return keys[slot] == rgb ? values[slot] : -1;
    }

    void put(int slot, int rgb, int value) {
        keys[slot] = rgb;
        values[slot] = value;
    }
}
