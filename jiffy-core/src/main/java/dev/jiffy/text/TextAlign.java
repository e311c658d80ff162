package dev.jiffy.text;

/** How the lines of a text line up with each other (and, in caption mode, inside the caption's width). */
public enum TextAlign {
    /** Lines start at the left edge (the default). */
    LEFT,
    /** Lines are centred. */
    CENTER,
    /** Lines end at the right edge. */
    RIGHT;

    /** The share of the free space that goes before a line: 0, ½ or 1. */
    double share() {
        return switch (this) {
            case LEFT -> 0;
            case CENTER -> 0.5;
            case RIGHT -> 1;
        };
    }
}
