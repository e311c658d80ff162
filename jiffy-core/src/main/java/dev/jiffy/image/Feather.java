package dev.jiffy.image;

/**
 * Soft edges for a binary mask: opacity ramps linearly from 0 to 1 across the mask's edge over {@code width} pixels,
 * centred on the edge, by exact Euclidean distance (so corners and diagonals are as soft as straight edges, unlike a
 * blur, which also rounds corners and lets thin parts fade).
 *
 * <p>With d the distance from a pixel's centre to the nearest pixel on the other side of the edge, the edge lies half
 * a pixel from the pixels along it: a set pixel has opacity {@code 0.5 + (d - 0.5) / width}, an unset one
 * {@code 0.5 - (d - 0.5) / width}, each held within 0..1. Width 1 gives the binary mask back.
 */
public final class Feather {
    private Feather() {
    }

    /**
     * {@code mask} with edges ramping over {@code width} pixels (width above 0).
     *
     * @param mask  the mask
     * @param width pixels, positive
     * @return a new mask of opacities 0..1
     * @throws IllegalArgumentException if {@code width} is not positive and finite
     */
    public static Mask edges(BinaryMask mask, double width) {
        if (!(width > 0) || Double.isInfinite(width)) {
            throw new IllegalArgumentException("feather width must be a positive number of pixels, got " + width);
        }
        float[] toSet = DistanceTransform.toNearestSet(mask);
        float[] toUnset = DistanceTransform.toNearestSet(mask.not());
        boolean[] bits = mask.bits;
        float[] out = new float[bits.length];
        for (int i = 0; i < out.length; i++) {
            double s = bits[i] ? toUnset[i] - 0.5 : 0.5 - toSet[i];
            out[i] = (float) Math.min(1, Math.max(0, 0.5 + s / width));
        }
        return Mask.wrap(mask.width(), mask.height(), out);
    }
}
