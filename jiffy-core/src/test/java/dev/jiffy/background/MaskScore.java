package dev.jiffy.background;

import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.Morphology;
import dev.jiffy.image.StructuringElement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * How well masks match the truth, frame by frame, in the three ways a viewer notices:
 *
 * <ul>
 *   <li><b>IoU</b> (intersection over union) of each frame's mask with the true one;
 *   <li><b>holes</b>: the largest 8-connected patch of the figure's inside (the figure eroded by
 *       {@value #HOLE_MARGIN} pixels, so a ragged outline is not counted as a hole) that the mask leaves out, as a
 *       percentage of the figure's area;
 *   <li><b>flicker</b>: pixels whose mask value changes from one frame to the next although the truth does not (the
 *       figure did not move there), as a percentage of the figure's area.
 *   <li><b>edge crawl</b>: the part of the flicker along the figure's outline (within {@value #EDGE_BAND} pixels of
 *       it, either side) where the picture itself did not change but for noise: where the one-bit cut of a soft edge
 *       decides, and a viewer sees the outline crawl.
 * </ul>
 *
 * @param iou     per frame
 * @param hole    per frame, % of the figure
 * @param flicker per frame from the second on, % of the figure
 * @param crawl   per frame from the second on, % of the figure
 */
record MaskScore(double[] iou, double[] hole, double[] flicker, double[] crawl) {
    /** Outline pixels a mask may miss without it counting as a hole: a hole is inside the figure. */
    static final int HOLE_MARGIN = 2;
    /** How far from the true outline, pixels, a change of the cut counts as edge crawl. */
    static final int EDGE_BAND = 2;

    /**
     * @param masks  the cut of each frame
     * @param truths the true mask of each frame
     * @param stills per frame from the second on (the first is not looked at), the pixels whose picture did not
     *               change since the frame before but for noise
     */
    static MaskScore of(List<BinaryMask> masks, List<BinaryMask> truths, List<BinaryMask> stills) {
        if (masks.size() != truths.size() || masks.size() != stills.size() || masks.isEmpty()) {
            throw new IllegalArgumentException(masks.size() + " masks for " + truths.size() + " true masks and "
                    + stills.size() + " still masks");
        }
        int n = masks.size();
        double[] iou = new double[n];
        double[] hole = new double[n];
        double[] flicker = new double[Math.max(0, n - 1)];
        double[] crawl = new double[Math.max(0, n - 1)];
        for (int k = 0; k < n; k++) {
            BinaryMask m = masks.get(k);
            BinaryMask truth = truths.get(k);
            iou[k] = m.intersectionOverUnion(truth);
            int area = Math.max(1, truth.count());
            BinaryMask inside = Morphology.erode(truth, StructuringElement.square(3), HOLE_MARGIN);
            BinaryMask missed = inside.and(m.not());
            hole[k] = 100.0 * largest(missed) / area;
            if (k > 0) {
                BinaryMask stillTruth = xor(truth, truths.get(k - 1)).not();
                BinaryMask changed = xor(m, masks.get(k - 1));
                flicker[k - 1] = 100.0 * changed.and(stillTruth).count() / area;
                BinaryMask band = Morphology.dilate(truth, StructuringElement.square(3), EDGE_BAND)
                        .and(Morphology.erode(truth, StructuringElement.square(3), EDGE_BAND).not());
                crawl[k - 1] = 100.0 * changed.and(stillTruth).and(band).and(stills.get(k)).count() / area;
            }
        }
        return new MaskScore(iou, hole, flicker, crawl);
    }

    double minIou() {
        return Arrays.stream(iou).min().orElse(1);
    }

    double meanIou() {
        return Arrays.stream(iou).average().orElse(1);
    }

    double maxHole() {
        return Arrays.stream(hole).max().orElse(0);
    }

    double meanFlicker() {
        return Arrays.stream(flicker).average().orElse(0);
    }

    double meanCrawl() {
        return Arrays.stream(crawl).average().orElse(0);
    }

    /** The frame with the lowest IoU. */
    int worstFrame() {
        int worst = 0;
        for (int k = 1; k < iou.length; k++) {
            if (iou[k] < iou[worst]) {
                worst = k;
            }
        }
        return worst;
    }

    /** A row of a markdown table: name, min IoU, mean IoU, largest hole, mean flicker, mean edge crawl. */
    String row(String name) {
        return String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.2f %% | %.2f %% | %.2f %% |", name, minIou(),
                meanIou(), maxHole(), meanFlicker(), meanCrawl());
    }

    static String header() {
        return "| method | min IoU | mean IoU | largest hole (% of figure) | flicker (% of figure, mean per frame) "
                + "| edge crawl (% of figure, mean per frame) | CPU time of the background and the masks, ms |\n"
                + "|---|--:|--:|--:|--:|--:|--:|";
    }

    private static int largest(BinaryMask m) {
        ConnectedComponents c = ConnectedComponents.of(m, Connectivity.EIGHT);
        int best = 0;
        for (int label = 1; label <= c.count(); label++) {
            best = Math.max(best, c.size(label));
        }
        return best;
    }

    private static BinaryMask xor(BinaryMask a, BinaryMask b) {
        return a.and(b.not()).or(b.and(a.not()));
    }
}
