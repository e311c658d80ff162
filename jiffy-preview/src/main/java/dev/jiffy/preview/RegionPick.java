package dev.jiffy.preview;

import dev.jiffy.clip.Rect;

/**
 * A rectangle dragged out in the preview.
 *
 * @param rect the rectangle [x1, x2) × [y1, y2) in the clip's pixels, both the pressed and the released pixel inside
 * @param time the time of the frame it was drawn on, seconds
 */
public record RegionPick(Rect rect, double time) {
}
