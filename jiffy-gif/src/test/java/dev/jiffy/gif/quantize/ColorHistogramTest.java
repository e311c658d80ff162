package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class ColorHistogramTest {

    @Test
    void addingARunEqualsAddingItsPixelsOneByOne() {
        Random random = new Random(3);
        ColorHistogram byPixel = new ColorHistogram();
        ColorHistogram byRun = new ColorHistogram();
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
        }
        byRun.clear();
        byRun.add(0x102030, 3);
        assertThat(byRun.size()).isEqualTo(1);
        assertThat(byRun.meanR(0)).isEqualTo(0x10);
        assertThat(byRun.count(0)).isEqualTo(3);
    }
}
