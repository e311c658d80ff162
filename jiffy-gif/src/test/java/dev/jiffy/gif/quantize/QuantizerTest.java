package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class QuantizerTest {

    @Test
    void producesAtMostTheRequestedNumberOfDistinctColoursDeterministically() {
        Random random = new Random(11);
        ColorHistogram h = new ColorHistogram();
        for (int i = 0; i < 20_000; i++) {
            int r = random.nextInt(256);
            h.add(r << 16 | (255 - r) << 8 | random.nextInt(64));
        }
        for (int max : new int[] {2, 3, 16, 255, 256}) {
            Palette a = new Palette();
            Palette b = new Palette();
            new Quantizer(3).quantize(h, max, a);
            new Quantizer(3).quantize(h, max, b);
            assertThat(a.size()).isBetween(2, max);
            for (int i = 0; i < a.size(); i++) {
                assertThat(b.color(i)).isEqualTo(a.color(i));
                if (i > 0) {
                    assertThat(a.color(i)).isGreaterThan(a.color(i - 1));
                }
            }
        }
    }

    @Test
    void twoWellSeparatedClustersGetOneColourEach() {
        ColorHistogram h = new ColorHistogram();
        for (int i = 0; i < 1000; i++) {
            h.add(0x102030 + (i % 3));
            h.add(0xE0D0C0 - (i % 3));
        }
        Palette p = new Palette();
        new Quantizer(3).quantize(h, 2, p);
        assertThat(p.size()).isEqualTo(2);
        assertThat(ColorMetric.distance(p.color(0), 0x102031)).isLessThan(10);
        assertThat(ColorMetric.distance(p.color(1), 0xE0D0BF)).isLessThan(10);
    }

    @Test
    void aColourThatLeadsAFlatAreaUnderNoiseIsKeptExactly() {
        // a black area with compression noise: six of ten pixels black, the others a level or three off. Their mean is
        // 1,1,1 (rounded from 1.0, 0.6, 0.8), a colour no pixel has; the palette keeps black itself
        for (boolean leaders : new boolean[] {true, false}) {
            ColorHistogram h = noisyBlackAndAnother(leaders); // another area, so the black one is one colour of two
            Palette p = new Palette();
            new Quantizer(3).quantize(h, 2, p);
            assertThat(p.size()).isEqualTo(2);
            // from a histogram without leaders, the mean
            assertThat(p.color(0)).isEqualTo(leaders ? 0x000000 : 0x010101);
            assertThat(p.color(1)).isEqualTo(0xE0D0C0);
        }
    }

    @Test
    void aLeaderFarFromItsColoursMeanDoesNotMoveIt() {
        // one colour for two far-apart groups: the larger group leads, but moving onto it would cost the other group
        // far more than the mean does, so the colour stays the mean
        ColorHistogram h = new ColorHistogram(true);
        h.add(0x000000, 400);
        h.add(0x0A0A0A, 600);
        Palette p = new Palette();
        new Quantizer(3).quantize(h, 1, p);
        assertThat(p.size()).isEqualTo(1);
        assertThat(p.color(0)).isEqualTo(0x060606);
    }

    /** A flat black area under noise: mostly black, some pixels two or three levels off (their mean is 1,1,1). */
    private static ColorHistogram noisyBlack(boolean leaders) {
        ColorHistogram h = new ColorHistogram(leaders);
        h.add(0x000000, 600);
        h.add(0x020202, 200);
        h.add(0x030102, 200);
        return h;
    }

    /** {@link #noisyBlack} beside another colour. */
    private static ColorHistogram noisyBlackAndAnother(boolean leaders) {
        ColorHistogram h = noisyBlack(leaders);
        h.add(0xE0D0C0, 1000);
        return h;
    }

    @Test
    void aQuantizerThatAddsLeadersKeepsTheMeanAndAddsTheLeaderWhereThereIsRoom() {
        // as a scene's palette: black is added, the mean 1,1,1 stays for the near-blacks
        Palette p = new Palette();
        new Quantizer(3, true).quantize(noisyBlackAndAnother(true), 4, p);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.color(0)).isEqualTo(0x000000);
        assertThat(p.color(1)).isEqualTo(0x010101);
        assertThat(p.color(2)).isEqualTo(0xE0D0C0);
    }

    @Test
    void aQuantizerThatAddsLeadersAddsNoneBeyondMaxColours() {
        Palette p = new Palette();
        new Quantizer(3, true).quantize(noisyBlackAndAnother(true), 2, p);
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.color(0)).isEqualTo(0x010101);
        assertThat(p.color(1)).isEqualTo(0xE0D0C0);
    }

    @Test
    void aQuantizerThatAddsLeadersAddsNoneThatWouldNeedALargerColourTable() {
        // three colours and a transparent index fill a table of four: a fourth colour would need one of eight
        ColorHistogram h = noisyBlackAndAnother(true);
        h.add(0x40C040, 1000);
        Palette p = new Palette();
        new Quantizer(3, true).quantize(h, 8, p);
        assertThat(p.size()).isEqualTo(3);
        assertThat(p.color(0)).isEqualTo(0x010101);
    }

    @Test
    void aScenesPaletteOfOneNoisyBlackGetsItsBlackToo() {
        // one colour and a transparent index fill a table of two, but LZW codes a table of four as cheaply
        Palette p = new Palette();
        new Quantizer(3, true).quantize(noisyBlack(true), 255, p);
        assertThat(p.size()).isEqualTo(2);
        assertThat(p.color(0)).isEqualTo(0x000000);
        assertThat(p.color(1)).isEqualTo(0x010101);
    }
}
