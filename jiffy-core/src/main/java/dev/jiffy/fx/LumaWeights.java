package dev.jiffy.fx;

/**
 * How much red, green and blue count in a grey level (each set sums to 1, so white stays white and greys stay as they
 * are). Applied to the gamma-encoded values as stored, as video luma is.
 */
public enum LumaWeights {
    /** ITU-R BT.601 luma, 0.299 R + 0.587 G + 0.114 B: JPEG's, standard-definition video's, PIL's and OpenCV's grey. */
    REC601(0.299, 0.587, 0.114),
    /** ITU-R BT.709 luma, 0.2126 R + 0.7152 G + 0.0722 B: the luma of HD video. */
    REC709(0.2126, 0.7152, 0.0722),
    /** The plain average (R + G + B) / 3: MoviePy's {@code blackwhite} default. Blue comes out as bright as green. */
    EQUAL(1 / 3.0, 1 / 3.0, 1 / 3.0);

    private final double red;
    private final double green;
    private final double blue;

    LumaWeights(double red, double green, double blue) {
        this.red = red;
        this.green = green;
        this.blue = blue;
    }

    /**
     * Red's share of the grey level.
     *
     * @return 0..1
     */
    public double red() {
        return red;
    }

    /**
     * Green's share of the grey level.
     *
     * @return 0..1
     */
    public double green() {
        return green;
    }

    /**
     * Blue's share of the grey level.
     *
     * @return 0..1
     */
    public double blue() {
        return blue;
    }
}
