package dev.jiffy.fx;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;

/** What {@link FadeIn} and {@link FadeOut} share: checks, and mixing a frame with a colour. */
final class Fades {
    private Fades() {
    }

    static double checkSeconds(double seconds) {
        return Checks.positiveSeconds(seconds, "fade duration");
    }

    static int checkColor(int argb) {
        return Checks.opaqueColor(argb, "fade colour",
                "fades change colours, not opacity: to fade through transparency use crossfadeIn/crossfadeOut");
    }

    static void checkFits(double seconds, Clip clip) {
        if (seconds > clip.duration() + Timeline.EPSILON) {
            throw new IllegalArgumentException("a " + Times.format(seconds) + " fade is longer than the clip ("
                    + Times.format(clip.duration()) + ")");
        }
    }

    /**
     * {@code picture} parts of the frame and {@code 1 − picture} parts of the colour, channel by channel, rounded;
     * alpha is the frame's. {@code picture} is clamped to 0..1 (1 returns the frame itself).
     */
    static Frame mix(Frame frame, double picture, int rgb) {
        double p = Math.max(0, Math.min(1, picture));
        if (p >= 1) {
            return frame;
        }
        return ChannelLut.apply(frame, table(p, (rgb >>> 16) & 0xFF), table(p, (rgb >>> 8) & 0xFF), table(p, rgb & 0xFF));
    }

    private static int[] table(double p, int color) {
        double base = color * (1 - p);
        return ChannelLut.of(v -> v * p + base);
    }
}
