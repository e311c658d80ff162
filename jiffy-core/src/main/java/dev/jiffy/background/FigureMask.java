package dev.jiffy.background;

import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.GaussianBlur;
import dev.jiffy.image.GuidedFilter;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Morphology;
import dev.jiffy.image.StructuringElement;

/**
 * The mask of {@link BackgroundMethod#FIGURES}: whole figures, from a frame and its background.
 *
 * <ol>
 *   <li>The RGB distance of each pixel to the background; where the clip has colour, a pixel that is the background
 *       darkened (same hue, {@value #SHADOW_DARKEST} to {@value #SHADOW_LIGHTEST} of its brightness) counts as a
 *       shadow, not a subject.</li>
 *   <li>Hysteresis: pixels farther than {@code high} are surely subject; pixels farther than {@code low} are kept when
 *       they join such a pixel. A dark coat in front of a dark wall differs little, but it hangs together with a
 *       face and hands that differ a lot.</li>
 *   <li>Regions smaller than {@code minObject} pixels are dropped; a closing bridges gaps of a few pixels; holes
 *       enclosed by a figure, up to {@code maxHole} pixels, are filled (a figure is solid: what shows through it is
 *       almost always a part of it that looks like the background behind).</li>
 *   <li>The edge follows the picture: a guided filter ({@link GuidedFilter}) within {@value #GUIDE_RADIUS} pixels of
 *       it gives soft values that a GIF's one-bit transparency cuts at one half, on the picture's own edges, so the
 *       outline does not crawl from frame to frame with the noise. A blur of {@code blur} pixels (0 by default)
 *       softens it further.</li>
 * </ol>
 *
 * <p>This is one frame by itself; {@link SteadyFigureMask} adds what the frames around it say (persistence, a steady
 * cut).
 *
 * @param shadows whether shadows are told apart (only with colour: in black and white a shadow and a grey coat are
 *                the same)
 */
