package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/**
 * No dithering: every pixel takes its nearest palette colour. Each remap also measures how far the written pixels are
 * from their colours ({@link #written()}, {@link #exact()}, {@link #error()}), which {@link AutoRemapper} decides by:
 * worked out once per colour in the same pass, rather than in a second pass over the pixels (a second pass cost 1.6 %
 * of case b's Java samples, more than the measure does here).
 */
public final class NearestRemapper implements Remapper {
    /** Per colour: its nearest palette colour's distance ({@link ColorMetric} units, under 2^19) << 8 | its index. */
    private final ColorCache cache = new ColorCache();
    private long written;
    private long exact;
    private long error;

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        cache.clear();
        int[] argb = region.argb();
        byte[] mask = region.mask();
        int[] colours = palette.colors();
        int w = region.width();
        int last = -1;
        int lastIndex = 0;
        int lastError = 0;
        int lastExact = 0;
        long written = 0;
        long exact = 0;
        long error = 0;
        for (int row = 0; row < region.height(); row++) {
            int src = (region.y() + row) * region.stride() + region.x();
            int o = row * w;
            for (int col = 0; col < w; col++) {
                if (mask[o + col] != 0) {
                    int c = argb[src + col] & 0xFFFFFF;
                    if (c != last) {
                        last = c;
                        int slot = ColorCache.slot(c);
                        int found = cache.get(slot, c);
                        if (found < 0) {
                            int index = search.nearest(c);
                            found = ColorMetric.distance(c, colours[index]) << 8 | index;
                            cache.put(slot, c, found);
                        }
                        lastIndex = found & 0xFF;
                        lastError = found >>> 8;
                        lastExact = (lastError - 1) >>> 31; // 1 for an error of 0 (errors are never negative)
                    }
                    out[o + col] = (byte) lastIndex;
                    written++;
                    error += lastError;
                    exact += lastExact;
                }
            }
        }
        this.written = written;
        this.exact = exact;
        this.error = error;
    }

    /** The pixels the last remap wrote. */
    long written() {
        return written;
    }

    /** How many of them took a palette colour equal to their own. */
    long exact() {
        return exact;
    }

    /** Their summed distance to the colours they took, {@link ColorMetric} units. */
    long error() {
        return error;
    }
}
