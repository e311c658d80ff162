package dev.jiffy.fx;

import dev.jiffy.clip.MappedClip;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.util.function.UnaryOperator;

/**
 * Turns the picture {@code degrees} counter-clockwise (negative: clockwise), as MoviePy's {@code rotate}.
 *
 * <ul>
 *   <li>Multiples of 90° (within 1e-9°) are exact: pixels are moved, not resampled, and 90° and 270° swap width and
 *       height.</li>
 *   <li>Other angles resample bilinearly (on premultiplied alpha, so edges do not darken) onto a canvas just large
 *       enough for the whole turned picture, {@code ceil(w·|cos| + h·|sin|)} by {@code ceil(w·|sin| + h·|cos|)},
 *       centred. The corners this uncovers are {@code argbBackground}: transparent (0) unless a colour is given, with
 *       the picture's edges blended into it.</li>
 * </ul>
 * Alpha turns with the pixels. The sines and cosines come from {@link StrictMath}, so output is the same everywhere.
 */
record Rotate(double degrees, int argbBackground) implements UnaryOperator<Clip> {
    private static final double QUARTER_TOLERANCE = 1e-9;

    public Rotate {
        if (!Double.isFinite(degrees)) {
            throw new IllegalArgumentException("rotation angle must be a finite number of degrees, got "
                    + Checks.num(degrees));
        }
    }

    @Override
    public Clip apply(Clip clip) {
        double a = degrees % 360;
        if (a < 0) {
            a += 360;
        }
        double quarters = a / 90;
        long nearest = Math.round(quarters);
        if (Math.abs(quarters - nearest) < QUARTER_TOLERANCE) {
            int turns = (int) (nearest % 4);
            Size size = turns % 2 == 0 ? clip.size() : new Size(clip.height(), clip.width());
            return MappedClip.of(clip, size, (t, frame) -> quarterTurns(frame, turns));
        }
        double radians = Math.toRadians(a);
        double cos = StrictMath.cos(radians);
        double sin = StrictMath.sin(radians);
        int w = clip.width();
        int h = clip.height();
        double ac = Math.abs(cos);
        double as = Math.abs(sin);
        Size size = new Size((int) Math.ceil(w * ac + h * as - QUARTER_TOLERANCE),
                (int) Math.ceil(w * as + h * ac - QUARTER_TOLERANCE));
        int background = argbBackground;
        return MappedClip.of(clip, size, (t, frame) -> bilinear(frame, size, cos, sin, background));
    }

    /** The frame turned {@code turns} quarters counter-clockwise, exactly. */
    static Frame quarterTurns(Frame frame, int turns) {
        if (turns == 0) {
            return frame;
        }
        int w = frame.width();
        int h = frame.height();
        int[] in = frame.toArgbArray();
        int[] out = new int[in.length];
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = in[row + x];
                switch (turns) {
                    case 1 -> out[(w - 1 - x) * h + y] = p;
                    case 2 -> out[(h - 1 - y) * w + (w - 1 - x)] = p;
                    default -> out[x * h + (h - 1 - y)] = p;
                }
            }
        }
        return turns == 2 ? Frame.wrap(w, h, out) : Frame.wrap(h, w, out);
    }

    /**
     * Each output pixel centre, turned back by the angle about the centres of both pictures, sampled between the four
     * nearest source pixels; outside the source is {@code background}.
     */
    private static Frame bilinear(Frame frame, Size size, double cos, double sin, int background) {
        int w = frame.width();
        int h = frame.height();
        int ow = size.width();
        int oh = size.height();
        int[] src = frame.toArgbArray();
        int[] out = new int[ow * oh];
        double halfOw = ow / 2.0;
        double halfOh = oh / 2.0;
        double cx = w / 2.0 - 0.5;
        double cy = h / 2.0 - 0.5;
        for (int y = 0; y < oh; y++) {
            double dy = y + 0.5 - halfOh;
            for (int x = 0; x < ow; x++) {
                double dx = x + 0.5 - halfOw;
                double sx = dx * cos - dy * sin + cx;
                double sy = dx * sin + dy * cos + cy;
                double fx0 = Math.floor(sx);
                double fy0 = Math.floor(sy);
                if (fx0 < -1 || fy0 < -1 || fx0 >= w || fy0 >= h) {
                    out[y * ow + x] = background;
                    continue;
                }
                int x0 = (int) fx0;
                int y0 = (int) fy0;
                double fx = sx - fx0;
                double fy = sy - fy0;
                int p00 = at(src, w, h, x0, y0, background);
                int p10 = at(src, w, h, x0 + 1, y0, background);
                int p01 = at(src, w, h, x0, y0 + 1, background);
                int p11 = at(src, w, h, x0 + 1, y0 + 1, background);
                double w00 = (1 - fx) * (1 - fy);
                double w10 = fx * (1 - fy);
                double w01 = (1 - fx) * fy;
                double w11 = fx * fy;
                double a00 = w00 * (p00 >>> 24);
                double a10 = w10 * (p10 >>> 24);
                double a01 = w01 * (p01 >>> 24);
                double a11 = w11 * (p11 >>> 24);
                double alpha = a00 + a10 + a01 + a11;
                int oa = (int) Math.round(alpha);
                if (oa <= 0) {
                    out[y * ow + x] = 0;
                    continue;
                }
                int r = channel(a00, a10, a01, a11, p00, p10, p01, p11, 16, alpha);
                int g = channel(a00, a10, a01, a11, p00, p10, p01, p11, 8, alpha);
                int b = channel(a00, a10, a01, a11, p00, p10, p01, p11, 0, alpha);
                out[y * ow + x] = Math.min(255, oa) << 24 | r << 16 | g << 8 | b;
            }
        }
        return Frame.wrap(ow, oh, out);
    }

    private static int at(int[] src, int w, int h, int x, int y, int background) {
        return x >= 0 && y >= 0 && x < w && y < h ? src[y * w + x] : background;
    }

    /** One channel of the alpha-weighted average (premultiplied, then divided back by the alpha). */
    private static int channel(double a00, double a10, double a01, double a11, int p00, int p10, int p01, int p11,
            int shift, double alpha) {
        double sum = a00 * ((p00 >>> shift) & 0xFF) + a10 * ((p10 >>> shift) & 0xFF) + a01 * ((p01 >>> shift) & 0xFF)
                + a11 * ((p11 >>> shift) & 0xFF);
        return (int) Math.max(0, Math.min(255, Math.round(sum / alpha)));
    }
}
