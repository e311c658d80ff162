package dev.jiffy.background;

import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.GaussianBlur;
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
 *   <li>A blur of {@code blur} pixels softens the edge; a one-bit GIF cuts it at one half, which smooths the outline's
 *       steps.</li>
 * </ol>
 *
 * @param shadows whether shadows are told apart (only with colour: in black and white a shadow and a grey coat are
 *                the same)
 */
record FigureMask(FloatRgb background, double low, double high, int minObject, int maxHole, double blur,
        ShadowRule shadows) implements MaskMaker {
    /** A shadow keeps at least this fraction of the background's brightness (a hard sun shadow on a floor: ~0.5). */
    static final double SHADOW_DARKEST = 0.5;
    /** ...and loses at least this much: less than 5 % darker is noise or light flicker, judged by distance alone. */
    static final double SHADOW_LIGHTEST = 0.95;
    /** Closing iterations with a 3x3 square: bridges gaps up to 4 pixels, a finger's width at 320 px. */
    static final int CLOSING = 1;

    /** Whether to tell shadows apart from subjects. */
    enum ShadowRule { BY_COLOUR, NONE }

    @Override
    public Mask maskOf(Frame frame) {
        BinaryMask shape = shapeOf(frame);
        return blur > 0 ? GaussianBlur.blur(shape, blur) : shape.toMask();
    }

    BinaryMask shapeOf(Frame frame) {
        int[] px = frame.toArgbArray();
        float[] bg = background.toFloatArray();
        boolean[] weak = new boolean[px.length];
        boolean[] strong = new boolean[px.length];
        double low2 = low * low;
        double high2 = high * high;
        boolean shadowsByColour = shadows == ShadowRule.BY_COLOUR;
        for (int i = 0, j = 0; i < px.length; i++, j += 3) {
            int p = px[i];
            double r = (p >> 16) & 0xFF;
            double g = (p >> 8) & 0xFF;
            double b = p & 0xFF;
            double dr = r - bg[j];
            double dg = g - bg[j + 1];
            double db = b - bg[j + 2];
            double d2 = dr * dr + dg * dg + db * db;
            if (d2 > low2 && shadowsByColour && isShadow(r, g, b, bg[j], bg[j + 1], bg[j + 2], low2)) {
                continue;
            }
            weak[i] = d2 > low2;
            strong[i] = d2 > high2;
        }
        int w = frame.width();
        int h = frame.height();
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
