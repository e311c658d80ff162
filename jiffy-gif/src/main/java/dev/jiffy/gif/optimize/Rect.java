package dev.jiffy.gif.optimize;

/** A rectangle on the canvas. */
public record Rect(int x, int y, int width, int height) {
}
