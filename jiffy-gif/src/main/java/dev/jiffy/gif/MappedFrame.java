package dev.jiffy.gif;

import dev.jiffy.gif.quantize.Palette;

/**
 * A planned frame with its palette chosen and its written pixels mapped to it: all that is left is what depends on
 * the frames before it (keeping pixels that look the same, LZW against the screen) and writing, in order.
 *
 * @param frame       the planned frame
 * @param palette     its colours
 * @param indices     one palette index per plan-rectangle pixel (written pixels only; the rest are filled later)
 * @param transparent the transparent index, or -1 if the frame has none
 * @param exact       whether the palette holds every written pixel's own colour (few colours: no dithering); the frame
 *                    is written exactly when the options are lossless too (lossy 0)
 */
record MappedFrame(PlannedFrame frame, Palette palette, byte[] indices, int transparent, boolean exact) {
}
