package dev.jiffy.clip;

import dev.jiffy.image.Size;

/** A pixel rectangle [x1, x2) × [y1, y2). */
public record Rect(int x1, int y1, int x2, int y2) {
    /**
     * Width in pixels.
     *
     * @return {@code x2 - x1}
     */
    public int width() {
        return x2 - x1;
    }

    /**
     * Height in pixels.
     *
     * @return {@code y2 - y1}
     */
    public int height() {
        return y2 - y1;
    }

    /**
     * Width and height.
     *
     * @return the size
     * @throws IllegalArgumentException if the rectangle is empty
     */
    public Size size() {
        return new Size(width(), height());
    }

    /**
     * Checks that this rectangle is not empty and lies inside a frame of {@code frame} size.
     *
     * @param frame the frame's size
     * @return this rectangle
     * @throws IllegalArgumentException naming the rectangle and the frame if it is empty or not inside the frame
     */
    public Rect requireInside(Size frame) {
        if (x1 < 0 || y1 < 0 || x2 > frame.width() || y2 > frame.height() || x1 >= x2 || y1 >= y2) {
            throw new IllegalArgumentException("crop " + this + " is outside the " + frame + " frame (need 0 <= x1 < x2 <= "
                    + frame.width() + " and 0 <= y1 < y2 <= " + frame.height() + ")");
        }
        return this;
    }

    @Override
    public String toString() {
        return "x1=" + x1 + " y1=" + y1 + " x2=" + x2 + " y2=" + y2;
    }
}
