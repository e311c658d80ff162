package dev.jiffy.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResizerTest {
    @Test
    void flatColourStaysExactlyFlat() {
        for (Resampling filter : Resampling.values()) {
            Frame flat = Frame.filled(97, 53, 0xFF3C78B4);
            Frame small = new Resizer(flat.size(), new Size(31, 17), filter).resize(flat);
            Frame big = new Resizer(flat.size(), new Size(200, 120), filter).resize(flat);
            for (Frame f : new Frame[] {small, big}) {
                for (int y = 0; y < f.height(); y++) {
                    for (int x = 0; x < f.width(); x++) {
                        assertThat(f.pixel(x, y)).as(filter + " at " + x + "," + y).isEqualTo(0xFF3C78B4);
                    }
                }
            }
        }
    }

    @Test
    void downscalingAveragesFineDetailInsteadOfAliasing() {
        int[] px = new int[64 * 64];
        for (int i = 0; i < px.length; i++) {
            px[i] = ((i % 64 + i / 64) & 1) == 0 ? 0xFF000000 : 0xFFFFFFFF;
        }
        Frame checker = Frame.wrap(64, 64, px);
        for (Resampling filter : Resampling.values()) {
            Frame small = new Resizer(checker.size(), new Size(16, 16), filter).resize(checker);
            for (int y = 2; y < 14; y++) {
                for (int x = 2; x < 14; x++) {
                    int grey = small.pixel(x, y) & 0xFF;
                    assertThat(grey).as(filter.name()).isBetween(120, 135);
                }
            }
        }
    }

    @Test
    void transparentPixelsDoNotBleedTheirColour() {
        int[] px = new int[16 * 16];
        for (int i = 0; i < px.length; i++) {
            px[i] = (i % 16) < 8 ? 0x00FF0000 : 0xFF0000FF;
        }
        Frame half = Frame.wrap(16, 16, px);
        Frame small = new Resizer(half.size(), new Size(4, 4), Resampling.LANCZOS3).resize(half);
        for (int y = 0; y < 4; y++) {
            for (int x = 0; x < 4; x++) {
                int p = small.pixel(x, y);
                if ((p >>> 24) > 0) {
                    assertThat((p >> 16) & 0xFF).as("red leaking at " + x + "," + y).isLessThan(8);
                }
            }
        }
    }

    @Test
    void refusesFramesOfAnotherSize() {
        Resizer r = new Resizer(new Size(10, 10), new Size(5, 5), Resampling.AREA);
        assertThatThrownBy(() -> r.resize(Frame.filled(11, 10, 0))).hasMessageContaining("takes 10x10 frames, got 11x10");
    }
}
