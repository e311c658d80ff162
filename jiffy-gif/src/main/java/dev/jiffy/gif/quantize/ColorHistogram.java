package dev.jiffy.gif.quantize;

import java.util.Arrays;

/**
 * A colour histogram with 6 bits per channel (262,144 bins, of which only the occupied ones are kept in compact
 * arrays). Each occupied bin records its pixel count and the exact sum of its colours, so palette entries come from
 * true means rather than bin centres, and its leading colour (a running majority vote), so that a colour most of a
 * flat area is painted with can be kept exactly (see {@link Quantizer}). Reused frame after frame; clearing touches
 * only the occupied bins. A bin holds at most 1,431,655,765 pixels (a third of 2^32; see {@link #stats}).
 */
public final class ColorHistogram {
    private static final int BINS = 1 << 18;

    /**
     * Per bin, its slot + 1 (0 = empty): a direct table of 1 MB. A linear-probing hash of the occupied bins instead
     * (bin times the golden ratio's 32-bit constant, half full at most; 20,000-31,000 bins need 64K entries) took
     * more CPU in the harness of {@link #stats}: 1.10x adding scenes, 1.04x adding frames; hashing runs of 16 bins
     * together, so that neighbouring blues share a line as here, clustered the probes: 1.32x and 1.77x.
     */
    private final int[] slotOfBin = new int[BINS];
    private int size;
    private int[] binOfSlot = new int[4096];
    /**
     * Per slot, side by side so that adding a pixel touches one cache line rather than four: its pixel count and the
     * sums of the two low bits of its red, green and blue, the bits its bin leaves out ({@value #STATS} ints a slot:
     * 16 bytes, so no slot straddles two lines). Each colour's sum is its bin's base times the count plus that sum, so
     * the means are exactly what sums of whole channels give; but a sum of values 0-3 fits 32 bits (read unsigned) up
     * to a third of 2^32 pixels a bin, where whole channels took longs, and the scene histograms of Big Buck Bunny,
     * 20,000-31,000 bins, no longer fill a core's 1 MB second-level cache with their statistics alone (32 bytes a
     * slot). On case b's 240 frames (an alternating harness, 8 rounds), adding every other pixel of 20 frames to one
     * histogram took 0.93x the CPU, and adding every pixel of each frame to a histogram of its own 0.93x.
     */
    private int[] stats = new int[4096 * STATS];
    private static final int STATS = 4;
    /**
     * Per slot, when leaders are counted (else null): its leading colour and that colour's lead. Apart from
     * {@link #stats}: with six longs a slot there (48 bytes, so most slots straddle two cache lines) the encoder took
     * 8 % more CPU on case b than without leaders ({@code bench/encode-ab.sh}, 10 rounds, minimum 1.713 s against
     * 1.583 s); apart, the same minimum (2.088 s against 2.083 s) and a median round 1.02x.
     */
    private int[] leads;
    private long total;

    /** A histogram of counts and means only: {@link #leader} and {@link #lead} are not kept (adding is cheaper). */
    public ColorHistogram() {
        this(false);
    }

    /** @param leaders whether each bin's leading colour is kept too ({@link #leader}, {@link #lead}) */
    public ColorHistogram(boolean leaders) {
        this.leads = leaders ? new int[4096 * 2] : null;
    }

    /** Whether this histogram keeps each bin's leading colour. */
    public boolean countsLeaders() {
        return leads != null;
    }

    public void clear() {
        for (int i = 0; i < size; i++) {
            slotOfBin[binOfSlot[i]] = 0;
        }
        size = 0;
        total = 0;
    }

    public void add(int rgb) {
        add(rgb, 1);
    }

    /**
     * Adds {@code times} pixels of one colour at once: exactly as many {@link #add(int)} calls, for the runs of equal
     * pixels that flat areas are made of.
     *
     * @param rgb   the colour (0xRRGGBB; higher bits ignored)
     * @param times how many pixels, at least 1
     */
    public void add(int rgb, int times) {
        int r = (rgb >>> 16) & 0xFF;
        int g = (rgb >>> 8) & 0xFF;
        int b = rgb & 0xFF;
        int bin = (r >>> 2) << 12 | (g >>> 2) << 6 | (b >>> 2);
        int slot = slotOfBin[bin] - 1;
        total += times;
        if (slot >= 0) {
            int at = slot * STATS;
            stats[at] += times;
            stats[at + 1] += (r & 3) * times;
            stats[at + 2] += (g & 3) * times;
            stats[at + 3] += (b & 3) * times;
            if (leads != null) {
                vote(2 * slot, rgb & 0xFFFFFF, times);
            }
            return;
        }
        if (size == binOfSlot.length) {
            grow();
        }
        slot = size++;
        slotOfBin[bin] = slot + 1;
        binOfSlot[slot] = bin;
        // a new slot's statistics are set, not added to (what the last frame left there is stale)
        int at = slot * STATS;
        stats[at] = times;
        stats[at + 1] = (r & 3) * times;
        stats[at + 2] = (g & 3) * times;
        stats[at + 3] = (b & 3) * times;
        if (leads != null) {
            leads[2 * slot] = rgb & 0xFFFFFF;
            leads[2 * slot + 1] = times;
        }
    }

