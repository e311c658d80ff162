package dev.jiffy.gif.dither;

/**
 * An error-diffusion kernel as data: taps {@code (dx, dy, weight)} relative to the current pixel (for left-to-right
 * rows; mirrored on right-to-left rows), the weights summing to {@code divisor}. At most two rows below.
 */
public record DiffusionKernel(String name, int[] dx, int[] dy, int[] weight, int divisor) {
    public static final DiffusionKernel FLOYD_STEINBERG = new DiffusionKernel("Floyd-Steinberg",
            new int[] {1, -1, 0, 1}, new int[] {0, 1, 1, 1}, new int[] {7, 3, 5, 1}, 16);
    public static final DiffusionKernel SIERRA_LITE = new DiffusionKernel("Sierra-2-4A",
            new int[] {1, -1, 0}, new int[] {0, 1, 1}, new int[] {2, 1, 1}, 4);

    public DiffusionKernel {
        int sum = 0;
        for (int i = 0; i < weight.length; i++) {
            if (dy[i] < 0 || dy[i] > 2 || (dy[i] == 0 && dx[i] <= 0) || Math.abs(dx[i]) > 2) {
                throw new IllegalArgumentException("tap (" + dx[i] + ", " + dy[i] + ") of " + name
                        + " is not ahead of the current pixel within 2 pixels");
            }
            sum += weight[i];
        }
        if (sum != divisor) {
            throw new IllegalArgumentException(name + " weights sum to " + sum + ", not the divisor " + divisor);
        }
    }
}
