package dev.jiffy.preview;

import java.io.PrintStream;
import java.util.Objects;
import java.util.function.Consumer;

/** Hears what the user picks in the preview window; called on the Swing event thread. */
public interface PreviewListener {

    /**
     * A pixel was clicked.
     *
     * @param pick where, when, and its colour
     */
    void pixel(PixelPick pick);

    /**
     * A rectangle was dragged out.
     *
     * @param pick the rectangle, in the clip's pixels
     */
    void region(RegionPick pick);

    /**
     * Prints picks to {@code out}, one line each (the default prints to standard output).
     *
     * @param out where the lines go; flushed after each
     * @return a listener that prints, with clip and video pixels taken as the same
     */
    static PreviewListener printing(PrintStream out) {
        Objects.requireNonNull(out, "out");
        return printing(line -> {
            out.println(line);
            out.flush();
        }, VideoMapping.identity());
    }

    /**
     * Gives picks as lines of text: a pixel as {@code pixel x=30, y=20, t=0.040 s: RGB (255, 0, 0) #FF0000}, a rectangle
     * as {@code --crop 10,20,110,70} (in the video's pixels, through {@code video}) and the matching Java call
     * {@code clip.crop(Crop.box(10, 20, 110, 70))} (in the clip's pixels).
     *
     * @param lines receives each line
     * @param video how the clip's pixels and times map to the video's, for the {@code --crop} line
     * @return a listener that formats picks as those lines
     */
    static PreviewListener printing(Consumer<String> lines, VideoMapping video) {
        return new PickPrinter(Objects.requireNonNull(lines, "lines"), Objects.requireNonNull(video, "video"));
    }
}
