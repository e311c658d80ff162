package dev.jiffy.clip;

import dev.jiffy.image.Size;

/**
 * A crop region written any of MoviePy's ways: corners ({@code x1, y1, x2, y2}), a corner and a size
 * ({@code x1, width}), or a centre and a size ({@code xCenter, width}). Unset edges default to the frame's edges.
 * Build it fluently: {@code Crop.region().x1(145).x2(400)}, {@code Crop.region().xCenter(320).width(200)}.
 */
public record Crop(Integer x1, Integer y1, Integer x2, Integer y2, Integer width, Integer height,
                   Integer xCenter, Integer yCenter) {

    /**
     * The whole frame; narrow it with the fluent setters: {@code Crop.region().x1(145).x2(400)}.
     *
     * @return a crop with nothing set
     */
    public static Crop region() {
        return new Crop(null, null, null, null, null, null, null, null);
    }

    /**
     * The rectangle [x1, x2) × [y1, y2).
     *
     * @param x1 left edge, included
     * @param y1 top edge, included
     * @param x2 right edge, excluded
     * @param y2 bottom edge, excluded
     * @return the crop (checked against the frame when applied)
     */
    public static Crop box(int x1, int y1, int x2, int y2) {
        return new Crop(x1, y1, x2, y2, null, null, null, null);
    }

    /**
     * The left edge, included.
     *
     * @param v pixels from the frame's left edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop x1(int v) {
        return new Crop(v, y1, x2, y2, width, height, xCenter, yCenter);
    }

    /**
     * The top edge, included.
     *
     * @param v pixels from the frame's top edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop y1(int v) {
        return new Crop(x1, v, x2, y2, width, height, xCenter, yCenter);
    }

    /**
     * The right edge, excluded.
     *
     * @param v pixels from the frame's left edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop x2(int v) {
        return new Crop(x1, y1, v, y2, width, height, xCenter, yCenter);
    }

    /**
     * The bottom edge, excluded.
     *
     * @param v pixels from the frame's top edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop y2(int v) {
        return new Crop(x1, y1, x2, v, width, height, xCenter, yCenter);
    }

    /**
     * The width, with one of x1, x2 or xCenter.
     *
     * @param v pixels, positive
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop width(int v) {
        return new Crop(x1, y1, x2, y2, v, height, xCenter, yCenter);
    }

    /**
     * The height, with one of y1, y2 or yCenter.
     *
     * @param v pixels, positive
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop height(int v) {
        return new Crop(x1, y1, x2, y2, width, v, xCenter, yCenter);
    }

    /**
     * The horizontal centre, with a width.
     *
     * @param v pixels from the frame's left edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop xCenter(int v) {
        return new Crop(x1, y1, x2, y2, width, height, v, yCenter);
    }

    /**
     * The vertical centre, with a height.
     *
     * @param v pixels from the frame's top edge
     * @return a copy with that edge or size set; this one is unchanged
     */
    public Crop yCenter(int v) {
        return new Crop(x1, y1, x2, y2, width, height, xCenter, v);
    }

    /**
     * The pixel rectangle this crop selects in a frame of {@code frame} size.
     *
     * @param frame the size of the frames being cropped
     * @return the rectangle, inside the frame and not empty
     * @throws IllegalArgumentException if the region is empty, over-specified or leaves the frame
     */
    public Rect resolve(Size frame) {
        int[] xs = axis("x", x1, x2, width, xCenter, frame.width());
        int[] ys = axis("y", y1, y2, height, yCenter, frame.height());
        return new Rect(xs[0], ys[0], xs[1], ys[1]).requireInside(frame);
    }

    private static int[] axis(String name, Integer lo, Integer hi, Integer size, Integer center, int full) {
        String sizeName = name.equals("x") ? "width" : "height";
        if (size != null && size <= 0) {
            throw new IllegalArgumentException("crop " + sizeName + " must be positive, got " + size);
        }
        if (center != null) {
            if (size == null) {
                throw new IllegalArgumentException("crop " + name + "Center needs a " + sizeName);
            }
            if (lo != null || hi != null) {
                throw new IllegalArgumentException("crop: give " + name + "Center or " + name + "1/" + name + "2, not both");
            }
            int start = center - size / 2;
            return new int[] {start, start + size};
        }
        if (size != null) {
            if (lo != null && hi != null) {
                throw new IllegalArgumentException("crop: " + name + "1, " + name + "2 and " + sizeName
                        + " over-specify the region; give two of them");
            }
            if (hi != null) {
                return new int[] {hi - size, hi};
            }
            int start = lo == null ? 0 : lo;
            return new int[] {start, start + size};
        }
        return new int[] {lo == null ? 0 : lo, hi == null ? full : hi};
    }
}
