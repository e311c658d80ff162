package dev.jiffy.gif.dither;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.quantize.NearestColor;
import dev.jiffy.gif.quantize.Palette;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Ordered dithering keeps its pattern where the source is smooth and drops it where the source is busy. */
class OrderedRemapperTest {
    private static final int DARK = 0x404040;
    private static final int LIGHT = 0x808080;
    private static final int W = 64;
    private static final int H = 32;

    private static byte[] remap(int[] argb) {
        Palette palette = paletteOf(DARK, LIGHT);
        NearestColor search = new NearestColor();
        search.setPalette(palette);
        byte[] mask = new byte[W * H];
        Arrays.fill(mask, (byte) 1);
        byte[] out = new byte[W * H];
        new OrderedRemapper().remap(new Region(argb, W, 0, 0, W, H, mask), palette, search, out);
        return out;
    }

    private static Palette paletteOf(int... colours) {
        Palette p = new Palette();
        for (int c : colours) {
            p.add(c);
        }
        return p;
    }

    private static int grey(int v) {
        return 0xFF000000 | v << 16 | v << 8 | v;
    }

    @Test
    void aSmoothGradientKeepsItsDither() {
        // rows alike, one grey level per column from 64 to 127: pixels barely differ from their neighbours
        int[] argb = new int[W * H];
        for (int p = 0; p < argb.length; p++) {
            argb[p] = grey(0x40 + p % W);
        }
        byte[] out = remap(argb);
        for (int x = 24; x < 40; x++) { // the middle of the gradient, where the two colours mix about half and half
            int light = 0;
            for (int y = 0; y < H; y++) {
                light += out[y * W + x];
            }
            assertThat(light).as("column %d", x).isBetween(H / 5, H * 4 / 5);
        }
    }

    @Test
    void aFlatColourBetweenTwoEntriesIsMixedHalfAndHalf() {
        int[] argb = new int[W * H];
        Arrays.fill(argb, grey(0x60));
        byte[] out = remap(argb);
        int light = 0;
        for (byte b : out) {
            light += b;
        }
        assertThat(light).isBetween(argb.length * 2 / 5, argb.length * 3 / 5);
    }

    @Test
    void grainAsStrongAsThePaletteGapGetsNoAddedPattern() {
        // grain around the mid grey: every pixel 20..44 levels lighter or darker than the middle, alternately, so
        // it differs from each neighbour by more than half the gap between the two entries (64 levels)
        Random random = new Random(7);
        int[] argb = new int[W * H];
        for (int p = 0; p < argb.length; p++) {
            int sign = ((p % W) + (p / W)) % 2 == 0 ? 1 : -1;
            argb[p] = grey(0x60 + sign * (20 + random.nextInt(25)));
        }
        byte[] out = remap(argb);
        for (int p = 0; p < argb.length; p++) {
            int nearer = (argb[p] & 0xFF) > 0x60 ? 1 : 0;
            // a lighter grain pixel (t above 0.8 on the segment) would still take the dark entry in about a fifth of
            // the Bayer cells if the pattern were kept
            assertThat((int) out[p]).as("pixel %d", p).isEqualTo(nearer);
        }
    }
}