record FigureMask(FloatRgb background, double low, double high, int minObject, int maxHole, double blur,
        ShadowRule shadows) {
    /** A shadow keeps at least this fraction of the background's brightness (a hard sun shadow on a floor: ~0.5). */
    static final double SHADOW_DARKEST = 0.5;
    /** ...and loses at least this much: less than 5 % darker is noise or light flicker, judged by distance alone. */
    static final double SHADOW_LIGHTEST = 0.95;
    /**
     * Gaussian sigma, pixels, of the neighbourhood the weak test averages the squared distance over (~12 pixels). On
     * the tests' figure 0.6, 0.8 and 1.0 give a worst-frame IoU of 0.910 to 0.915 (1.0 best); without the average, 0.89.
     */
    static final double NEIGHBOURHOOD = 1.0;
    /** How far, pixels, the neighbourhood average carries a difference (2 sigmas of {@link #NEIGHBOURHOOD}). */
    static final int REACH = 2;
    /**
     * The weak test's share of the low threshold's squared distance. Noise of sigma s gives a squared distance of
     * 3 s² on average; the low threshold is 3.5 s √3 (36.75 s²); averaged over ~12 pixels the noise stays under a
     * quarter of that (9.2 s²) but for one pixel in a thousand or so (hysteresis drops those that touch no seed).
     */
    static final double WEAK_SHARE = 0.25;
    /**
     * The guided filter's window radius, pixels, and eps (brightness 0..1, squared). Measured on the tests' figure
     * (worst-frame IoU / mean IoU / flicker): no refinement 0.915 / 0.967 / 1.09 %; r=2 eps=0.001 0.922 / 0.976 /
     * 0.69 %; r=2 eps=0.01 about the same; r=3 worse (0.960 mean). OpenCV's colour-guided filter at r=2 gives
     * 0.926 / 0.984 / 0.63 %: a little better, not worth 51 MB of natives.
     */
    static final int GUIDE_RADIUS = 2;
    static final double GUIDE_EPS = 0.001;
    /** Closing iterations with a 3x3 square: bridges gaps of up to 2 pixels (2 iterations also closed the 4-pixel gap between the tests' figure's legs). */
    static final int CLOSING = 1;

    /** Whether to tell shadows apart from subjects. */
    enum ShadowRule { BY_COLOUR, NONE }

    /** One frame's mask, by itself: {@link #soften} of {@link #shapeOf}. */
    Mask maskOf(Frame frame) {
        return soften(shapeOf(frame), frame);
    }

    /** The shape's soft edge on the frame's picture (step 4), blurred by {@code blur}. */
    Mask soften(BinaryMask shape, Frame frame) {
        Mask edge = refine(shape, frame);
        return blur > 0 ? GaussianBlur.blur(edge, blur) : edge;
    }

    /**
     * The shape's edge moved onto the picture's edges by a guided filter; only near the edge: deeper inside the
     * shape stays opaque (a flat patch of the figure that looks like the wall must not open a hole), farther out
     * stays clear.
     */
    private static Mask refine(BinaryMask shape, Frame frame) {
        float[] soft = GuidedFilter.filter(shape.toMask(), frame, GUIDE_RADIUS, GUIDE_EPS).toFloatArray();
        boolean[] inside = Morphology.erode(shape, StructuringElement.square(3), GUIDE_RADIUS).toBooleanArray();
        boolean[] near = Morphology.dilate(shape, StructuringElement.square(3), GUIDE_RADIUS).toBooleanArray();
        for (int i = 0; i < soft.length; i++) {
            if (inside[i]) {
                soft[i] = 1;
            } else if (!near[i]) {
                soft[i] = 0;
            }
        }
        return Mask.wrap(shape.width(), shape.height(), soft);
    }

    BinaryMask shapeOf(Frame frame) {
        int[] px = frame.toArgbArray();
        float[] bg = Exposure.match(background.toFloatArray(), px, frame.width(), frame.height());
        int w = frame.width();
        int h = frame.height();
        float[] d2 = new float[px.length];
        boolean[] strong = new boolean[px.length];
        double high2 = high * high;
        double low2 = low * low;
        boolean shadowsByColour = shadows == ShadowRule.BY_COLOUR;
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            double r = (p >> 16) & 0xFF;
            double g = (p >> 8) & 0xFF;
            double b = p & 0xFF;
            double dr = r - bg[j];
            double dg = g - bg[j + 1];
            double db = b - bg[j + 2];
            double d = dr * dr + dg * dg + db * db;
            if (shadowsByColour && d > low2 && isShadow(r, g, b, bg[j], bg[j + 1], bg[j + 2], low2)) {
                continue;
            }
            // capped at the low threshold: a very different pixel (a dark leg on a light floor) must not make the
            // average of its neighbours, the background between two legs, look different too
            d2[i] = (float) Math.min(d, low2);
            strong[i] = d > high2;
        }
        // Averaged over a few neighbours, the noise's squared distance varies much less than one pixel's, while a
        // figure's texture laid over another texture still differs: the weak test can then go closer to the noise.
        float[] near = GaussianBlur.blur(d2, w, h, NEIGHBOURHOOD);
        boolean[] around = new boolean[px.length];
        double weak2 = low2 * WEAK_SHARE;
        for (int i = 0; i < around.length; i++) {
            around[i] = near[i] > weak2;
        }
        // The average spreads a figure's difference a pixel or two past its outline: there, keep only pixels that
        // differ by themselves; inside (the average's reach away from its edge) keep all.
        boolean[] inside = Morphology.erode(BinaryMask.wrap(w, h, around), StructuringElement.square(3), REACH)
                .toBooleanArray();
        boolean[] weak = new boolean[px.length];
        for (int i = 0; i < weak.length; i++) {
            weak[i] = around[i] && (inside[i] || d2[i] > weak2);
        }
        BinaryMask m = ConnectedComponents.of(BinaryMask.wrap(w, h, weak), Connectivity.EIGHT)
                .keepTouching(BinaryMask.wrap(w, h, strong));
        m = ConnectedComponents.removeSmallObjects(m, minObject, Connectivity.EIGHT);
        m = Morphology.close(m, StructuringElement.square(3), CLOSING);
        return ConnectedComponents.fillEnclosedHoles(m, maxHole);
    }

    /**
     * The pixel is the background scaled by a factor in [SHADOW_DARKEST, SHADOW_LIGHTEST] (its projection on the
     * background's colour), give or take the low threshold.
     */
    private static boolean isShadow(double r, double g, double b, double br, double bgr, double bb, double low2) {
        double norm = br * br + bgr * bgr + bb * bb;
        if (norm < 1) {
            return false;
        }
        double a = (r * br + g * bgr + b * bb) / norm;
        if (a < SHADOW_DARKEST || a > SHADOW_LIGHTEST) {
            return false;
        }
        double cr = r - a * br;
        double cg = g - a * bgr;
        double cb = b - a * bb;
        return cr * cr + cg * cg + cb * cb <= low2 / 4;
    }
}
