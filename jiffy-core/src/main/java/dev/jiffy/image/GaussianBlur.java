package dev.jiffy.image;

/**
 * Separable Gaussian blur of a mask, as SciPy's {@code gaussian_filter(mask, sigma, mode='nearest', truncate=4.0)}
 * and scikit-image's {@code filters.gaussian(mask, sigma)} (whose default border mode is also {@code 'nearest'}).
 *
 * <p>The kernel has radius {@code (int) (4 * sigma + 0.5)} pixels and weights {@code exp(-x² / (2 sigma²))} normalised
 * to sum to 1; columns are filtered first, then rows, in double precision. <b>Border:</b> pixels outside the picture
 * take the value of the nearest edge pixel (mode {@code 'nearest'}), so a mask that is fully opaque up to the border
 * stays opaque there instead of fading in. Inside the picture, the total of the values is preserved. Blur a mask to
 * soften its edges: the seed blurs with sigma 1.5.
 */
public final class GaussianBlur {
    /** How many sigmas the kernel reaches on each side (SciPy's default {@code truncate}). */
    public static final double TRUNCATE = 4.0;

    private GaussianBlur() {
    }

    /**
     * {@code mask} blurred with a Gaussian of standard deviation {@code sigma} pixels (0 gives the mask back).
     *
     * @param mask  the mask
     * @param sigma pixels, 0 or more
     * @return a new mask, values kept within 0..1
     * @throws IllegalArgumentException if sigma is negative or not finite
     */
    public static Mask blur(Mask mask, double sigma) {
        float[] v = blur(mask.values, mask.width(), mask.height(), sigma);
        for (int i = 0; i < v.length; i++) {
            // a weighted mean of values in 0..1 is in 0..1; only rounding in the last bit can step outside
            v[i] = Math.min(1f, Math.max(0f, v[i]));
        }
        return Mask.wrap(mask.width(), mask.height(), v);
    }

    /**
     * A binary mask blurred into opacities.
     *
     * @param mask  the mask; set is 1, unset 0
     * @param sigma pixels, 0 or more
     * @return a new mask
     * @throws IllegalArgumentException if sigma is negative or not finite
     */
    public static Mask blur(BinaryMask mask, double sigma) {
        return blur(mask.toMask(), sigma);
    }

    /**
     * {@code values} ({@code width × height}, row by row) blurred into a new array; {@code values} is not changed.
     *
     * @param values {@code width * height} values
     * @param width  in pixels, at least 1
     * @param height in pixels, at least 1
     * @param sigma  pixels, 0 or more
     * @return a new array
     * @throws IllegalArgumentException if sigma is negative or not finite
     */
    public static float[] blur(float[] values, int width, int height, double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("blur sigma must be 0 or more pixels, got " + sigma);
        }
        if (values.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " picture needs " + width * height
                    + " values, got " + values.length);
        }
        double[] kernel = kernel(sigma);
        int r = kernel.length / 2;
        if (r == 0) {
            return values.clone();
        }
        double[] columns = new double[values.length];
        double[] line = new double[Math.max(width, height) + 2 * r];
        // vertical pass (SciPy filters axis 0 first)
        for (int x = 0; x < width; x++) {
            for (int i = -r; i < height + r; i++) {
                int y = Math.min(height - 1, Math.max(0, i));
                line[i + r] = values[y * width + x];
            }
            for (int y = 0; y < height; y++) {
                double s = 0;
                for (int k = 0; k < kernel.length; k++) {
                    s += kernel[k] * line[y + k];
                }
                columns[y * width + x] = s;
            }
        }
        float[] out = new float[values.length];
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int i = -r; i < width + r; i++) {
                line[i + r] = columns[row + Math.min(width - 1, Math.max(0, i))];
            }
            for (int x = 0; x < width; x++) {
                double s = 0;
                for (int k = 0; k < kernel.length; k++) {
                    s += kernel[k] * line[x + k];
                }
                out[row + x] = (float) s;
            }
        }
        return out;
    }

    /** The normalised weights from -radius to +radius. */
    static double[] kernel(double sigma) {
        int r = (int) (TRUNCATE * sigma + 0.5);
        double[] k = new double[2 * r + 1];
        if (r == 0) {
            k[0] = 1;
            return k;
        }
        double sum = 0;
        for (int i = -r; i <= r; i++) {
            k[i + r] = Math.exp(-0.5 / (sigma * sigma) * i * i);
            sum += k[i + r];
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= sum;
        }
        return k;
    }
}
