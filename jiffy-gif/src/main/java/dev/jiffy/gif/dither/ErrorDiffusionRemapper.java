package dev.jiffy.gif.dither;

import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;

/**
 * Serpentine error diffusion with a {@link DiffusionKernel}. Error is carried only between masked pixels (a pixel
 * left out of the frame shows what is already on screen, so its error is not known here and is dropped). The carried
 * error is scaled by {@code numerator/16} to tame noise.
 */
public final class ErrorDiffusionRemapper implements Remapper {
    private static final int PAD = 2;

    private final DiffusionKernel kernel;
    private final int strength;
    private int[][] rows = new int[3][0];

    /** @param strength16 error kept, in sixteenths (16 = full Floyd–Steinberg) */
    public ErrorDiffusionRemapper(DiffusionKernel kernel, int strength16) {
        this.kernel = kernel;
        this.strength = strength16;
    }

    @Override
    public void remap(Region region, Palette palette, NearestColor search, byte[] out) {
        int w = region.width();
        int h = region.height();
        int rowLen = 3 * (w + 2 * PAD);
        if (rows[0].length < rowLen) {
            rows = new int[3][rowLen];
        } else {
            for (int[] r : rows) {
                java.util.Arrays.fill(r, 0, rowLen, 0);
            }
        }
        int[] pal = palette.colors();
        int[] argb = region.argb();
        byte[] mask = region.mask();
        int[] kdx = kernel.dx();
        int[] kdy = kernel.dy();
        int[] kw = kernel.weight();
        int taps = kw.length;
        long div = (long) kernel.divisor() * 16;
        for (int row = 0; row < h; row++) {
            int[] cur = rows[row % 3];
            boolean rtl = ((region.y() + row) & 1) == 1;
            int src = (region.y() + row) * region.stride() + region.x();
            int o = row * w;
            for (int step = 0; step < w; step++) {
                int col = rtl ? w - 1 - step : step;
                int e = 3 * (col + PAD);
                if (mask[o + col] == 0) {
                    cur[e] = 0;
                    cur[e + 1] = 0;
                    cur[e + 2] = 0;
                    continue;
                }
                int c = argb[src + col];
                int r = clamp(((c >>> 16) & 0xFF) + (int) (cur[e] / div));
                int g = clamp(((c >>> 8) & 0xFF) + (int) (cur[e + 1] / div));
                int b = clamp((c & 0xFF) + (int) (cur[e + 2] / div));
                cur[e] = 0;
                cur[e + 1] = 0;
                cur[e + 2] = 0;
                int i = search.nearest(r, g, b);
                out[o + col] = (byte) i;
                int p = pal[i];
                int er = (r - (p >>> 16)) * strength;
                int eg = (g - ((p >>> 8) & 0xFF)) * strength;
                int eb = (b - (p & 0xFF)) * strength;
                if (er == 0 && eg == 0 && eb == 0) {
                    continue;
                }
                for (int t = 0; t < taps; t++) {
                    int x = col + (rtl ? -kdx[t] : kdx[t]);
                    if (x < 0 || x >= w) {
                        continue;
                    }
                    int[] target = rows[(row + kdy[t]) % 3];
                    int te = 3 * (x + PAD);
                    target[te] += er * kw[t];
                    target[te + 1] += eg * kw[t];
                    target[te + 2] += eb * kw[t];
                }
            }
            // the row just finished becomes the row two below: clear it
            java.util.Arrays.fill(cur, 0, rowLen, 0);
        }
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }
}