    /**
     * Boyer and Moore's majority vote, weighted: each pixel of another colour cancels one of the leader's, and a
     * colour that outnumbers what is left of the lead takes it over. A colour that is more than half of the bin ends as
     * its leader whatever the order, with a lead of at least its count less all the others'.
     *
     * <p>Without branches (the same votes): on grain the colours of a bin take turns at random, so which way each
     * vote goes cannot be predicted. With the vote in scenes' palettes too (every other pixel of every frame) and
     * branches, the encoder took 4-6 % more CPU than main fbe903f's on case b ({@code bench/encode-ab.sh}, 10 rounds,
     * load 7-11: minimum 1.717 s against 1.625 s, median 1.740 s against 1.676 s); without, about 1 % (12 rounds, load
     * 5-7: minimum 1.531 s against 1.519 s, median 1.559 s against 1.557 s, the rounds' median ratio 1.01).
     */
    private void vote(int at, int rgb, int times) {
        int leader = leads[at];
        int same = ((leader ^ rgb) - 1) >> 31; // -1 when rgb is the leader (colours are 24 bits), else 0
        int lead = leads[at + 1] + ((times ^ ~same) - ~same); // + times for the leader, - times for another colour
        int overtaken = lead >> 31; // -1 when another colour outnumbers what was left of the lead
        leads[at] = leader ^ ((leader ^ rgb) & overtaken);
        leads[at + 1] = (lead ^ overtaken) - overtaken; // what it outnumbers it by
    }

    private void grow() {
        int n = binOfSlot.length * 2;
        binOfSlot = Arrays.copyOf(binOfSlot, n);
        stats = Arrays.copyOf(stats, n * STATS);
        if (leads != null) {
            leads = Arrays.copyOf(leads, n * 2);
        }
    }

    /** Occupied bins. */
    public int size() {
        return size;
    }

    /** Pixels added since the last clear. */
    public long total() {
        return total;
    }

    public int count(int slot) {
        return stats[slot * STATS];
    }

    /**
     * The bin's leading colour (0xRRGGBB): its most frequent colour when that is more than half of the bin's pixels,
     * otherwise the survivor of the vote (see {@link #lead}).
     */
    public int leader(int slot) {
        return leads != null ? leads[2 * slot] : 0;
    }

    /**
     * By how many pixels the {@link #leader} leads: at most its count, and at least its count less all the bin's other
     * pixels when it is more than half of them. Colours that share a bin evenly leave a lead near 0; 0 in a histogram
     * that does not {@linkplain #countsLeaders count leaders}.
     */
    public long lead(int slot) {
        return leads != null ? leads[2 * slot + 1] : 0;
    }

    public double meanR(int slot) {
        return mean(slot, 1, 12);
    }

    public double meanG(int slot) {
        return mean(slot, 2, 6);
    }

    public double meanB(int slot) {
        return mean(slot, 3, 0);
    }

    /**
     * A channel's mean in a slot: the channel's exact sum (its bin's base, the channel's top six bits, times the count,
     * plus the sum of its low two bits; see {@link #stats}) over the count.
     *
     * @param field the channel's sum in {@link #stats} (1 red, 2 green, 3 blue)
     * @param shift where the channel's six bits sit in the bin
     */
    private double mean(int slot, int field, int shift) {
        long count = Integer.toUnsignedLong(stats[slot * STATS]);
        long base = (binOfSlot[slot] >>> shift & 63) << 2;
        return (double) (base * count + Integer.toUnsignedLong(stats[slot * STATS + field])) / count;
    }

    /**
     * Mean colour error ({@link ColorMetric} units) of the pixels added, each bin's mean colour mapped to its nearest
     * palette colour; sets {@code search} to the palette.
     */
    public double meanError(Palette palette, NearestColor search) {
        return total == 0 ? 0 : errorSum(palette, search, Double.POSITIVE_INFINITY) / total;
    }

    /**
     * Whether {@link #meanError} is at most {@code limit}: the same answer, but bins stop being looked up once the
     * error summed so far already exceeds it (every bin adds a non-negative error). Frames that decline their scene's
     * palette, most of Big Buck Bunny's (mean errors 81-212 against a limit of 50), are told after a part of their
     * bins.
     * Sets {@code search} to the palette.
     */
    public boolean meanErrorAtMost(Palette palette, NearestColor search, double limit) {
        return total == 0 ? 0 <= limit : errorSum(palette, search, limit) / total <= limit;
    }

    /**
     * The error summed over the bins (each bin's count times its mean's distance to the nearest palette colour), in
     * bin order; stops as soon as the sum divided by {@link #total} exceeds {@code stopAboveMean}, which a sum of
     * non-negative terms cannot undo.
     */
    private double errorSum(Palette palette, NearestColor search, double stopAboveMean) {
        search.setPalette(palette);
        int[] rgb = palette.colors();
        double stopAbove = stopAboveMean * total; // a cheap test; the division below decides
        double sum = 0;
        for (int s = 0; s < size; s++) {
            int r = (int) Math.round(meanR(s));
            int g = (int) Math.round(meanG(s));
            int b = (int) Math.round(meanB(s));
            int c = rgb[search.nearest(r, g, b)];
            sum += (double) count(s) * ColorMetric.distance(r, g, b, (c >>> 16) & 0xFF, (c >>> 8) & 0xFF, c & 0xFF);
            if (sum > stopAbove && sum / total > stopAboveMean) {
                break;
            }
        }
        return sum;
    }
}
