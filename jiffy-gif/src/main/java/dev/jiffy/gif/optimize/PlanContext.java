package dev.jiffy.gif.optimize;

import java.util.Objects;

/**
 * What planning a frame needs besides its pixels and the screen.
 *
 * @param index           the frame's place in the GIF, 0 for the first (written whole, over the canvas)
 * @param comparison      what its pixels are compared with
 * @param nextTransparent per canvas pixel, whether the frame shown after this one is transparent there; null if no
 *                        frame follows or it has no transparency
 */
public record PlanContext(int index, Comparison comparison, boolean[] nextTransparent) {
    public PlanContext {
        if (index < 0) {
            throw new IllegalArgumentException("frame index must be at least 0, got " + index);
        }
        Objects.requireNonNull(comparison, "comparison");
    }

    /** Whether this is the GIF's first frame. */
    public boolean first() {
        return index == 0;
    }
}
