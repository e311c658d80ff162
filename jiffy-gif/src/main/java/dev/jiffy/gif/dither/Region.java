package dev.jiffy.gif.dither;

/**
 * The part of a frame to remap.
 *
 * @param argb   the whole source frame, row-major, {@code stride} pixels per row
 * @param x      left of the rectangle on the canvas
 * @param y      top of the rectangle on the canvas
 * @param mask   one byte per rectangle pixel, row-major: non-zero = map this pixel, zero = leave its output alone
 */
public record Region(int[] argb, int stride, int x, int y, int width, int height, byte[] mask) {
}
