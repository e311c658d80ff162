package dev.jiffy.image;

import java.util.Objects;

/**
 * Binary morphology: dilation, erosion, opening and closing of a {@link BinaryMask} with a
 * {@link StructuringElement} (scikit-image's {@code binary_dilation}, {@code binary_erosion}, ...).
 *
 * <p>Definitions, with B the structuring element's set cells as offsets from its centre:
 * <ul>
 *   <li>dilation: a pixel is set when some pixel {@code p - b} (b in B) is set (the Minkowski sum);</li>
 *   <li>erosion: a pixel stays set when every pixel {@code p + b} (b in B) is set;</li>
 *   <li>opening: {@code n} erosions then {@code n} dilations (removes specks and thin bridges);</li>
 *   <li>closing: {@code n} dilations then {@code n} erosions (fills small holes and gaps), the seed's
 *       "remove small holes by dilation/erosion".</li>
 * </ul>
 * Pixels outside the picture are ignored, as in scikit-image: they never set a pixel by dilation and never clear one
 * by erosion (SciPy's {@code border_value} 0 for dilation and 1 for erosion). So an object touching the border is not
 * eaten away from it; but, as in scikit-image, an n-iteration closing joins to the border an object that comes within
 * n pixels of it (the dilation reaches the border and the erosion does not take it back).
 */
public final class Morphology {
    private Morphology() {
    }

    /**
     * One dilation.
     *
     * @param mask    the mask
     * @param element the neighbourhood, centred on each pixel
     * @return a new mask of the same size; cells beyond the edges count as not set
     */
    public static BinaryMask dilate(BinaryMask mask, StructuringElement element) {
        return dilate(mask, element, 1);
    }

    /**
     * {@code iterations} dilations in a row (0 gives the mask back).
     *
     * @param mask       the mask
     * @param element    the neighbourhood, centred on each pixel
     * @param iterations how many times, 0 or more
     * @return a new mask of the same size; cells beyond the edges count as not set
     * @throws IllegalArgumentException if {@code iterations} is negative
     */
    public static BinaryMask dilate(BinaryMask mask, StructuringElement element, int iterations) {
        requireIterations(iterations);
        Objects.requireNonNull(element, "element");
        boolean[] bits = mask.bits;
        for (int i = 0; i < iterations; i++) {
            bits = dilate(bits, mask.width(), mask.height(), element.offsets());
        }
        return BinaryMask.wrap(mask.width(), mask.height(), bits == mask.bits ? bits.clone() : bits);
    }

    /**
     * One erosion.
     *
     * @param mask    the mask
     * @param element the neighbourhood, centred on each pixel
     * @return a new mask of the same size; cells beyond the edges count as not set
     */
    public static BinaryMask erode(BinaryMask mask, StructuringElement element) {
        return erode(mask, element, 1);
    }

    /**
     * {@code iterations} erosions in a row (0 gives the mask back).
     *
     * @param mask       the mask
     * @param element    the neighbourhood, centred on each pixel
     * @param iterations how many times, 0 or more
     * @return a new mask of the same size; cells beyond the edges count as not set
     * @throws IllegalArgumentException if {@code iterations} is negative
     */
    public static BinaryMask erode(BinaryMask mask, StructuringElement element, int iterations) {
        requireIterations(iterations);
        Objects.requireNonNull(element, "element");
        boolean[] bits = mask.bits;
        for (int i = 0; i < iterations; i++) {
            bits = erode(bits, mask.width(), mask.height(), element.offsets());
        }
        return BinaryMask.wrap(mask.width(), mask.height(), bits == mask.bits ? bits.clone() : bits);
    }

    /**
     * {@code iterations} erosions then as many dilations.
     *
     * @param mask       the mask
     * @param element    the neighbourhood, centred on each pixel
     * @param iterations how many times, 0 or more
     * @return a new mask: specks smaller than the element are gone, shapes otherwise kept
     * @throws IllegalArgumentException if {@code iterations} is negative
     */
    public static BinaryMask open(BinaryMask mask, StructuringElement element, int iterations) {
        return dilate(erode(mask, element, iterations), element, iterations);
    }

    /**
     * One erosion then one dilation: removes specks smaller than the element.
     *
     * @param mask    the mask
     * @param element the neighbourhood, centred on each pixel
     * @return a new mask of the same size
     */
    public static BinaryMask open(BinaryMask mask, StructuringElement element) {
        return open(mask, element, 1);
    }

    /**
     * {@code iterations} dilations then as many erosions.
     *
     * @param mask       the mask
     * @param element    the neighbourhood, centred on each pixel
     * @param iterations how many times, 0 or more
     * @return a new mask: holes and gaps smaller than the element are filled
     * @throws IllegalArgumentException if {@code iterations} is negative
     */
    public static BinaryMask close(BinaryMask mask, StructuringElement element, int iterations) {
        return erode(dilate(mask, element, iterations), element, iterations);
    }

    /**
     * One dilation then one erosion: fills holes smaller than the element.
     *
     * @param mask    the mask
     * @param element the neighbourhood, centred on each pixel
     * @return a new mask of the same size
     */
    public static BinaryMask close(BinaryMask mask, StructuringElement element) {
        return close(mask, element, 1);
    }

    /** out[p] = OR over b of in[p - b], rows shifted as whole runs. */
    private static boolean[] dilate(boolean[] in, int w, int h, int[] offsets) {
        boolean[] out = new boolean[in.length];
        for (int k = 0; k < offsets.length; k += 2) {
            int dx = offsets[k];
            int dy = offsets[k + 1];
            // out(x, y) |= in(x - dx, y - dy) for every (x, y) whose source is inside
            int yFrom = Math.max(0, dy);
            int yTo = Math.min(h, h + dy);
            int xFrom = Math.max(0, dx);
            int xTo = Math.min(w, w + dx);
            for (int y = yFrom; y < yTo; y++) {
                int o = y * w;
                int s = (y - dy) * w - dx;
                for (int x = xFrom; x < xTo; x++) {
                    if (in[s + x]) {
                        out[o + x] = true;
                    }
                }
            }
        }
        return out;
    }

    /** out[p] = AND over b of in[p + b], where p + b is inside the picture. */
    private static boolean[] erode(boolean[] in, int w, int h, int[] offsets) {
        boolean[] out = in.clone();
        for (int k = 0; k < offsets.length; k += 2) {
            int dx = offsets[k];
            int dy = offsets[k + 1];
            // out(x, y) &= in(x + dx, y + dy) for every (x, y) whose neighbour is inside
            int yFrom = Math.max(0, -dy);
            int yTo = Math.min(h, h - dy);
            int xFrom = Math.max(0, -dx);
            int xTo = Math.min(w, w - dx);
            for (int y = yFrom; y < yTo; y++) {
                int o = y * w;
                int s = (y + dy) * w + dx;
                for (int x = xFrom; x < xTo; x++) {
                    if (!in[s + x]) {
                        out[o + x] = false;
                    }
                }
            }
        }
        return out;
    }

    private static void requireIterations(int iterations) {
        if (iterations < 0) {
            throw new IllegalArgumentException("iterations must be 0 or more, got " + iterations);
        }
    }
}
