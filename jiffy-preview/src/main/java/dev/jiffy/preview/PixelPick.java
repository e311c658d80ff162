package dev.jiffy.preview;

import java.util.OptionalInt;

/**
 * A pixel clicked in the preview.
 *
 * @param x          column in the clip's pixels (whatever the window's zoom)
 * @param y          row in the clip's pixels
 * @param time       the frame's time in the clip, seconds
 * @param frameIndex the frame's index at the preview's frame rate
 * @param argb       the clip's colour there, 0xAARRGGBB
 * @param gifArgb    the colour the GIF shows there, when the "As GIF" view was on (0 where the GIF is transparent)
 */
public record PixelPick(int x, int y, double time, int frameIndex, int argb, OptionalInt gifArgb) {
}
