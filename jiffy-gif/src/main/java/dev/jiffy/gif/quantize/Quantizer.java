package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * Builds a palette of at most N colours for the pixels collected in a {@link ColorHistogram}: median cut, then a few
 * k-means passes, then, from a histogram that counts its bins' leading colours, each colour moved onto the exact
 * colour that leads its pixels where one does (see {@link #LEADER_SHARE}), then sorted and de-duplicated so the result does not depend on search order.
 */
public final class Quantizer {
    private final MedianCut medianCut = new MedianCut();
    private final KMeans kMeans = new KMeans();
    private final double[] centres = new double[3 * 256];
    private int[] assignment = new int[0];
    private final int passes;
    /**
     * A palette colour becomes the exact colour leading its pixels when that colour's lead ({@link ColorHistogram#lead})
     * is at least this share of them. A flat area under compression noise (a black clock face, a colour bar) is mostly
     * one colour with a few near it; their mean, what k-means gives, is then a colour that no pixel has, off by a level
     * or two on every pixel of the area, and SSIM counts a flat area's offset in a dark channel heavily. Measured at
     * quality 80 from {@code bench/pareto.sh}'s frames (2026-12-07, bytes / SSIM; without → with 0.15): the test card
     * 363,077 / 0.9778 → 362,634 / 0.9839, at 100 583,534 / 0.9853 → (see the README); the Big Buck Bunny sample
     * 773,789 / 0.95218 → 773,826 / 0.95202, the screencast 29,336 / 0.99885 → 29,628 / 0.99890, the grainy film
     * 1,033,562 / 0.98067 → 1,033,561 / 0.98075. 0.05 made the test card truer still (0.9845) but cost the sample
     * 0.0005 of SSIM (0.0017 without {@link #LEADER_DISTANCE}), 0.25 left the test card at 0.9798.
     */
    static final double LEADER_SHARE = 0.15;
    /**
     * ...and only when the leader is this close to the mean ({@link ColorMetric} units: about a level and a half on
     * every channel): a leader further off would cost the colour's other pixels more than it gives the leader's. Without
     * this bound, at share 0.05, the Big Buck Bunny sample lost 0.0017 of SSIM at quality 80; with 21, 0.0005; with 10,
     * as little, but the test card gained less.
     */
    static final int LEADER_DISTANCE = 21;
    private final double[] pixelsOf = new double[256];
    private final long[] bestLead = new long[256];
    private final int[] leadingSlot = new int[256];

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
        if (h.countsLeaders()) {
            moveToLeaders(h, k);
        }
        for (int i = 0; i < k; i++) {
            out.add(KMeans.pack(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]));
        }
        out.sortUnique();
    }

    /** Moves each of the {@code k} centres onto the leader of its most led bin where that leads enough of its pixels. */
    private void moveToLeaders(ColorHistogram h, int k) {
        Arrays.fill(pixelsOf, 0, k, 0);
        Arrays.fill(bestLead, 0, k, 0);
        for (int s = 0; s < h.size(); s++) {
            int a = assignment[s];
            pixelsOf[a] += h.count(s);
            long lead = h.lead(s);
            if (lead > bestLead[a]) {
                bestLead[a] = lead;
                leadingSlot[a] = s;
            }
        }
        for (int i = 0; i < k; i++) {
            if (bestLead[i] == 0 || bestLead[i] < LEADER_SHARE * pixelsOf[i]) {
                continue;
            }
            int c = h.leader(leadingSlot[i]);
            int r = (c >>> 16) & 0xFF;
            int g = (c >>> 8) & 0xFF;
            int b = c & 0xFF;
            double dr = centres[3 * i] - r;
            double dg = centres[3 * i + 1] - g;
            double db = centres[3 * i + 2] - b;
            if (ColorMetric.WR * dr * dr + ColorMetric.WG * dg * dg + ColorMetric.WB * db * db <= LEADER_DISTANCE) {
                centres[3 * i] = r;
                centres[3 * i + 1] = g;
                centres[3 * i + 2] = b;
            }
        }
    }
}
