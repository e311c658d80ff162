package dev.jiffy.gif.quantize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearestColorTest {

    private static int bruteForce(int[] palette, int n, int rgb) {
        int best = Integer.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            best = Math.min(best, ColorMetric.distance(palette[i], rgb));
        }
        return best;
    }

    /**
     * Sets {@code colours} as the palette to search: frozen, as a palette shared by frames (looked up through fine
     * cells), or as plain colours (coarse cells).
     */
    private static void use(NearestColor search, int[] colours, boolean frozen) {
        if (frozen) {
            Palette palette = new Palette();
            for (int c : colours) {
                palette.add(c);
            }
            search.setPalette(palette.frozenCopy());
        } else {
            search.setPalette(colours, colours.length);
        }
    }

    @Test
    void findsAnExactNearestColourForSpreadAndClusteredPalettes() {
        Random random = new Random(3);
        NearestColor search = new NearestColor();
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(256);
            int[] palette = new int[n];
            boolean clustered = trial % 2 == 1;
            int base = random.nextInt(0x1000000);
            for (int i = 0; i < n; i++) {
                palette[i] = clustered ? jitter(base, 12, random) : random.nextInt(0x1000000);
            }
            use(search, palette, trial % 4 >= 2);
            for (int k = 0; k < 5000; k++) {
                int rgb = clustered && k % 2 == 0 ? jitter(base, 20, random) : random.nextInt(0x1000000);
                int found = search.nearest(rgb);
                assertThat(found).isBetween(0, n - 1);
                assertThat(ColorMetric.distance(palette[found], rgb)).as("trial %d colour %06X", trial, rgb)
                        .isEqualTo(bruteForce(palette, n, rgb));
            }
        }
    }

    @Test
    void ofEquallyNearColoursTheLowestIndexIsFound() {
        // few levels, so that colours repeat and many lie equally far from a pixel: the first of them is the answer
        Random random = new Random(7);
        NearestColor search = new NearestColor();
        for (int trial = 0; trial < 40; trial++) {
            int n = 1 + random.nextInt(256);
            int step = 8 << random.nextInt(4);
            int[] palette = new int[n];
            for (int i = 0; i < n; i++) {
                palette[i] = random.nextInt(256 / step) * step << 16 | random.nextInt(256 / step) * step << 8
                        | random.nextInt(256 / step) * step;
            }
            use(search, palette, trial % 2 == 1);
            for (int k = 0; k < 5000; k++) {
                int rgb = random.nextInt(0x1000000);
                int best = bruteForce(palette, n, rgb);
                int first = 0;
                while (ColorMetric.distance(palette[first], rgb) != best) {
                    first++;
                }
                assertThat(search.nearest(rgb)).as("trial %d colour %06X", trial, rgb).isEqualTo(first);
            }
        }
    }

    @Test
    void extremesOfTheCubeAreFound() {
        NearestColor search = new NearestColor();
        int[] palette = {0x000000, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF};
        search.setPalette(palette, 5);
        assertThat(search.nearest(0x010101)).isZero();
        assertThat(search.nearest(0xFEFEFE)).isEqualTo(1);
        assertThat(search.nearest(0xF00808)).isEqualTo(2);
        assertThat(search.nearest(0, 250, 3)).isEqualTo(3);
        search.setPalette(new int[] {0x808080}, 1);
        assertThat(search.nearest(0xFFFFFF)).isZero();
    }

    @Test
    void aFrozenPaletteSetAgainAnswersForItsOwnColoursWhateverWasSetBetween() {
        // the search keeps what it worked out for a frozen palette while that palette is set again, and must not keep
        // it across another palette (frozen or not) set in between
        Random random = new Random(5);
        Palette[] frozen = new Palette[2];
        for (int f = 0; f < 2; f++) {
            Palette p = new Palette();
            for (int i = 0; i < 200; i++) {
                p.add(random.nextInt(0x1000000));
            }
            frozen[f] = p.frozenCopy();
        }
        Palette own = new Palette();
        own.add(0x000000);
        own.add(0xFFFFFF);
        NearestColor search = new NearestColor();
        Palette[] order = {frozen[0], frozen[0], own, frozen[0], frozen[1], frozen[0], frozen[1], frozen[1]};
        for (Palette p : order) {
            search.setPalette(p);
            for (int k = 0; k < 3000; k++) {
                int rgb = random.nextInt(0x1000000);
                int found = search.nearest(rgb);
                assertThat(found).isBetween(0, p.size() - 1);
                assertThat(ColorMetric.distance(p.color(found), rgb)).as("colour %06X", rgb)
                        .isEqualTo(bruteForce(p.colors(), p.size(), rgb));
            }
        }
    }

    private static int jitter(int rgb, int amount, Random random) {
        int r = clamp(((rgb >>> 16) & 0xFF) + random.nextInt(2 * amount + 1) - amount);
        int g = clamp(((rgb >>> 8) & 0xFF) + random.nextInt(2 * amount + 1) - amount);
        int b = clamp((rgb & 0xFF) + random.nextInt(2 * amount + 1) - amount);
        return r << 16 | g << 8 | b;
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
