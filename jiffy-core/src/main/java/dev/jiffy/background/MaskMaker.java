package dev.jiffy.background;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;

/** A frame's background-removal mask (1 on the subjects), from the frame alone. Safe from any thread. */
interface MaskMaker {
    Mask maskOf(Frame frame);
}
