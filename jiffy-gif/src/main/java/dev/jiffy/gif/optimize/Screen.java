package dev.jiffy.gif.optimize;

import dev.jiffy.gif.format.GraphicControlExtension;
import java.util.Arrays;

/**
 * What a viewer shows after the frames written so far (and the last one's disposal): per pixel the colour displayed
 * and the source colour it stands for, both 0xFFRRGGBB, or 0 where the canvas is transparent. Change detection
 * compares new frames with {@link #source} (what was actually written), so small changes below fuzz never pile up.
 */
public final class Screen {
    private final int width;
    private final int height;
    final int[] shown;
    final int[] source;

    public Screen(int width, int height) {
        this.width = width;
        this.height = height;
        this.shown = new int[width * height];
        this.source = new int[width * height];
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public int shown(int p) {
        return shown[p];
    }

    /**
     * The displayed colours (0xFFRRGGBB, 0 where transparent), canvas layout: the screen's own array, for a reader
     * that must not change it (lossy LZW weighs a transparent pixel as the colour displayed before its frame, and the
     * frame's pixels are shown only once LZW has chosen them).
     */
    public int[] displayed() {
        return shown;
    }

    /**
     * Whether showing {@code next} after {@code held} would change nothing, given that {@code held} is about to be
     * drawn on this screen: every pixel is transparent in both, or opaque in both and within fuzz of the source colour
     * that would be on screen.
     */
    public boolean unchangedAfter(int[] held, int[] next, int alphaThreshold, Fuzz fuzz) {
        for (int p = 0; p < next.length; p++) {
            int h = held[p];
            int n = next[p];
            boolean hOpaque = (h >>> 24) >= alphaThreshold;
            boolean nOpaque = (n >>> 24) >= alphaThreshold;
            if (hOpaque != nOpaque) {
                return false;
            }
            if (!nOpaque) {
                continue;
            }
            int s = source[p];
            int after = (s != 0 && fuzz.same(h, s)) ? s : h;
            if (!fuzz.same(n, after)) {
                return false;
            }
        }
        return true;
    }

    /** Makes this screen show what {@code other} shows (same size). */
    public void copyFrom(Screen other) {
        System.arraycopy(other.shown, 0, shown, 0, shown.length);
        System.arraycopy(other.source, 0, source, 0, source.length);
    }

    /**
     * Records what a frame drawn to its plan stands for, leaving palettes aside: each written pixel now stands for its
     * source colour, and disposal "restore to background" clears the rectangle afterwards. Once a frame is planned,
     * what each pixel stands for does not depend on how it was dithered or kept (see {@link Stabilizer}), so a screen
     * kept this way plans frames with fuzz exactly as the encoder will, before the encoder gets to them. (Frames with
     * fuzz are never written exactly, the one plan that looks at displayed colours.)
     */
    public void applyPlan(int[] frame, FramePlan plan) {
        byte[] mask = plan.mask();
        for (int row = 0; row < plan.height(); row++) {
            int p = (plan.y() + row) * width + plan.x();
            int o = row * plan.width();
            for (int i = 0; i < plan.width(); i++) {
                if (mask[o + i] != 0) {
                    int c = 0xFF000000 | frame[p + i];
                    shown[p + i] = c;
                    source[p + i] = c;
                }
            }
        }
        if (plan.disposal() == GraphicControlExtension.DISPOSE_BACKGROUND) {
            clear(plan.x(), plan.y(), plan.width(), plan.height());
        }
    }

    /** Records that pixel {@code p} now displays {@code shownRgb} (its source colour unchanged). */
    public void show(int p, int shownRgb) {
        shown[p] = 0xFF000000 | shownRgb;
    }

    /**
     * Records the source colour that pixel {@code p} now stands for, whether it keeps what is displayed or is written
     * (what it then displays is recorded by {@link #show}).
     */
    public void standFor(int p, int sourceRgb) {
        source[p] = 0xFF000000 | sourceRgb;
    }

    /** Disposal "restore to background": the rectangle becomes transparent. */
    public void clear(int x, int y, int w, int h) {
        for (int row = y; row < y + h; row++) {
            Arrays.fill(shown, row * width + x, row * width + x + w, 0);
            Arrays.fill(source, row * width + x, row * width + x + w, 0);
        }
    }
}
