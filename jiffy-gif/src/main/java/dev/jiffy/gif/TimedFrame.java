package dev.jiffy.gif;

import dev.jiffy.gif.quantize.Palette;

/**
 * A frame as the caller gave it, on its way to the planner: its pixels (a buffer of the writer's
 * {@link FrameBuffers}), when it ends, its delay, and the palette it shares with other frames once the palette
 * look-ahead chose one.
 *
 * @param argb   packed 0xAARRGGBB, row-major
 * @param end    seconds from the start of the animation to when it stops showing
 * @param delay  centiseconds it adds to the animation (from a running total of end times; may be 0)
 * @param shared the palette it shares, or null for a palette of its own
 */
record TimedFrame(int[] argb, double end, int delay, Palette shared) {
    TimedFrame withShared(Palette palette) {
        return new TimedFrame(argb, end, delay, palette);
    }
}
