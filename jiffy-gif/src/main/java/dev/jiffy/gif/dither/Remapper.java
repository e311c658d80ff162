package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/** Chooses a palette index for each masked pixel of a region. One strategy per {@code Dither} value. */
public interface Remapper {
    /**
     * @param search nearest-colour search already set to {@code palette}
     * @param out    one index per rectangle pixel (row-major); only masked positions are written
     */
    void remap(Region region, Palette palette, NearestColor search, byte[] out);
}
