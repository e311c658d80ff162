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
import dev.jiffy.image.Threshold;

/**
 * The seed's {@code make_mask_frame}: threshold the colour distance to the background, remove small objects, close
 * small gaps (dilations then erosions), fill small holes, blur. Immutable; safe from any thread.
 */
record MaskRecipe(FloatRgb background, double threshold, int minObjectSize, int closing, StructuringElement element,
        int minHoleSize, Connectivity connectivity, double blur) implements MaskMaker {

    @Override
    public Mask maskAt(double t, Frame frame) {
        return soften(shapeOf(frame));
    }

    /** The binary mask before blurring. */
    BinaryMask shapeOf(Frame frame) {
        BinaryMask m = Threshold.colorDistance(frame, background, threshold);
        m = ConnectedComponents.removeSmallObjects(m, minObjectSize, connectivity);
        m = Morphology.close(m, element, closing);
        return ConnectedComponents.removeSmallHoles(m, minHoleSize, connectivity);
    }

    private Mask soften(BinaryMask shape) {
        return blur > 0 ? GaussianBlur.blur(shape, blur) : shape.toMask();
    }
}
