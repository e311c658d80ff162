package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ColorHistogramTest {

    @Test
    void addingARunEqualsAddingItsPixelsOneByOne() {
        Random random = new Random(3);
        ColorHistogram byPixel = new ColorHistogram(true);
        ColorHistogram byRun = new ColorHistogram(true);
        for (int k = 0; k < 10_000; k++) {
            int rgb = random.nextInt(1 << 24);
            int times = 1 + random.nextInt(50);
            for (int t = 0; t < times; t++) {
                byPixel.add(rgb);
            }
            byRun.add(rgb, times);
        }
        assertThat(byRun.size()).isEqualTo(byPixel.size()).isGreaterThan(4096); // the slots grew past their start
        assertThat(byRun.total()).isEqualTo(byPixel.total());
        for (int s = 0; s < byPixel.size(); s++) {
            assertThat(byRun.count(s)).isEqualTo(byPixel.count(s));
            assertThat(byRun.meanR(s)).isEqualTo(byPixel.meanR(s));
            assertThat(byRun.meanG(s)).isEqualTo(byPixel.meanG(s));
            assertThat(byRun.meanB(s)).isEqualTo(byPixel.meanB(s));
            assertThat(byRun.leader(s)).isEqualTo(byPixel.leader(s));
            assertThat(byRun.lead(s)).isEqualTo(byPixel.lead(s));
        }
        byRun.clear();
        byRun.add(0x102030, 3);
        assertThat(byRun.size()).isEqualTo(1);
        assertThat(byRun.meanR(0)).isEqualTo(0x10);
        assertThat(byRun.count(0)).isEqualTo(3);
    }

    @Test
    void meansAreTheExactMeansOfTheColoursAdded() {
        Random random = new Random(7);
        ColorHistogram h = new ColorHistogram(true);
        Map<Integer, long[]> sums = new HashMap<>(); // per bin: count and the sums of whole channels, in first order
        List<Integer> bins = new ArrayList<>();
        int[] bases = random.ints(64, 0, 1 << 24).map(c -> c & 0xFCFCFC).toArray(); // bins' own colours
        for (int k = 0; k < 20_000; k++) {
            // a colour of one of the bins, its low two bits (which the bin leaves out) of each channel at random
            int rgb = bases[random.nextInt(bases.length)] | random.nextInt(4) << 16 | random.nextInt(4) << 8
                    | random.nextInt(4);
            int times = 1 + random.nextInt(1000);
            h.add(rgb, times);
            int bin = (rgb >>> 18 & 63) << 12 | (rgb >>> 10 & 63) << 6 | (rgb >>> 2 & 63);
            long[] s = sums.computeIfAbsent(bin, b -> {
                bins.add(b);
                return new long[4];
            });
            s[0] += times;
            s[1] += (long) (rgb >>> 16 & 0xFF) * times;
            s[2] += (long) (rgb >>> 8 & 0xFF) * times;
            s[3] += (long) (rgb & 0xFF) * times;
        }
        assertThat(h.size()).isEqualTo(bins.size());
        for (int slot = 0; slot < h.size(); slot++) {
            long[] s = sums.get(bins.get(slot));
            assertThat(h.count(slot)).isEqualTo(s[0]);
            assertThat(h.meanR(slot)).isEqualTo((double) s[1] / s[0]);
            assertThat(h.meanG(slot)).isEqualTo((double) s[2] / s[0]);
            assertThat(h.meanB(slot)).isEqualTo((double) s[3] / s[0]);
        }
    }

    @Test
    void aBinKeepsExactMeansPastTwoToTheThirtyOnePixels() {
        // white's low bits sum to 3 a pixel: past 2^31 in all; each of the other colour's to 1 or 2
        ColorHistogram h = new ColorHistogram();
        h.add(0xFFFFFF, 700_000_000);
        h.add(0xFFFFFF, 700_000_000);
        assertThat(h.meanR(0)).isEqualTo(255);
        assertThat(h.meanB(0)).isEqualTo(255);
        h.add(0xFDFEFD, 31_000_000);
        assertThat(h.size()).isEqualTo(1);
        assertThat(h.meanR(0)).isEqualTo((255.0 * 1_400_000_000 + 253.0 * 31_000_000) / 1_431_000_000);
        assertThat(h.meanG(0)).isEqualTo((255.0 * 1_400_000_000 + 254.0 * 31_000_000) / 1_431_000_000);
    }

    @Test
    void meanErrorAtMostAnswersAsTheMeanErrorDoesAtAnyLimit() {
        Random random = new Random(5);
        ColorHistogram h = new ColorHistogram();
        NearestColor search = new NearestColor();
        Palette empty = new Palette();
        empty.add(0x808080);
        assertThat(h.meanErrorAtMost(empty, search, 0)).isTrue(); // nothing added: no error
        for (int k = 0; k < 5_000; k++) {
            h.add(random.nextInt(1 << 24), 1 + random.nextInt(8));
        }
        Palette palette = new Palette();
        for (int i = 0; i < 16; i++) {
            palette.add(random.nextInt(1 << 24));
        }
        palette.sortUnique();
        double mean = h.meanError(palette, search);
        assertThat(mean).isPositive();
        // far below the mean the sum passes the limit within the first bins; at the mean itself it never does
        for (double limit : new double[] {0, mean / 100, mean / 2, Math.nextDown(mean), mean, Math.nextUp(mean),
                2 * mean}) {
            assertThat(h.meanErrorAtMost(palette, search, limit)).as("limit %s", limit).isEqualTo(mean <= limit);
        }
    }

    @Test
    void aColourThatIsMostOfItsBinLeadsItWhateverTheOrder() {
        // six of ten pixels black, the rest three near-blacks of the same bin, added in shuffled orders
        List<Integer> pixels = new ArrayList<>();
        for (int i = 0; i < 600; i++) {
            pixels.add(0x000000);
        }
        for (int i = 0; i < 400; i++) {
            pixels.add(new int[] {0x020202, 0x030102, 0x010300}[i % 3]);
        }
        for (long seed = 1; seed <= 5; seed++) {
            Collections.shuffle(pixels, new Random(seed));
            ColorHistogram h = new ColorHistogram(true);
            pixels.forEach(h::add);
            assertThat(h.size()).isEqualTo(1);
            assertThat(h.leader(0)).isEqualTo(0x000000);
            // its lead is at least its count less the others' (600 - 400) and at most its count
            assertThat(h.lead(0)).isBetween(200L, 600L);
        }
        // no colour is a majority: whatever leads, it leads by little
        ColorHistogram even = new ColorHistogram(true);
        for (int i = 0; i < 300; i++) {
            even.add(new int[] {0x000000, 0x020202, 0x030102}[i % 3]);
        }
        assertThat(even.lead(0)).isLessThanOrEqualTo(1L);
    }
}
