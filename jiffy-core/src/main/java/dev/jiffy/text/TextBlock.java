package dev.jiffy.text;

import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * Text laid out at one size: the outline of each line in block coordinates (x = 0 at the left of the alignment width,
 * y = 0 on the first line's baseline), and the box around all their ink (without any stroke).
 *
 * @param lines    one outline per line that has ink, in drawing order
 * @param ink      the union of the outlines' bounds; empty when nothing would be drawn
 * @param lineCount lines including empty ones
 */
record TextBlock(List<Shape> lines, Rectangle2D ink, int lineCount) {
    TextBlock {
        lines = List.copyOf(lines);
    }

    boolean hasInk() {
        return !lines.isEmpty() && ink.getWidth() > 0 && ink.getHeight() > 0;
    }
}
