package dev.jiffy.gif.quantize;

/**
 * Builds a palette of at most N colours for the pixels collected in a {@link ColorHistogram}: median cut, then a few
 * k-means passes, then sorted and de-duplicated so the result does not depend on search order.
 */
public final class Quantizer {
    private final MedianCut medianCut = new MedianCut();
    private final KMeans kMeans = new KMeans();
    private final double[] centres = new double[3 * 256];
    private int[] assignment = new int[0];
    private final int passes;

    /** @param kMeansPasses refinement passes after the median cut (0 = median cut only) */
    public Quantizer(int kMeansPasses) {
        this.passes = kMeansPasses;
    }

    public void quantize(ColorHistogram h, int maxColors, Palette out) {
        out.clear();
        if (h.size() == 0) {
            out.add(0);
            return;
        }
        if (assignment.length < h.size()) {
            assignment = new int[Math.max(h.size(), assignment.length + assignment.length / 2)]; // as MedianCut's
        }
        int k = medianCut.build(h, maxColors, centres, assignment);
        if (k > 1) {
            kMeans.refine(medianCut.binMeans(), medianCut.binWeights(), h.size(), centres, k, assignment, passes);
        }
        for (int i = 0; i < k; i++) {
            out.add(KMeans.pack(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]));
        }
        out.sortUnique();
    }
}
