package dev.jiffy.background;

/**
 * A camera's automatic exposure: when a dark figure walks in, many cameras brighten the whole picture (the tests'
 * source clip, person_walking_static_cam, lifts its white wall from 111 to 125 levels as the person arrives). Against
 * a fixed background that makes every pixel "different". The gain of each channel is measured as the median, over the
 * pixels, of the frame's value over the background's: the subjects cover a minority of the picture, so they do not
 * move the median.
 */
final class Exposure {
    /** Ratios are counted in bins of this width over [0, {@value #MAX_GAIN}). */
    private static final double BIN = 0.002;
    /** Gains beyond this are not exposure but a different scene: counted in the last bin. */
    private static final double MAX_GAIN = 4;
    /** Background values darker than this (levels) give ratios dominated by noise: not counted. */
    private static final float MIN_LEVEL = 24;

    private Exposure() {
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
