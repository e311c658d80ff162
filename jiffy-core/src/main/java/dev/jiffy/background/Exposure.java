package dev.jiffy.background;

/**
 * A camera's automatic exposure: when a dark figure walks in, many cameras brighten the picture (the tests' source
 * clip, person_walking_static_cam, lifts its white wall from 111 to 125 levels as the person arrives), and not evenly
 * (a tone curve, local contrast). Against a fixed background that makes whole walls "different". So the background is
 * first brought to each frame's exposure: per channel, by the median over the pixels of the frame's value over the
 * background's (the subjects cover a minority of the picture, so they do not move the median); then, for what is
 * left, by a tone curve: the brightness ratio per band of brightness, measured on the pixels that agree (within
 * {@value #INLIER}) with the background, so that a subject does not count. On person_walking_static_cam a smooth map
 * of the ratio over the picture (blocks of 16 pixels) still left the wall's lower edge "different" for 4 s: the wall
 * and the floor next to it change differently.
 */
final class Exposure {
    /** Ratios are counted in bins of this width over [0, {@value #MAX_GAIN}). */
    private static final double BIN = 0.002;
    /** Gains beyond this are not exposure but a different scene: counted in the last bin. */
    private static final double MAX_GAIN = 4;
    /** Background values darker than this (levels) give ratios dominated by noise: not counted. */
    private static final float MIN_LEVEL = 24;

    /** Brightness levels of the tone curve: 16 bands of 16 levels. */
    static final int LEVELS = 16;
    /** A pixel counts for its block's brightness when its ratio to the background is within 1 ± this. */
    static final double INLIER = 0.2;
    /** A level with fewer counted pixels than this share of an even spread (an eighth of it) takes its neighbour's. */
    static final double MIN_SHARE = 0.25;

    private Exposure() {
    }

    /** {@code background} (r, g, b per pixel) as {@code frame}'s exposure shows it: gains, then the tone curve. */
    static float[] match(float[] background, int[] frame, int w, int h) {
        float[] bg = apply(background, gains(frame, background));
        // what is left: a ratio per brightness level (the camera's tone curve moves a white wall and a brown floor
        // differently), measured on the pixels that agree with the background
        double[] sum = new double[LEVELS];
        int[] count = new int[LEVELS];
        for (int i = 0; i < frame.length; i++) {
            double lb = luma(bg[3 * i], bg[3 * i + 1], bg[3 * i + 2]);
            if (lb < MIN_LEVEL) {
                continue;
            }
            int p = frame[i];
            double ratio = luma((p >> 16) & 0xFF, (p >> 8) & 0xFF, p & 0xFF) / lb;
            if (Math.abs(ratio - 1) <= INLIER) {
                int level = Math.min(LEVELS - 1, (int) (lb * LEVELS / 256));
                sum[level] += ratio;
                count[level]++;
            }
        }
        int minCount = Math.max(1, (int) (MIN_SHARE * frame.length / LEVELS / 8));
        double[] curve = new double[LEVELS];
        for (int l = 0; l < LEVELS; l++) {
            curve[l] = count[l] >= minCount ? sum[l] / count[l] : Double.NaN;
        }
        fill(curve);
        float[] out = new float[bg.length];
        for (int i = 0, j = 0; i < frame.length; i++, j += 3) {
            // linear between the levels' centres
            double at = Math.max(0, Math.min(LEVELS - 1, luma(bg[j], bg[j + 1], bg[j + 2]) * LEVELS / 256 - 0.5));
            int l0 = (int) at;
            int l1 = Math.min(LEVELS - 1, l0 + 1);
            double f = curve[l0] + (at - l0) * (curve[l1] - curve[l0]);
            out[j] = (float) Math.min(255, bg[j] * f);
            out[j + 1] = (float) Math.min(255, bg[j + 1] * f);
            out[j + 2] = (float) Math.min(255, bg[j + 2] * f);
        }
        return out;
    }

    /** Levels without a measure take the nearest measured level's value (1 if none is measured). */
    private static void fill(double[] curve) {
        for (int l = 0; l < curve.length; l++) {
            if (!Double.isNaN(curve[l])) {
                continue;
            }
            double best = 1;
            for (int d = 1; d < curve.length; d++) {
                if (l - d >= 0 && !Double.isNaN(curve[l - d])) {
                    best = curve[l - d];
                    break;
                }
                if (l + d < curve.length && !Double.isNaN(curve[l + d])) {
                    best = curve[l + d];
                    break;
                }
            }
            curve[l] = best;
        }
    }

    private static double luma(double r, double g, double b) {
        return 0.299 * r + 0.587 * g + 0.114 * b;
    }

    /** Per-channel gains (r, g, b) that bring {@code background} to the exposure of {@code frame}. */
    static float[] gains(int[] frame, float[] background) {
        int bins = (int) (MAX_GAIN / BIN);
        int[][] histogram = new int[3][bins];
        int[] counts = new int[3];
        for (int i = 0, j = 0; i < frame.length; i++, j += 3) {
            int p = frame[i];
            for (int c = 0; c < 3; c++) {
                float b = background[j + c];
                if (b >= MIN_LEVEL) {
                    int v = (p >> (16 - 8 * c)) & 0xFF;
                    histogram[c][Math.min(bins - 1, (int) (v / b / BIN))]++;
                    counts[c]++;
                }
            }
        }
        float[] gains = new float[3];
        for (int c = 0; c < 3; c++) {
            if (counts[c] == 0) {
                gains[c] = 1;
                continue;
            }
            int half = (counts[c] + 1) / 2;
            int seen = 0;
            int k = 0;
            while (seen + histogram[c][k] < half) {
                seen += histogram[c][k];
                k++;
            }
            gains[c] = (float) ((k + 0.5) * BIN);
        }
        return gains;
    }

    /** {@code background} times the gains, clamped to 0..255: the background as this frame's exposure shows it. */
    static float[] apply(float[] background, float[] gains) {
        float[] out = new float[background.length];
        for (int j = 0; j < out.length; j += 3) {
            out[j] = Math.min(255, background[j] * gains[0]);
            out[j + 1] = Math.min(255, background[j + 1] * gains[1]);
            out[j + 2] = Math.min(255, background[j + 2] * gains[2]);
        }
        return out;
    }
}
