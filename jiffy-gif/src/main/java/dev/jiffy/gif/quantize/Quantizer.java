package dev.jiffy.gif.quantize;

import dev.jiffy.gif.format.ColorTable;
import java.util.Arrays;

/**
 * Builds a palette of at most N colours for the pixels collected in a {@link ColorHistogram}: median cut, then a few
 * k-means passes, then, from a histogram that counts its bins' leading colours, each colour moved onto the exact
 * colour that leads its pixels where one does, or that colour added beside it (see {@link #LEADER_SHARE}), then sorted
 * and de-duplicated so the result does not depend on search order.
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
     * one colour with a few near it; their mean, what k-means gives, is a colour no pixel has, a level or two off on
     * every pixel of the area, and SSIM as FFmpeg computes it (x264's constants: the luminance term's is 64 times
     * smaller than Wang's) scores a one-level offset on a black area 0.09. Leaders come only from histograms that count
     * them; a frame's own palette (FrameMapper) moves its colours onto them, a scene's (LookAhead) adds them (see
     * {@link #addLeaders(ColorHistogram, int, int)}).
     *
     * <p>Measured on the twelve clips of {@code bench/pareto.sh} (2026-12-07, Jiffy's twelve qualities from its
     * frames; bytes / SSIM, without → with): the test card at quality 80 363,077 / 0.9778 → 363,440 / 0.9838, at 100
     * 583,534 / 0.9853 → 577,316 / 0.9933, bytes at gifski's default SSIM 0.81x → 0.745x; the screencast 0.557x →
     * 0.562x (quality 80: 29,336 → 29,587 bytes at the same SSIM); the Big Buck Bunny sample 0.470x → 0.471x (0.0002
     * to 0.0004 less SSIM from 75 to 100); the other nine clips within 0.001x. Qualities below 75 take scenes'
     * palettes and are unchanged. Tried at quality 80 (test card, sample; with leaders in scenes' palettes too): 0.05
     * gave 364,905 / 0.9845 and 775,750 / 0.9517, 0.1 364,681 / 0.9839 and 774,831 / 0.9520, 0.15 362,634 / 0.9839
     * and 773,826 / 0.9520 (the sample's least loss), 0.25 without {@link #LEADER_DISTANCE} 363,532 / 0.9798 and
     * 774,027 / 0.9522.
     */
    static final double LEADER_SHARE = 0.15;
    /**
     * ...and only when the leader is this close to the mean ({@link ColorMetric} units: under two levels on every
     * channel): a leader further off would cost the colour's other pixels more than it gives the leader's. At share
     * 0.05 the Big Buck Bunny sample at quality 80 fell to SSIM 0.9508 without this bound (0.9522 without leaders),
     * 0.9517 with 21, 0.9518 with 10; at 0.1, 10 and 21 gave the same within 0.0001 on both clips.
     */
    static final int LEADER_DISTANCE = 21;
    private final double[] pixelsOf = new double[256];
    private final long[] bestLead = new long[256];
    private final int[] leadingSlot = new int[256];
    /** Centres whose leaders are to be added, the most leading first. */
    private final int[] byLead = new int[256];

    private final boolean addLeaders;

    /**
     * A quantizer that moves a colour onto its leader (see {@link #LEADER_SHARE}).
     *
     * @param kMeansPasses refinement passes after the median cut (0 = median cut only)
     */
    public Quantizer(int kMeansPasses) {
        this(kMeansPasses, false);
    }

    /**
     * @param kMeansPasses refinement passes after the median cut (0 = median cut only)
     * @param addLeaders   whether a colour's leader is added beside it, while the colour table has room, rather than
     *                     taking its place (see {@link #addLeaders(ColorHistogram, int, int)})
     */
    public Quantizer(int kMeansPasses, boolean addLeaders) {
        this.passes = kMeansPasses;
        this.addLeaders = addLeaders;
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
            findLeaders(h, k);
            if (addLeaders) {
                k = addLeaders(h, k, maxColors);
            } else {
                moveToLeaders(h, k);
            }
        }
        for (int i = 0; i < k; i++) {
            out.add(KMeans.pack(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2]));
        }
        out.sortUnique();
    }

    /** For each of the {@code k} centres, its pixels and its most led bin (the slot and the lead). */
    private void findLeaders(ColorHistogram h, int k) {
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
    }

    /**
     * The leader of centre {@code i}'s most led bin (0xRRGGBB) where that leads at least {@link #LEADER_SHARE} of the
     * centre's pixels within {@link #LEADER_DISTANCE} of it, else -1.
     */
    private int leaderOf(ColorHistogram h, int i) {
        if (bestLead[i] == 0 || bestLead[i] < LEADER_SHARE * pixelsOf[i]) {
            return -1;
        }
        int c = h.leader(leadingSlot[i]);
        boolean near = KMeans.distance(centres, i, (c >>> 16) & 0xFF, (c >>> 8) & 0xFF, c & 0xFF) <= LEADER_DISTANCE;
        return near ? c : -1;
    }

    /** Moves each of the {@code k} centres onto its {@linkplain #leaderOf leader} where it has one. */
    private void moveToLeaders(ColorHistogram h, int k) {
        for (int i = 0; i < k; i++) {
            int c = leaderOf(h, i);
            if (c >= 0) {
                setCentre(i, c);
            }
        }
    }

    /**
     * Adds the {@linkplain #leaderOf leaders} of the {@code k} centres that differ from them as colours of their own,
     * the most leading first, while the palette stays within {@code maxColors} and within the colour table its
     * {@code k} colours and a transparent index need (at least 4 entries: LZW's codes are 3 bits wide from the start
     * with any smaller table too, so a scene of one noisy black still gets its black). The centres stay where they
     * are: a palette shared by many frames must still hold a colour near each of its means, which a centre moved a
     * level or two no longer does (see {@code LookAhead.histogram}, the grey film).
     *
     * <p>Measured on the twelve clips of {@code bench/pareto.sh} (2026-12-07, Jiffy's twelve qualities from its
     * frames, against main fbe903f): only the grey film changed, 1.3-2.3 % fewer bytes from quality 90 to 30 at SSIM
     * within 0.0013 (bytes at gifski's default SSIM 0.745x → 0.735x); on the other eleven every byte is the same
     * (their scenes' palettes are full, or no leader differs from its mean). Big Buck Bunny's opening (black, then a
     * fade-in; 2 s, 640 px, 24 fps): quality 80 708,538 / SSIM 0.8626 → 708,289 / 0.9115, 90 834,921 / 0.8754 →
     * 832,248 / 0.9300.
     *
     * @return how many centres there are now
     */
    private int addLeaders(ColorHistogram h, int k, int maxColors) {
        if (k >= maxColors) {
            return k;
        }
        int table = Math.max(4, ColorTable.sizeFor(k + 1)); // the colour table k colours and a transparent index need
        int room = Math.min(maxColors, table - 1) - k;
        int candidates = 0;
        for (int i = 0; i < k; i++) {
            int c = leaderOf(h, i);
            if (c >= 0 && c != KMeans.pack(centres[3 * i], centres[3 * i + 1], centres[3 * i + 2])) {
                // insertion in order of lead, most first; equal leads keep the centres' order
                int at = candidates++;
                while (at > 0 && bestLead[byLead[at - 1]] < bestLead[i]) {
                    byLead[at] = byLead[at - 1];
                    at--;
                }
                byLead[at] = i;
            }
        }
        int n = k;
        for (int j = 0; j < Math.min(candidates, room); j++) {
            setCentre(n++, h.leader(leadingSlot[byLead[j]]));
        }
        return n;
    }

    /** Sets centre {@code i} to colour {@code rgb} (0xRRGGBB). */
    private void setCentre(int i, int rgb) {
        centres[3 * i] = (rgb >>> 16) & 0xFF;
        centres[3 * i + 1] = (rgb >>> 8) & 0xFF;
        centres[3 * i + 2] = rgb & 0xFF;
    }
}
