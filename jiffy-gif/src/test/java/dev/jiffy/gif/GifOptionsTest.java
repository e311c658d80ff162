package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GifOptionsTest {

    @Test
    void defaultsLoopForeverWith256ColoursNoDitherNoFuzzAndThreshold128() {
        GifOptions o = GifOptions.defaults();
        assertThat(o.loopCount()).isZero();
        assertThat(o.maxColors()).isEqualTo(256);
        assertThat(o.dither()).isEqualTo(Dither.AUTO); // quality 80: dithered by content from 75 to 99
        assertThat(o.palette()).isEqualTo(PaletteMode.SCENE_OR_FRAME);
        assertThat(o.fuzzPercent()).isZero();
        assertThat(o.alphaThreshold()).isEqualTo(128);
        assertThat(o.lossy()).isEqualTo(15); // quality 80
        assertThat(o.threads()).isZero();
    }

    @Test
    void withersChangeOneAttribute() {
        GifOptions o = GifOptions.defaults().withLoopCount(3).withMaxColors(16).withDither(Dither.NONE)
                .withFuzzPercent(2.5).withAlphaThreshold(1);
        // defaults() is lossy 15 with quality 80's palettes, keep margin, noise tolerance and strictness on flat areas;
        // the five-argument constructor is not lossy, and neither shorter constructor is strict on flat areas
        assertThat(o).isEqualTo(new GifOptions(3, 16, Dither.NONE, 2.5, 1, 15, 0)
                .withPalette(PaletteMode.SCENE_OR_FRAME).withKeepMargin(GifQuality.keepMargin(GifQuality.DEFAULT))
                .withNoiseTolerance(GifQuality.noiseTolerance(GifQuality.DEFAULT)).withStrictOnFlatAreas(true));
        assertThat(o.withNoiseTolerance(3).noiseTolerance()).isEqualTo(3);
        assertThat(o.withStrictOnFlatAreas(false).strictOnFlatAreas()).isFalse();
        GifOptions plain = o.withPalette(PaletteMode.FRAME).withKeepMargin(GifOptions.DEFAULT_KEEP_MARGIN)
                .withStrictOnFlatAreas(false);
        assertThat(plain.withLossy(0).withNoiseTolerance(0)).isEqualTo(new GifOptions(3, 16, Dither.NONE, 2.5, 1));
        assertThat(plain.withLossy(40).withThreads(2).withNoiseTolerance(0))
                .isEqualTo(new GifOptions(3, 16, Dither.NONE, 2.5, 1, 40, 2));
        assertThat(GifOptions.defaults().withMaxColors(2).maxColors()).isEqualTo(2);
    }

    @Test
    void invalidValuesAreRejectedWithTheValueAndTheRange() {
        GifOptions d = GifOptions.defaults();
        assertThatThrownBy(() -> d.withLoopCount(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("loopCount -1").hasMessageContaining("1..65536");
        assertThatThrownBy(() -> d.withLoopCount(65537)).hasMessageContaining("loopCount 65537");
        assertThatThrownBy(() -> d.withMaxColors(1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("maxColors 1 is out of range 2..256");
        assertThatThrownBy(() -> d.withMaxColors(257)).hasMessage("maxColors 257 is out of range 2..256");
        assertThatThrownBy(() -> d.withFuzzPercent(-0.5)).hasMessage("fuzzPercent -0.5 is out of range 0..100");
        assertThatThrownBy(() -> d.withFuzzPercent(100.1)).hasMessage("fuzzPercent 100.1 is out of range 0..100");
        assertThatThrownBy(() -> d.withFuzzPercent(Double.NaN)).hasMessage("fuzzPercent NaN is out of range 0..100");
        assertThatThrownBy(() -> d.withAlphaThreshold(0)).hasMessage("alphaThreshold 0 is out of range 1..255");
        assertThatThrownBy(() -> d.withAlphaThreshold(256)).hasMessage("alphaThreshold 256 is out of range 1..255");
        assertThatThrownBy(() -> d.withLossy(-1)).hasMessageContaining("lossy -1 is out of range 0..200");
        assertThatThrownBy(() -> d.withLossy(201)).hasMessageContaining("lossy 201");
        assertThatThrownBy(() -> d.withThreads(-1)).hasMessageContaining("threads -1 is out of range 0..64");
        assertThatThrownBy(() -> d.withQuality(0)).hasMessageContaining("quality 0 is out of range 1..100");
        assertThatThrownBy(() -> d.withQuality(101)).hasMessageContaining("quality 101");
        assertThatThrownBy(() -> d.withDither(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("dither");
        assertThatThrownBy(() -> d.withPalette(null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("palette mode");
        assertThatThrownBy(() -> d.withKeepMargin(-1)).hasMessage("keepMargin -1 is out of range 0..5000");
        assertThatThrownBy(() -> d.withKeepMargin(5001)).hasMessage("keepMargin 5001 is out of range 0..5000");
    }

    @Test
    void lowerQualityNeverKeepsLessOfThePictureStillNorUsesMoreColours() {
        for (int q = 2; q <= 100; q++) {
            GifOptions lower = GifOptions.defaults().withQuality(q - 1);
            GifOptions higher = GifOptions.defaults().withQuality(q);
            assertThat(lower.keepMargin()).isGreaterThanOrEqualTo(higher.keepMargin());
            assertThat(lower.maxColors()).isLessThanOrEqualTo(higher.maxColors());
        }
        assertThat(GifOptions.defaults().withQuality(90).keepMargin()).isEqualTo(GifOptions.DEFAULT_KEEP_MARGIN);
        assertThat(GifOptions.defaults().keepMargin()).isEqualTo(108);
        assertThat(GifOptions.defaults().withQuality(60).palette()).isEqualTo(PaletteMode.AUTO);
        assertThat(GifOptions.defaults().withQuality(100).palette()).isEqualTo(PaletteMode.FRAME);
    }

    @Test
    void extremesAreAccepted() {
        GifOptions o = new GifOptions(65536, 2, Dither.FLOYD_STEINBERG, 100, 255);
        assertThat(o.loopCount()).isEqualTo(65536);
        assertThat(new GifOptions(1, 256, Dither.NONE, 0, 1).alphaThreshold()).isEqualTo(1);
    }
}
