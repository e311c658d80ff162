package dev.jiffy.gif.quantize;

/**
 * Adds pixels to a {@link ColorHistogram} a run of one colour at a time: a flat area's pixels cost one add, and the
 * histogram gets exactly what adding them one by one gives it. Call {@link #end()} after the last pixel.
 */
public final class ColorRuns {
    private final ColorHistogram histogram;
    private int colour;
    private int run;

    /**
     * Runs into {@code histogram}.
     *
     * @param histogram where the runs are added
     */
    public ColorRuns(ColorHistogram histogram) {
        this.histogram = histogram;
    }

    /**
     * One pixel: extends the run of its colour, or adds the run before it and starts its own.
     *
     * @param argb the pixel
     */
    public void add(int argb) {
        if (run > 0 && argb == colour) {
            run++;
        } else {
            end();
            colour = argb;
            run = 1;
        }
    }

    /** Adds the run in progress, if any. */
    public void end() {
        if (run > 0) {
            histogram.add(colour, run);
            run = 0;
        }
    }
}
