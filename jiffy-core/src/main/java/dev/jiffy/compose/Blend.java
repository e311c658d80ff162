package dev.jiffy.compose;

import dev.jiffy.image.Frame;

/** Alpha compositing of packed ARGB pixels ("over", straight alpha). */
final class Blend {
    private Blend() {
    }

    /** Draws {@code top} over {@code canvas} (width × height) with its top-left corner at (x, y), clipped to the canvas. */
    static void over(Frame top, int[] canvas, int width, int height, int x, int y) {
        int tw = top.width();
        int th = top.height();
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(width, x + tw);
        int y1 = Math.min(height, y + th);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        int[] row = new int[tw];
        for (int cy = y0; cy < y1; cy++) {
            int ty = cy - y;
            top.readRow(ty, row);
            int base = cy * width;
            for (int cx = x0; cx < x1; cx++) {
                int s = row[cx - x];
                int sa = s >>> 24;
                if (sa == 0) {
                    continue;
                }
                int i = base + cx;
                if (sa == 255) {
                    canvas[i] = s;
                    continue;
                }
                canvas[i] = mix(s, canvas[i]);
            }
        }
    }

    /** {@code s} over {@code d}. */
    static int mix(int s, int d) {
        int sa = s >>> 24;
        int da = d >>> 24;
        int dw = da * (255 - sa);
        int oa = sa * 255 + dw;
        if (oa == 0) {
            return 0;
        }
        int half = oa / 2;
        int r = (((s >> 16) & 0xFF) * sa * 255 + ((d >> 16) & 0xFF) * dw + half) / oa;
        int g = (((s >> 8) & 0xFF) * sa * 255 + ((d >> 8) & 0xFF) * dw + half) / oa;
        int b = ((s & 0xFF) * sa * 255 + (d & 0xFF) * dw + half) / oa;
        return ((oa + 127) / 255) << 24 | r << 16 | g << 8 | b;
    }
}
