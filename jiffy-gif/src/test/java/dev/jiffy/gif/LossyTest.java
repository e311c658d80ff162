package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.lzw.LzwDecoder;
import dev.jiffy.gif.lzw.LzwEncoder;
import dev.jiffy.gif.quantize.ColorMetric;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Lossy LZW and the quality knob. */
class LossyTest {

    private static List<int[]> clip(int w, int h, int n) {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            frames.add(SyntheticFrames.photo(w, h, i / (double) n, 6, i));
        }
        return frames;
    }

    @ParameterizedTest
    @ValueSource(ints = {10, 40, 120})
    void eachPixelStaysWithinTheBudgetOfItsOwnChoice(int level) throws Exception {
        // a noisy index stream over a palette of close colours: lossy must extend strings, and every decoded index
        // must be within the budget of the index it replaced (reference: that index's colour)
        Random random = new Random(level);
        int[] palette = new int[64];
        for (int i = 0; i < 64; i++) {
            palette[i] = (i * 3) << 16 | (128 + i) << 8 | (200 - i * 2);
        }
        byte[] original = new byte[20_000];
        for (int i = 0; i < original.length; i++) {
            original[i] = (byte) ((i / 7 % 8) * 8 + random.nextInt(3));
        }
        byte[] lossy = original.clone();
        LzwEncoder encoder = new LzwEncoder();
        int maxError = FrameEncoder.lossyError(level);
        int len = encoder.encode(lossy, lossy.length, 6, palette, 63, maxError);
        int plainLen = new LzwEncoder().encode(original, original.length, 6);
        assertThat(len).isLessThan(plainLen);
        byte[] decoded = new byte[original.length];
        new LzwDecoder().decode(java.util.Arrays.copyOf(encoder.buffer(), len), 6, decoded, decoded.length);
        assertThat(decoded).isEqualTo(lossy); // the indices were rewritten to what the stream decodes to
        for (int i = 0; i < original.length; i++) {
            int c = original[i] & 0xFF;
            int d = decoded[i] & 0xFF;
            assertThat(ColorMetric.distance(palette[c], palette[d])).as("pixel %d", i).isLessThanOrEqualTo(maxError);
            if (c == 63 || d == 63) {
                assertThat(d).isEqualTo(c); // the transparent index is never swapped
            }
        }
    }

    @Test
    void theTransparentIndexStandsForWhatIsDisplayedAndOnlyWhereSomethingIs() throws Exception {
        // a row of noisy greys over a screen that displays close greys, except a stretch where nothing is displayed
        Random random = new Random(5);
        int n = 6_000;
        int[] palette = new int[32];
        for (int i = 0; i < 31; i++) {
            int v = 40 + i * 6;
            palette[i] = v << 16 | v << 8 | v;
        }
        int transparent = 31;
        int[] source = new int[n];
        int[] shown = new int[n];
        byte[] original = new byte[n];
        for (int i = 0; i < n; i++) {
            int k = 5 + random.nextInt(20);
            source[i] = 0xFF000000 | palette[k];
            boolean nothing = i >= 2_000 && i < 2_500;
            int v = (palette[k] & 0xFF) + random.nextInt(5) - 2;
            shown[i] = nothing ? 0 : 0xFF000000 | v << 16 | v << 8 | v;
            original[i] = (byte) (random.nextInt(3) == 0 && !nothing ? transparent : k);
            if (i >= 2_400 && i < 2_500) {
                original[i] = (byte) transparent; // must show through: the source is transparent there
            }
        }
        byte[] lossy = original.clone();
        LzwEncoder encoder = new LzwEncoder();
        int maxError = FrameEncoder.lossyError(30);
        int len = encoder.encode(lossy, n, 5, palette, transparent, maxError, source, shown, 0, n, n);
        int plain = new LzwEncoder().encode(original.clone(), n, 5, palette, transparent, maxError, source, 0, n, n);
        assertThat(len).as("bytes with the transparent index taking part").isLessThan(plain);
        byte[] decoded = new byte[n];
        new LzwDecoder().decode(java.util.Arrays.copyOf(encoder.buffer(), len), 5, decoded, n);
        assertThat(decoded).isEqualTo(lossy);
        int madeTransparent = 0;
        for (int i = 0; i < n; i++) {
            int c = original[i] & 0xFF;
            int d = decoded[i] & 0xFF;
            if (shown[i] == 0) {
                assertThat(d == transparent).as("pixel %d over nothing displayed", i).isEqualTo(c == transparent);
                continue;
            }
            int was = c == transparent ? shown[i] : palette[c];
            int now = d == transparent ? shown[i] : palette[d];
            // a written pixel's budget grows with its source's texture (0 here: one row has no vertical neighbours)
            int masked = c == transparent ? 0 : LzwEncoder.maskedError(source, n, i);
            assertThat(ColorMetric.distance(now, source[i]))
                    .as("pixel %d", i).isLessThanOrEqualTo(ColorMetric.distance(was, source[i]) + maxError + masked);
            madeTransparent += c != transparent && d == transparent ? 1 : 0;
        }
        assertThat(madeTransparent).as("written pixels left to what is displayed").isPositive();
    }

    @Test
    void lossyFramesStayWithinTheBudgetOfTheSource() {
        int w = 80;
        int h = 48;
        List<int[]> frames = clip(w, h, 6);
        // without noise tolerance, which keeps pixels still by more than the keep margin on purpose
        GifOptions lossless = GifOptions.defaults().withLossy(0).withNoiseTolerance(0);
        GifOptions lossy = GifOptions.defaults().withLossy(40).withNoiseTolerance(0);
        DecodedGif a = decode(encode(w, h, lossless, 10, frames));
        DecodedGif b = decode(encode(w, h, lossy, 10, frames));
        int budget = FrameEncoder.lossyError(40);
        for (int f = 0; f < frames.size(); f++) {
            int[] src = frames.get(f);
            int[] ref = a.frames().get(f).argb();
            int[] got = b.frames().get(f).argb();
            for (int p = 0; p < src.length; p++) {
                // the stabiliser may keep a displayed colour within its margin of the new choice
                // and lossy LZW's budget grows with the texture the source has there, in this frame or in the
                // earlier one whose choice is still displayed
                int masked = 0;
                for (int g = 0; g <= f; g++) {
                    masked = Math.max(masked, LzwEncoder.maskedError(frames.get(g), w, p));
                }
                int allowed = ColorMetric.distance(ref[p], src[p]) + budget + masked
                        + GifOptions.DEFAULT_KEEP_MARGIN * 4;
                assertThat(ColorMetric.distance(got[p], src[p])).isLessThanOrEqualTo(allowed);
            }
        }
        assertThat(encode(w, h, lossy, 10, frames).length).isLessThan(encode(w, h, lossless, 10, frames).length);
    }

    @Test
    void fewColourFramesAreExactWithoutLossyAndWithinTheBudgetWithIt() {
        int[] frame = SyntheticFrames.distinctColours(40, 30, 50, 3);
        DecodedGif exact = decode(encode(40, 30, GifOptions.defaults().withLossy(0), 10, List.of(frame)));
        assertThat(exact.frames().get(0).argb()).isEqualTo(GifTestSupport.opaque(frame));
        byte[] lossyGif = encode(40, 30, GifOptions.defaults().withLossy(200), 10, List.of(frame));
        int[] got = decode(lossyGif).frames().get(0).argb();
        int budget = FrameEncoder.lossyError(200);
        int changed = 0;
        for (int p = 0; p < frame.length; p++) {
            assertThat(ColorMetric.distance(got[p], frame[p])).as("pixel %d", p)
                    .isLessThanOrEqualTo(budget + LzwEncoder.maskedError(frame, 40, p));
            changed += got[p] != (frame[p] | 0xFF000000) ? 1 : 0;
        }
        assertThat(changed).as("pixels lossy LZW changed").isPositive();
    }

    @Test
    void bytesFallAsQualityFalls() {
        List<int[]> frames = clip(96, 54, 5);
        int previous = Integer.MAX_VALUE;
        for (int q : new int[] {100, 90, 80, 60, 40, 20, 1}) {
            int bytes = encode(96, 54, GifOptions.defaults().withQuality(q), 10, frames).length;
            assertThat(bytes).as("quality %d", q).isLessThanOrEqualTo(previous);
            previous = bytes;
        }
        assertThat(GifOptions.defaults().withQuality(GifQuality.DEFAULT)).isEqualTo(GifOptions.defaults());
        assertThat(GifQuality.lossy(100)).isZero();
        assertThat(new int[] {GifQuality.maxColors(100), GifQuality.maxColors(75), GifQuality.maxColors(74),
                GifQuality.maxColors(60), GifQuality.maxColors(50), GifQuality.maxColors(49),
                GifQuality.maxColors(30), GifQuality.maxColors(1)})
                .containsExactly(256, 256, 127, 63, 31, 15, 15, 7);
    }
}
