package dev.jiffy.image;

/**
 * Masks from how much a frame differs from a reference, as the seed's
 * {@code ((im - background)**2).sum(axis=2) > 1500}: a pixel is set when the squared RGB distance
 * {@code Δr² + Δg² + Δb²} (channels 0..255) is above the threshold. Alpha is ignored. The seed's 1500 is a distance of
 * about 39, or 22 per channel when all three differ alike.
 */
public final class Threshold {
    private Threshold() {
    }

    /**
     * Set where {@code frame} is farther than {@code threshold} (squared RGB distance) from {@code reference}.
     *
     * @param frame     the frame; alpha is ignored
     * @param reference the picture to compare with, the frame's size
     * @param threshold squared RGB distance, 0 or more (1500 is a difference of about 22 per channel)
     * @return a new mask the frame's size
     * @throws IllegalArgumentException if the sizes differ or the threshold is negative or not finite
     */
    public static BinaryMask colorDistance(Frame frame, FloatRgb reference, double threshold) {
        requireThreshold(threshold);
        if (frame.width() != reference.width() || frame.height() != reference.height()) {
            throw new IllegalArgumentException("the frame is " + frame.size() + " but the reference is "
                    + reference.size() + "; they must have the same size");
        }
        int[] px = frame.argb;
        float[] ref = reference.rgb;
        boolean[] out = new boolean[px.length];
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            double dr = ((p >> 16) & 0xFF) - ref[j];
            double dg = ((p >> 8) & 0xFF) - ref[j + 1];
            double db = (p & 0xFF) - ref[j + 2];
            out[i] = dr * dr + dg * dg + db * db > threshold;
        }
        return BinaryMask.wrap(frame.width(), frame.height(), out);
    }

    /**
     * Set where {@code frame} is farther than {@code threshold} (squared RGB distance) from {@code reference}.
     *
     * @param frame     the frame; alpha is ignored
     * @param reference the frame to compare with, the same size
     * @param threshold squared RGB distance, 0 or more (1500 is a difference of about 22 per channel)
     * @return a new mask the frame's size
     * @throws IllegalArgumentException if the sizes differ or the threshold is negative or not finite
     */
    public static BinaryMask colorDistance(Frame frame, Frame reference, double threshold) {
        return colorDistance(frame, FloatRgb.of(reference), threshold);
    }

    /**
     * Fraction (0..1) of the pixels of {@code frame} farther than {@code threshold} from {@code reference}.
     *
     * @param frame     the frame; alpha is ignored
     * @param reference the picture to compare with, the frame's size
     * @param threshold squared RGB distance, 0 or more (1500 is a difference of about 22 per channel)
     * @return 0..1
     * @throws IllegalArgumentException if the sizes differ or the threshold is negative or not finite
     */
    public static double changedFraction(Frame frame, FloatRgb reference, double threshold) {
        BinaryMask m = colorDistance(frame, reference, threshold);
        return (double) m.count() / m.bits.length;
    }

    private static void requireThreshold(double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("the threshold is a squared RGB distance, 0 or more (e.g. 1500), got "
                    + threshold);
        }
    }
}
