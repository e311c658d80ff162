package dev.jiffy.gif.dither;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.quantize.ColorMetric;
import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The nearest mapping measures its error as it maps (what {@link AutoRemapper} decides by), over exactly the pixels it
 * writes: checked against a plain count over the pixels and a brute-force nearest colour, which knows nothing of the
 * remapper's colour cache or runs.
 */
class NearestRemapperTest {
    private static final int STRIDE = 48;
    private static final int ROWS = 40;

    @Test
    void measuresTheErrorOfThePixelsItWritesAndNoOthers() {
        Random random = new Random(12);
        Palette palette = new Palette();
        for (int i = 0; i < 40; i++) {
            palette.add(random.nextInt(1 << 24));
        }
        palette.add(0x336699); // some pixels below take this colour exactly
        int[] argb = new int[STRIDE * ROWS];
        for (int p = 0; p < argb.length; p++) {
            // runs of one colour (as flat areas), exact palette colours and noise
            int kind = random.nextInt(3);
            argb[p] = 0xFF000000 | (kind == 0 && p > 0 ? argb[p - 1] : kind == 1 ? 0x336699 : random.nextInt(1 << 24));
        }
        // a rectangle inside the frame, with a mask that leaves some pixels out
        Region region = new Region(argb, STRIDE, 5, 3, 30, 25, new byte[30 * 25]);
        for (int i = 0; i < region.mask().length; i++) {
            region.mask()[i] = (byte) (random.nextInt(4) == 0 ? 0 : 1);
        }
        NearestColor search = new NearestColor();
        search.setPalette(palette);
        byte[] out = new byte[30 * 25];
        NearestRemapper remapper = new NearestRemapper();
        remapper.remap(region, palette, search, out);

        long written = 0;
        long exact = 0;
        long error = 0;
        for (int row = 0; row < region.height(); row++) {
            for (int col = 0; col < region.width(); col++) {
                int o = row * region.width() + col;
                if (region.mask()[o] == 0) {
                    continue;
                }
                int source = argb[(region.y() + row) * STRIDE + region.x() + col];
                int best = Integer.MAX_VALUE;
                for (int k = 0; k < palette.size(); k++) {
                    best = Math.min(best, ColorMetric.distance(source, palette.color(k)));
                }
                assertThat(ColorMetric.distance(source, palette.color(out[o] & 0xFF))).as("pixel %d", o).isEqualTo(best);
                written++;
                exact += best == 0 ? 1 : 0;
                error += best;
            }
        }
        assertThat(exact).isPositive();
        assertThat(remapper.written()).isEqualTo(written);
        assertThat(remapper.exact()).isEqualTo(exact);
        assertThat(remapper.error()).isEqualTo(error);
    }

    @Test
    void autoDithersOnlyWhereThePaletteIsFinerThanTheColoursVary() {
        // at most a mean error of MAX_MEAN_ERROR and fewer than MAX_EXACT_SHARE of the pixels exact
        assertThat(AutoRemapper.finerThanContent(100, 10, 100L * AutoRemapper.MAX_MEAN_ERROR)).isTrue();
        assertThat(AutoRemapper.finerThanContent(100, 10, 100L * AutoRemapper.MAX_MEAN_ERROR + 1)).isFalse();
        assertThat(AutoRemapper.finerThanContent(100, 50, 100)).isFalse();
        assertThat(AutoRemapper.finerThanContent(100, 49, 100)).isTrue();
        assertThat(AutoRemapper.finerThanContent(0, 0, 0)).isFalse();
    }
}
