package dev.jiffy.gif;

import dev.jiffy.gif.optimize.Comparison;
import dev.jiffy.gif.optimize.FramePlan;
import dev.jiffy.gif.optimize.NoiseEstimate;
import dev.jiffy.gif.quantize.Palette;

/**
 * A frame of the GIF with what it writes decided: its place, pixels, final delay and plan (changed rectangle, which
 * pixels carry colour, disposal). Everything after planning (palette and remap, then stabilising, LZW and writing)
 * works from this.
 *
 * @param index      its place in the GIF, 0 for the first
 * @param argb       its pixels (a buffer of the writer's {@link FrameBuffers}, given back once written)
 * @param delay      centiseconds, at least 1
 * @param plan       owned by this frame (mapping may widen it, see {@link FramePlan#writeAll()})
 * @param shared     the palette it shares with other frames, or null
 * @param comparison what its plan compared pixels with ({@link dev.jiffy.gif.optimize.Comparison#DISPLAYED} for
 *                   frames written exactly)
 * @param noise      per block, the noise of the frames before it ({@link NoiseEstimate#noiseOfBlocks()}), which
 *                   widens what its stabilising keeps still
 */
record PlannedFrame(int index, int[] argb, int delay, FramePlan plan, Palette shared, Comparison comparison,
        int[] noise) {
    boolean first() {
        return index == 0;
    }
}
