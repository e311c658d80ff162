package dev.jiffy.image;

/**
 * The guided filter (He, Sun and Tang, "Guided Image Filtering", 2010): smooths a mask while making its edges follow
 * the edges of a picture, the guide. Within each (2r+1)² window the output is a linear function of the guide's
 * brightness fitted to the mask, so where the mask's edge runs near a contrast edge of the picture it snaps to it, and
 * where the picture is flat the mask is just smoothed (a window mean of window means). {@code eps} (in squared units of brightness 0..1) says how
 * much contrast counts as an edge: windows whose variance is well above it follow the picture, those below are
 * averaged. Edges out to an edge and back, O(1) per pixel whatever the radius (box sums).
 */
public final class GuidedFilter {
    private GuidedFilter() {
    }

    /** {@code mask} filtered with the brightness (Rec. 601 luma) of {@code guide} as the guide; values clamped to 0..1. */
    public static Mask filter(Mask mask, Frame guide, int radius, double eps) {
        if (radius < 1) {
            throw new IllegalArgumentException("the guided filter's radius must be 1 pixel or more, got " + radius);
        }
        if (!(eps > 0) || Double.isInfinite(eps)) {
            throw new IllegalArgumentException("the guided filter's eps must be above 0 (e.g. 0.001), got " + eps);
        }
        mask.requireSameSize(guide.width(), guide.height());
        int w = guide.width();
        int h = guide.height();
        int n = w * h;
        float[] luma = Mask.fromLuminance(guide).values;
        float[] p = mask.values;
        float[] ip = new float[n];
        float[] ii = new float[n];
        for (int i = 0; i < n; i++) {
            ip[i] = luma[i] * p[i];
            ii[i] = luma[i] * luma[i];
        }
        float[] meanI = boxMean(luma, w, h, radius);
        float[] meanP = boxMean(p, w, h, radius);
        float[] meanIp = boxMean(ip, w, h, radius);
        float[] meanII = boxMean(ii, w, h, radius);
        float[] a = new float[n];
        float[] b = new float[n];
        for (int i = 0; i < n; i++) {
            float variance = meanII[i] - meanI[i] * meanI[i];
            float covariance = meanIp[i] - meanI[i] * meanP[i];
            a[i] = (float) (covariance / (variance + eps));
            b[i] = meanP[i] - a[i] * meanI[i];
        }
        float[] meanA = boxMean(a, w, h, radius);
        float[] meanB = boxMean(b, w, h, radius);
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = Math.max(0f, Math.min(1f, meanA[i] * luma[i] + meanB[i]));
        }
        return Mask.wrap(w, h, out);
    }

    /** Mean over the (2r+1)² window, the window cut at the picture's border (so each mean is over real pixels only). */
    static float[] boxMean(float[] v, int w, int h, int r) {
        float[] rows = new float[v.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            double sum = 0;
            for (int x = 0; x <= Math.min(r, w - 1); x++) {
                sum += v[row + x];
            }
            for (int x = 0; x < w; x++) {
                int lo = Math.max(0, x - r);
                int hi = Math.min(w - 1, x + r);
                rows[row + x] = (float) (sum / (hi - lo + 1));
                if (x + r + 1 < w) {
                    sum += v[row + x + r + 1];
                }
                if (x - r >= 0) {
                    sum -= v[row + x - r];
                }
            }
        }
        float[] out = new float[v.length];
        for (int x = 0; x < w; x++) {
            double sum = 0;
            for (int y = 0; y <= Math.min(r, h - 1); y++) {
                sum += rows[y * w + x];
            }
            for (int y = 0; y < h; y++) {
                int lo = Math.max(0, y - r);
                int hi = Math.min(h - 1, y + r);
                out[y * w + x] = (float) (sum / (hi - lo + 1));
                if (y + r + 1 < h) {
                    sum += rows[(y + r + 1) * w + x];
                }
                if (y - r >= 0) {
                    sum -= rows[(y - r) * w + x];
                }
            }
        }
        return out;
    }
}
