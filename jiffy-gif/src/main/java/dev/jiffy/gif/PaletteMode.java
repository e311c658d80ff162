package dev.jiffy.gif;

/**
 * Which frames share a palette. Frames whose colours all fit in the palette are written exactly whatever the mode.
 */
public enum PaletteMode {
    /**
     * A fresh palette for each frame, made for the pixels it writes: the most faithful colours per frame, but the
     * same source colour may come out differently from one frame to the next, which costs bytes (fewer pixels can be
     * left unchanged). What quality 100 uses.
     */
    FRAME,
    /**
     * One palette for the whole GIF, written once as its global colour table. It is made from the frames given to
     * {@link GifWriter#addPaletteSample} before the first frame, or else from the first frames (up to
     * {@link GifWriter#LOOK_AHEAD_SECONDS} seconds of them). Right for clips whose colours stay alike throughout.
     */
    GLOBAL,
    /**
     * One palette per scene: frames are read a little ahead (up to {@link GifWriter#LOOK_AHEAD_SECONDS} seconds), cut
     * where the colours change abruptly, and each scene gets a palette made from all its frames; a scene whose colours
     * the previous palette still serves about as well keeps it. Still areas keep exactly their colours from frame to
     * frame, so they cost nothing after the first frame. What qualities below 75 use: about a quarter fewer bytes
     * for a little less fidelity where a scene's colours vary.
     */
    AUTO,
    /**
     * Per frame, the better of the two above: scenes get palettes as with {@link #AUTO}, and a frame is written with
     * its scene's palette when that serves the pixels it writes closely (a mean error of about 2.7 levels on each
     * channel at most), else with a fresh palette of its own as with {@link #FRAME}. A still camera's frames and a
     * grey film's keep their colours from frame to frame, for fewer bytes at a higher SSIM; a scene whose colours vary
     * keeps each frame's truest colours. The default (and what qualities from 75 to 99 use).
     */
    SCENE_OR_FRAME
}
