package dev.jiffy.image;

/**
 * Resizes frames of one size to another with a separable filter. Weights are computed once per instance, which is
 * immutable and safe to share between threads. Colour is averaged with alpha premultiplied, so transparent pixels
 * do not bleed their (meaningless) colour into visible ones.
 */
public final class Resizer {
    private final Size from;
    private final Size to;
    private final Taps horizontal;
    private final Taps vertical;

    /**
     * A resizer from one size to another, its filter weights computed now.
     *
     * @param from   the size of the frames it takes
     * @param to     the size of the frames it gives
     * @param filter how pixels are interpolated
     */
    public Resizer(Size from, Size to, Resampling filter) {
        this.from = from;
        this.to = to;
        this.horizontal = new Taps(from.width(), to.width(), filter);
        this.vertical = new Taps(from.height(), to.height(), filter);
    }

    /**
     * The size of frames it takes.
     *
     * @return the input size
     */
    public Size from() {
        return from;
    }

    /**
     * The size of frames it gives.
     *
     * @return the output size
     */
    public Size to() {
        return to;
    }

    /**
     * Resizes one frame.
     *
     * @param frame a frame of {@link #from()} size
     * @return a new frame of {@link #to()} size
     * @throws IllegalArgumentException if the frame is not {@link #from()} size
     */
    public Frame resize(Frame frame) {
        if (frame.width() != from.width() || frame.height() != from.height()) {
            throw new IllegalArgumentException("this resizer takes " + from + " frames, got " + frame.size());
        }
        if (from.equals(to)) {
            return frame;
        }
        int sw = from.width();
        int sh = from.height();
        int dw = to.width();
        int dh = to.height();
        int[] src = frame.argb;
        // Horizontal pass into premultiplied float rows (4 channels interleaved: a, r, g, b).
        float[] mid = new float[sh * dw * 4];
        float[] row = new float[sw * 4];
        for (int y = 0; y < sh; y++) {
            int base = y * sw;
            for (int x = 0; x < sw; x++) {
                int p = src[base + x];
                float a = (p >>> 24) / 255f;
                int o = x * 4;
                row[o] = a;
                row[o + 1] = ((p >> 16) & 0xFF) * a;
                row[o + 2] = ((p >> 8) & 0xFF) * a;
                row[o + 3] = (p & 0xFF) * a;
            }
            int out = y * dw * 4;
            for (int x = 0; x < dw; x++) {
                int start = horizontal.start[x];
                int n = horizontal.count[x];
                int wBase = horizontal.offset[x];
                float a = 0, r = 0, g = 0, b = 0;
                for (int k = 0; k < n; k++) {
                    float w = horizontal.weights[wBase + k];
                    int o = (start + k) * 4;
                    a += row[o] * w;
                    r += row[o + 1] * w;
                    g += row[o + 2] * w;
                    b += row[o + 3] * w;
                }
                int o = out + x * 4;
                mid[o] = a;
                mid[o + 1] = r;
                mid[o + 2] = g;
                mid[o + 3] = b;
            }
        }
        // Vertical pass, un-premultiply and pack.
        int[] dst = new int[dw * dh];
        float[] acc = new float[dw * 4];
        for (int y = 0; y < dh; y++) {
            java.util.Arrays.fill(acc, 0f);
            int start = vertical.start[y];
            int n = vertical.count[y];
            int wBase = vertical.offset[y];
            for (int k = 0; k < n; k++) {
                float w = vertical.weights[wBase + k];
                int rowBase = (start + k) * dw * 4;
                for (int i = 0; i < acc.length; i++) {
                    acc[i] += mid[rowBase + i] * w;
                }
            }
            int outBase = y * dw;
            for (int x = 0; x < dw; x++) {
                int o = x * 4;
                float a = acc[o];
                int ai = clamp(Math.round(a * 255f));
                if (ai == 0) {
                    dst[outBase + x] = 0;
                    continue;
                }
                float inv = 1f / a;
                dst[outBase + x] = ai << 24 | clamp(Math.round(acc[o + 1] * inv)) << 16
                        | clamp(Math.round(acc[o + 2] * inv)) << 8 | clamp(Math.round(acc[o + 3] * inv));
            }
        }
        return Frame.wrap(dw, dh, dst);
    }

    private static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** For each output index: the first source index, how many taps, and their normalised weights. */
    private static final class Taps {
        final int[] start;
        final int[] count;
        final int[] offset;
        final float[] weights;

        Taps(int srcLen, int dstLen, Resampling filter) {
            double scale = (double) dstLen / srcLen;
            double stretch = scale < 1 ? 1 / scale : 1;
            double radius = filter.support * stretch;
            start = new int[dstLen];
            count = new int[dstLen];
            offset = new int[dstLen];
            int maxTaps = (int) Math.ceil(radius * 2) + 3;
            float[] all = new float[dstLen * maxTaps];
            int used = 0;
            for (int i = 0; i < dstLen; i++) {
                double center = (i + 0.5) / scale - 0.5;
                int lo = Math.max(0, (int) Math.floor(center - radius));
                int hi = Math.min(srcLen - 1, (int) Math.ceil(center + radius));
                double sum = 0;
                int n = 0;
                int first = -1;
                double[] w = new double[hi - lo + 1];
                for (int s = lo; s <= hi; s++) {
                    double v = filter.weight((s - center) / stretch);
                    w[s - lo] = v;
                    sum += v;
                }
                // Trim zero weights at both ends so the inner loops stay short.
                int a = 0;
                int b = w.length - 1;
                while (a < b && w[a] == 0) {
                    a++;
                }
                while (b > a && w[b] == 0) {
                    b--;
                }
                first = lo + a;
                n = b - a + 1;
                start[i] = first;
                count[i] = n;
                offset[i] = used;
                for (int k = 0; k < n; k++) {
                    all[used + k] = (float) (sum == 0 ? (k == 0 ? 1 : 0) : w[a + k] / sum);
                }
                used += n;
            }
            weights = java.util.Arrays.copyOf(all, used);
        }
    }
}
