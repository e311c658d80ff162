package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/** No dithering: every pixel takes its nearest palette colour. */
public final class NearestRemapper implements Remapper {
    private final ColorCache cache = new ColorCache();

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        cache.clear();
        int[] argb = region.argb();
        byte[] mask = region.mask();
        int w = region.width();
        int last = -1;
        int lastIndex = 0;
        for (int row = 0; row < region.height(); row++) {
            int src = (region.y() + row) * region.stride() + region.x();
            int o = row * w;
            for (int col = 0; col < w; col++) {
                if (mask[o + col] != 0) {
                    int c = argb[src + col] & 0xFFFFFF;
                    if (c != last) {
                        last = c;
                        int slot = ColorCache.slot(c);
                        lastIndex = cache.get(slot, c);
                        if (lastIndex < 0) {
                            lastIndex = search.nearest(c);
                            cache.put(slot, c, lastIndex);
                        }
                    }
                    out[o + col] = (byte) lastIndex;
                }
            }
        }
    }
}
