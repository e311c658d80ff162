package dev.jiffy.background;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;

/**
 * The background-removal mask (1 on the subjects) of a clip's frame. Safe from any thread; the same time always gives
 * the same mask, whatever was asked for before and on whichever thread (so output is byte-identical for any thread
 * count).
 */
interface MaskMaker {
    /**
     * @param t     seconds into the clip
     * @param frame the clip's frame at {@code t} (read by the caller, which also shows it)
     * @return the mask, {@code frame}'s size
     */
    Mask maskAt(double t, Frame frame);
}
