package dev.jiffy.gif.optimize;

/** What a new frame's pixels are compared with to decide whether they changed (see {@link FramePlanner}). */
public enum Comparison {
    /**
     * The source colour each screen pixel stands for, within fuzz: what a lossy frame (palette, dithering, kept
     * pixels) is planned against, so that small changes never pile up and planning never waits for the encoder.
     */
    SOURCE,
    /**
     * The colour actually displayed: for frames written exactly (few colours, no fuzz), so that every pixel ends up
     * exact. Depends on how earlier frames were dithered, so such a plan waits until they are encoded.
     */
    DISPLAYED
}
