package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
