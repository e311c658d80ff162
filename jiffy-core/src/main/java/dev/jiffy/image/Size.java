package dev.jiffy.image;

/** A picture size in pixels. */
public record Size(int width, int height) {
    /**
     * Checks that both sides are positive.
     *
     * @param width  pixels across, at least 1
     * @param height pixels down, at least 1
     * @throws IllegalArgumentException if a side is 0 or negative
     */
    public Size {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("size must be positive, got " + width + "x" + height);
        }
    }

    /**
     * The number of pixels, as a long since a large size overflows an int.
     *
     * @return {@code width * height}
     */
    public long pixels() {
        return (long) width * height;
    }

    @Override
    public String toString() {
        return width + "x" + height;
    }
}
