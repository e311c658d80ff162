package dev.jiffy.background;

import java.util.Locale;

/**
 * Whether the camera seems to move, judged on some of the background frames: a frame is "mostly changed" when more
 * than half of its pixels differ from the median background by more than the threshold. With a still camera only the
 * moving subjects differ, so few frames are mostly changed; with a panning or shaking camera, most are.
 *
 * @param framesChecked         how many background frames were compared with the background
 * @param framesMostlyChanged   how many of them differ from it over more than half of the picture
 * @param medianChangedFraction the median, over the frames checked, of the fraction of pixels that differ (0..1)
 */
public record CameraCheck(int framesChecked, int framesMostlyChanged, double medianChangedFraction) {
    /** The warning shown when the camera seems to move. */
    public static final String WARNING = "the camera seems to move: background removal assumes a still camera";

    /**
     * More than half of the frames checked differ from the background over more than half of the picture.
     *
     * @return true when background removal would likely fail and the user should be warned with {@link #WARNING}
     */
    public boolean seemsToMove() {
        return 2 * framesMostlyChanged > framesChecked;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d of %d frames mostly differ from the background (median %.0f %% of pixels)%s",
                framesMostlyChanged, framesChecked, 100 * medianChangedFraction,
                seemsToMove() ? ": " + WARNING : "");
    }
}
