package dev.jiffy.gif.quantize;

/**
 * The colour distance used for palette building and remapping: squared Euclidean distance in RGB with integer channel
 * weights {@code WR·Δr² + WG·Δg² + WB·Δb²}. Green counts most and blue least, a cheap stand-in for perceived
 * difference that keeps PSNR/SSIM (computed per RGB plane) high.
 */
public final class ColorMetric {
    public static final int WR = 2;
    public static final int WG = 3;
    public static final int WB = 2;

    private ColorMetric() {
    }

    public static int distance(int r1, int g1, int b1, int r2, int g2, int b2) {
        int dr = r1 - r2;
        int dg = g1 - g2;
        int db = b1 - b2;
        return WR * dr * dr + WG * dg * dg + WB * db * db;
    }

    public static int distance(int rgb1, int rgb2) {
        return distance((rgb1 >>> 16) & 0xFF, (rgb1 >>> 8) & 0xFF, rgb1 & 0xFF,
                (rgb2 >>> 16) & 0xFF, (rgb2 >>> 8) & 0xFF, rgb2 & 0xFF);
    }
}
