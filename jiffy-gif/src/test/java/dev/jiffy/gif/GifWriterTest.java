package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.delays;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static dev.jiffy.gif.testing.Metrics.psnr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.gif.testing.ImageIoGif;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GifWriterTest {
    private static final int RED = 0xFFFF0000;
    private static final int GREEN = 0xFF00FF00;
    private static final int BLUE = 0xFF0000FF;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int BLACK = 0xFF000000;

    // ---- timing -------------------------------------------------------------------------------------------------

    @Test
    void delaysComeFromARunningTotalSoA3SecondClipLastsExactly300Centiseconds() throws IOException {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            frames.add(SyntheticFrames.bands(8, 4, i % 2 == 0 ? RED : BLUE, WHITE));
        }
        byte[] gif = encode(8, 4, GifOptions.defaults(), 15.0, frames);
        DecodedGif ours = decode(gif);
        assertThat(ours.frames()).hasSize(45);
        assertThat(ours.totalDelayCentiseconds()).isEqualTo(300);
        // 100 * i / 15 rounded: 7, 13, 20, 27, 33, 40, ...
        assertThat(delays(ours).subList(0, 6)).containsExactly(7, 6, 7, 7, 6, 7);
        ImageIoGif theirs = readWithImageIo(gif);
        assertThat(theirs.delays()).isEqualTo(delays(ours));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void eachFrameWrittenIsToldWhereItEndsAndTheAnimationTimeSoFar(int threads) throws IOException {
        int[] a = SyntheticFrames.bands(6, 6, RED, GREEN);
        int[] b = SyntheticFrames.bands(6, 6, BLUE, GREEN);
        List<int[]> frames = List.of(a, a.clone(), a.clone(), b, b.clone(), a);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        List<long[]> told = Collections.synchronizedList(new ArrayList<>());
        GifWriter w = GifWriter.create(bytes, 6, 6, GifOptions.defaults().withThreads(threads), Optional.empty(),
                () -> false, (written, seconds, n) -> told.add(new long[] {written, Math.round(seconds * 100), n}));
        for (int i = 0; i < frames.size(); i++) {
            w.addFrame(frames.get(i), (i + 1) * 0.1);
        }
        w.close();
        byte[] gif = bytes.toByteArray();
        // three images (the repeats merged), then the trailer
        assertThat(told).extracting(t -> t[0]).containsExactly(1L, 2L, 3L, 3L);
        assertThat(told).extracting(t -> t[1]).as("centiseconds shown").containsExactly(30L, 50L, 60L, 60L);
        assertThat(told.get(3)[2]).as("the last report is the file's size").isEqualTo(gif.length);
        for (int k = 0; k < 3; k++) {
            // the bytes told after frame k end where its image ends: with a trailer they are a GIF of k + 1 frames
            byte[] prefix = Arrays.copyOf(gif, (int) told.get(k)[2] + 1);
            prefix[prefix.length - 1] = 0x3B;
            assertThat(readWithImageIo(prefix).delays()).as("frames up to " + k)
                    .isEqualTo(List.of(30, 20, 10).subList(0, k + 1));
        }
    }

    @Test
    void identicalFramesAreMergedIntoOneLongerDelay() throws IOException {
        int[] a = SyntheticFrames.bands(6, 6, RED, GREEN);
        int[] b = SyntheticFrames.bands(6, 6, BLUE, GREEN);
        List<int[]> frames = List.of(a, a.clone(), a.clone(), b, b.clone(), a);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter w = GifWriter.create(bytes, 6, 6, GifOptions.defaults());
        for (int i = 0; i < frames.size(); i++) {
            w.addFrame(frames.get(i), (i + 1) * 0.1);
        }
        w.close();
        assertThat(w.framesWritten()).isEqualTo(3);
        DecodedGif gif = decode(bytes.toByteArray());
        assertThat(delays(gif)).containsExactly(30, 20, 10);
        assertThat(gif.frames().get(0).argb()).isEqualTo(a);
        assertThat(gif.frames().get(1).argb()).isEqualTo(b);
        assertThat(gif.frames().get(2).argb()).isEqualTo(a);
        assertThat(readWithImageIo(bytes.toByteArray()).delays()).containsExactly(30, 20, 10);
    }

    @Test
    void aFrameWhoseRoundedDelayIsZeroIsFoldedIntoTheNextFrame() {
        int[] a = SyntheticFrames.bands(4, 4, RED);
        int[] b = SyntheticFrames.bands(4, 4, GREEN);
        int[] c = SyntheticFrames.bands(4, 4, BLUE);
        // b lasts 0.003 s: round(100 * 0.103) - round(100 * 0.1) = 0
        byte[] gif = encode(4, 4, GifOptions.defaults(), List.of(a, b, c), new double[] {0.1, 0.103, 0.2});
        DecodedGif d = decode(gif);
        assertThat(delays(d)).containsExactly(10, 10).doesNotContain(0);
        assertThat(d.frames().get(1).argb()).isEqualTo(c);
        assertThat(d.totalDelayCentiseconds()).isEqualTo(20);
    }

    @Test
    void aLastFrameShorterThanTwoCentisecondsIsFoldedIntoThePreviousFrame() {
        // 0.55 s at 24 fps (issue 13): the 14th frame lasts 0.0083 s, written as 1 cs, which browsers play as 10 cs
        List<int[]> frames = new java.util.ArrayList<>();
        double[] ends = new double[14];
        for (int i = 0; i < 14; i++) {
            frames.add(SyntheticFrames.bands(4, 4, i % 2 == 0 ? RED : BLUE));
            ends[i] = Math.min((i + 1) / 24.0, 0.55);
        }
        for (GifOptions options : List.of(GifOptions.defaults().withThreads(1), GifOptions.defaults().withThreads(2))) {
            DecodedGif d = decode(encode(4, 4, options, frames, ends));
            assertThat(delays(d)).hasSize(13).allSatisfy(delay -> assertThat(delay).isGreaterThanOrEqualTo(2));
            assertThat(delays(d).get(12)).as("frame 13's 4 cs and the remainder's 1 cs").isEqualTo(5);
            assertThat(d.totalDelayCentiseconds()).isEqualTo(55);
            assertThat(d.frames().get(12).argb()).isEqualTo(frames.get(12));
        }
    }

    @Test
    void aFirstFrameShorterThanHalfACentisecondIsReplacedByTheNext() {
        int[] a = SyntheticFrames.bands(4, 4, RED);
        int[] b = SyntheticFrames.bands(4, 4, GREEN);
        DecodedGif d = decode(encode(4, 4, GifOptions.defaults(), List.of(a, b), new double[] {0.004, 0.5}));
        assertThat(delays(d)).containsExactly(50);
        assertThat(d.frames().get(0).argb()).isEqualTo(b);
    }

    @Test
    void endTimesMustIncreaseAndFramesMustHaveTheRightSize() throws IOException {
        GifWriter w = GifWriter.create(new ByteArrayOutputStream(), 4, 2, GifOptions.defaults());
        w.addFrame(new int[8], 0.5);
        assertThatThrownBy(() -> w.addFrame(new int[8], 0.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("0.5 s must be after the previous frame's end 0.5 s");
        assertThatThrownBy(() -> w.addFrame(new int[8], Double.NaN)).hasMessageContaining("not a finite number");
        assertThatThrownBy(() -> w.addFrame(new int[7], 1.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame has 7 pixels but the GIF is 4x2 = 8");
        w.close();
        assertThatThrownBy(() -> w.addFrame(new int[8], 2.0)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> GifWriter.create(new ByteArrayOutputStream(), 0, 5, GifOptions.defaults()))
                .hasMessageContaining("0x5").hasMessageContaining("1..65535");
    }

    @Test
    void aDelayBeyondTheSixteenBitLimitIsSplitWithoutLosingTime() {
        int[] a = SyntheticFrames.bands(3, 3, RED);
        int[] b = SyntheticFrames.bands(3, 3, BLUE);
        DecodedGif d = decode(encode(3, 3, GifOptions.defaults(), List.of(a, b), new double[] {1000.0, 1000.5}));
        assertThat(d.totalDelayCentiseconds()).isEqualTo(100_050);
        assertThat(delays(d)).containsExactly(65535, 100_000 - 65535, 50);
        assertThat(d.frames().get(1).argb()).isEqualTo(a);
        assertThat(d.frames().get(2).argb()).isEqualTo(b);
    }

    // ---- loop count -----------------------------------------------------------------------------------------------

    @Test
    void loopCountZeroLoopsForeverOneHasNoNetscapeBlockNRepeatsNMinusOne() throws IOException {
        List<int[]> frames = List.of(SyntheticFrames.bands(4, 4, RED), SyntheticFrames.bands(4, 4, BLUE));
        for (int loops : new int[] {0, 1, 2, 5, 65536}) {
            byte[] gif = encode(4, 4, GifOptions.defaults().withLoopCount(loops), 10, frames);
            assertThat(decode(gif).loopCount()).as("loops %d", loops).isEqualTo(loops);
            assertThat(readWithImageIo(gif).loopCount()).as("loops %d via ImageIO", loops).isEqualTo(loops);
            assertThat(contains(gif, "NETSCAPE2.0")).isEqualTo(loops != 1);
        }
    }

    // ---- exactness and quality ------------------------------------------------------------------------------------

    @ParameterizedTest
    @EnumSource(Dither.class)
    void framesWithFewColoursAreLosslessAtQuality100WhateverTheDither(Dither dither) throws IOException {
        List<int[]> frames = new ArrayList<>();
        frames.add(SyntheticFrames.distinctColours(37, 23, 256, 1));
        frames.add(SyntheticFrames.distinctColours(37, 23, 200, 2));
        frames.add(SyntheticFrames.bands(37, 23, RED));
        frames.add(SyntheticFrames.bands(37, 23, BLACK, WHITE));
        frames.add(SyntheticFrames.distinctColours(37, 23, 3, 3));
        // 256 colours again, then the same colours moved around in the top half: the changed pixels use all 256
        // colours, leaving no room for a transparent index, yet the frame must still be exact
        int[] full = SyntheticFrames.distinctColours(37, 23, 256, 4);
        int[] moved = full.clone();
        for (int p = 0; p < 37 * 11; p++) {
            moved[p] = full[(p + 1) % (37 * 11)];
        }
        frames.add(full);
        frames.add(moved);
        // quality 100: lossless where the palette allows (lower qualities trade exactness for bytes, see LossyTest)
        GifOptions options = GifOptions.defaults().withQuality(100).withDither(dither);
        byte[] gif = encode(37, 23, options, 10, frames);
        DecodedGif d = decode(gif);
        ImageIoGif io = readWithImageIo(gif);
        assertThat(d.frames()).hasSize(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            assertThat(d.frames().get(i).argb()).as("frame %d", i).isEqualTo(frames.get(i));
            assertThat(io.frames().get(i)).as("frame %d via ImageIO", i).isEqualTo(frames.get(i));
        }
    }

    @Test
    void aFewColourFrameAfterAPhotographIsExactEvenWherePixelsDidNotChange() {
        // frame 1: left half 40 flat colours, right half photograph (lossy); frame 2: the same left half (unchanged
        // pixels, shown with frame 1's quantized colours) and a posterised right half: 104 colours at most, so every
        // pixel of frame 2 must decode exactly, including the unchanged ones
        int w = 48;
        int h = 32;
        int[] photo = SyntheticFrames.photo(w, h, 0.5, 3, 5);
        int[] flat = SyntheticFrames.distinctColours(40, 1, 40, 8);
        int[] first = photo.clone();
        int[] second = photo.clone();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = y * w + x;
                if (x < w / 2) {
                    first[p] = flat[p % 40];
                    second[p] = flat[p % 40];
                } else {
                    second[p] = photo[p] & 0xFFC0C0C0;
                }
            }
        }
        DecodedGif d = decode(encode(w, h, GifOptions.defaults(), 10, List.of(first, second)));
        assertThat(psnr(first, d.frames().get(0).argb())).isLessThan(99);
        assertThat(d.frames().get(1).argb()).isEqualTo(second);
    }

    @Test
    void photographLikeFramesWithAMovingHoleAreTransparentExactlyWhereAlphaIsLow() throws IOException {
        int w = 80;
        int h = 48;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int[] f = SyntheticFrames.photo(w, h, i / 6.0, 3, i);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int dx = x - (10 + 10 * i);
                    int dy = y - 24;
                    int alpha = dx * dx + dy * dy < 100 ? 0 : dx * dx + dy * dy < 140 ? 100 : 255;
                    f[y * w + x] = alpha << 24 | (f[y * w + x] & 0xFFFFFF);
                }
            }
            frames.add(f);
        }
        byte[] gif = encode(w, h, GifOptions.defaults(), 10, frames);
        DecodedGif d = decode(gif);
        ImageIoGif io = readWithImageIo(gif);
        for (int i = 0; i < frames.size(); i++) {
            int[] src = frames.get(i);
            int[] ours = d.frames().get(i).argb();
            int[] expected = src.clone();
            for (int p = 0; p < src.length; p++) {
                boolean transparent = (src[p] >>> 24) < 128;
                assertThat((ours[p] >>> 24) == 0).as("frame %d pixel %d transparent", i, p).isEqualTo(transparent);
                expected[p] = transparent ? 0 : src[p] | 0xFF000000;
                if (transparent) {
                    ours[p] = 0;
                }
            }
            assertThat(io.frames().get(i)).as("ImageIO frame %d", i).isEqualTo(d.frames().get(i).argb());
            assertThat(psnr(expected, ours)).as("frame %d", i).isGreaterThan(35);
        }
    }

    @Test
    void maxColorsLimitsThePaletteButKeepsSmallFramesExact() {
        int[] four = SyntheticFrames.distinctColours(20, 10, 4, 9);
        int[] photo = SyntheticFrames.photo(40, 20, 0.3, 2, 1);
        DecodedGif d = decode(encode(20, 10, GifOptions.defaults().withMaxColors(4), 10, List.of(four)));
        assertThat(d.frames().get(0).argb()).isEqualTo(four);
        DecodedGif q = decode(encode(40, 20, GifOptions.defaults().withMaxColors(4).withDither(Dither.NONE), 10,
                List.of(photo)));
        assertThat(Arrays.stream(q.frames().get(0).argb()).distinct().count()).isLessThanOrEqualTo(4);
    }

    @ParameterizedTest
    @EnumSource(Dither.class)
    void photographLikeFramesDecodeWithHighPsnrInBothDecoders(Dither dither) throws IOException {
        // Measured at 160x90, noise ±3, worst frame: NONE 42.0 dB, ORDERED 40.3 dB, FLOYD_STEINBERG 40.9 dB.
        int w = 160;
        int h = 90;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            frames.add(SyntheticFrames.photo(w, h, i / 6.0, 3, i));
        }
        byte[] gif = encode(w, h, GifOptions.defaults().withDither(dither), 10, frames);
        DecodedGif d = decode(gif);
        ImageIoGif io = readWithImageIo(gif);
        assertThat(d.frames()).hasSize(6);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(psnr(frames.get(i), d.frames().get(i).argb())).as("frame %d", i).isGreaterThan(37.0);
            assertThat(io.frames().get(i)).as("frame %d: ImageIO agrees", i).isEqualTo(d.frames().get(i).argb());
        }
    }

    @Test
    void aMovingObjectDecodesCorrectlyInEveryFrameAfterInterFrameOptimisation() throws IOException {
        // still noisy background, a disc moving over it: later frames are small rectangles with transparency.
        // Measured (ORDERED): worst frame 39.6 dB; 12 frames take 22.3 kB against 7.7 kB for the first alone.
        int w = 120;
        int h = 80;
        int[] background = SyntheticFrames.photo(w, h, 0, 3, 42);
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            int[] f = background.clone();
            int cx = 10 + i * 8;
            for (int y = 30; y < 50; y++) {
                for (int x = cx; x < cx + 16 && x < w; x++) {
                    f[y * w + x] = 0xFF000000 | (200 + (x - cx) * 3) << 16 | (40 + (y - 30) * 5) << 8 | 30;
                }
            }
            frames.add(f);
        }
        byte[] gif = encode(w, h, GifOptions.defaults(), 10, frames);
        DecodedGif d = decode(gif);
        ImageIoGif io = readWithImageIo(gif);
        assertThat(d.frames()).hasSize(12);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(psnr(frames.get(i), d.frames().get(i).argb())).as("frame %d", i).isGreaterThan(37.0);
            assertThat(io.frames().get(i)).as("frame %d via ImageIO", i).isEqualTo(d.frames().get(i).argb());
            assertThat(io.disposals().get(i)).isEqualTo(1);
        }
        assertThat(gif.length).isLessThan(frameBytes(frames.get(0), w, h) * 5);
    }

    // ---- transparency ---------------------------------------------------------------------------------------------

    @Test
    void anOpaqueClipStaysFullyOpaque() throws IOException {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            frames.add(SyntheticFrames.photo(64, 48, i / 5.0, 2, i));
        }
        byte[] gif = encode(64, 48, GifOptions.defaults(), 10, frames);
        for (DecodedFrame f : decode(gif).frames()) {
            assertThat(Arrays.stream(f.argb()).allMatch(c -> (c >>> 24) == 0xFF)).isTrue();
        }
        for (int[] f : readWithImageIo(gif).frames()) {
            assertThat(Arrays.stream(f).allMatch(c -> (c >>> 24) == 0xFF)).isTrue();
        }
    }

    @Test
    void aSpriteMovingOnATransparentBackgroundLeavesNoGhosts() throws IOException {
        int w = 40;
        int h = 20;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            int[] f = new int[w * h]; // fully transparent
            for (int y = 5; y < 15; y++) {
                for (int x = i * 5; x < i * 5 + 10; x++) {
                    f[y * w + x] = 0xFF000000 | (x * 6) << 16 | (y * 12) << 8 | 200;
                }
            }
            // a half-transparent pixel (alpha 100 < 128) that must come out transparent, one (alpha 200) opaque
            f[0] = 0x64FFFFFF;
            f[1] = 0xC8123456;
            frames.add(f);
        }
        byte[] gif = encode(w, h, GifOptions.defaults(), 10, frames);
        DecodedGif d = decode(gif);
        ImageIoGif io = readWithImageIo(gif);
        for (int i = 0; i < frames.size(); i++) {
            int[] src = frames.get(i);
            int[] ours = d.frames().get(i).argb();
            for (int p = 0; p < src.length; p++) {
                boolean transparent = (src[p] >>> 24) < 128;
                assertThat(ours[p]).as("frame %d pixel %d", i, p).isEqualTo(transparent ? 0 : src[p] | 0xFF000000);
                assertThat(io.frames().get(i)[p]).as("ImageIO frame %d pixel %d", i, p).isEqualTo(ours[p]);
            }
        }
        assertThat(d.frames().get(0).disposal()).isEqualTo(2);
    }

    @Test
    void transparencyAppearingAfterOpaqueFramesClearsTheScreen() {
        int w = 16;
        int h = 8;
        int[] opaque = SyntheticFrames.bands(w, h, RED, GREEN, BLUE, WHITE);
        int[] holes = opaque.clone();
        for (int p = 0; p < holes.length; p += 3) {
            holes[p] = 0;
        }
        List<int[]> frames = List.of(opaque, opaque.clone(), holes, opaque.clone(), holes.clone());
        double[] ends = {0.1, 0.2, 0.3, 0.4, 0.5};
        DecodedGif d = decode(encode(w, h, GifOptions.defaults(), frames, ends));
        assertThat(d.frames()).hasSize(4);
        assertThat(d.frames().get(0).argb()).isEqualTo(opaque);
        assertThat(d.frames().get(1).argb()).isEqualTo(holes);
        assertThat(d.frames().get(2).argb()).isEqualTo(opaque);
        assertThat(d.frames().get(3).argb()).isEqualTo(holes);
    }

    @Test
    void alphaThresholdDecidesWhichPixelsAreTransparent() {
        int[] f = {0x00FF0000, 0x01FF0000, 0x7FFF0000, 0x80FF0000, 0xFEFF0000, 0xFFFF0000};
        DecodedGif d128 = decode(encode(6, 1, GifOptions.defaults(), 10, List.<int[]>of(f)));
        assertThat(d128.frames().get(0).argb()).containsExactly(0, 0, 0, RED, RED, RED);
        DecodedGif d1 = decode(encode(6, 1, GifOptions.defaults().withAlphaThreshold(1), 10, List.<int[]>of(f)));
        assertThat(d1.frames().get(0).argb()).containsExactly(0, RED, RED, RED, RED, RED);
        DecodedGif d255 = decode(encode(6, 1, GifOptions.defaults().withAlphaThreshold(255), 10, List.<int[]>of(f)));
        assertThat(d255.frames().get(0).argb()).containsExactly(0, 0, 0, 0, 0, RED);
    }

    // ---- fuzz -----------------------------------------------------------------------------------------------------

    @Test
    void aChangeWithinFuzzIsNotWrittenAndOneBeyondItIs() {
        // fuzz 10 %: colours within 0.10 * 255 * sqrt(3) = 44.2 (Euclidean RGB) count as the same
        int base = 0xFF404040;
        int[] a = SyntheticFrames.bands(8, 8, base, WHITE);
        int[] small = a.clone();
        small[0] = 0xFF404040 + (44 << 16); // distance 44: within fuzz
        int[] large = a.clone();
        large[0] = 0xFF404040 + (45 << 16); // distance 45: beyond fuzz
        GifOptions fuzzy = GifOptions.defaults().withFuzzPercent(10);
        DecodedGif merged = decode(encode(8, 8, fuzzy, 10, List.of(a, small)));
        assertThat(merged.frames()).hasSize(1);
        assertThat(merged.totalDelayCentiseconds()).isEqualTo(20);
        DecodedGif written = decode(encode(8, 8, fuzzy, 10, List.of(a, large)));
        assertThat(written.frames()).hasSize(2);
        assertThat(written.frames().get(1).argb()[0]).isEqualTo(large[0]);
        // without fuzz every change is written
        assertThat(decode(encode(8, 8, GifOptions.defaults(), 10, List.of(a, small))).frames()).hasSize(2);
    }

    @Test
    void slowDriftBelowFuzzIsComparedWithWhatIsOnScreenSoItCannotAccumulate() {
        // each step changes one pixel by 20 levels (within fuzz 10 %), but after three steps it is 60 away from
        // what was written and must be written
        int[] f0 = SyntheticFrames.bands(4, 4, 0xFF202020);
        List<int[]> frames = new ArrayList<>();
        frames.add(f0);
        for (int step = 1; step <= 3; step++) {
            int[] f = f0.clone();
            f[5] = 0xFF000000 | (0x20 + 20 * step) << 16 | 0x2020;
            frames.add(f);
        }
        DecodedGif d = decode(encode(4, 4, GifOptions.defaults().withFuzzPercent(10), 10, frames));
        assertThat(d.frames()).hasSize(2);
        assertThat(delays(d)).containsExactly(30, 10);
        assertThat(d.frames().get(1).argb()[5]).isEqualTo(frames.get(3)[5]);
    }

    // ---- sizes and edge cases -------------------------------------------------------------------------------------

    @Test
    void tinyAndOddSizedFramesRoundTrip() throws IOException {
        int[][] sizes = {{1, 1}, {1, 7}, {7, 1}, {3, 5}, {17, 13}, {255, 3}};
        for (int[] s : sizes) {
            int w = s[0];
            int h = s[1];
            List<int[]> frames = List.of(SyntheticFrames.distinctColours(w, h, Math.min(w * h, 5), 1),
                    SyntheticFrames.distinctColours(w, h, Math.min(w * h, 3), 2));
            byte[] gif = encode(w, h, GifOptions.defaults(), 10, frames);
            DecodedGif d = decode(gif);
            assertThat(d.width()).isEqualTo(w);
            assertThat(d.height()).isEqualTo(h);
            assertThat(d.frames().get(0).argb()).as("%dx%d", w, h).isEqualTo(frames.get(0));
            assertThat(d.frames().get(d.frames().size() - 1).argb()).isEqualTo(frames.get(1));
            assertThat(readWithImageIo(gif).frames().get(0)).isEqualTo(frames.get(0));
        }
    }

    @Test
    void oneByOneSequenceWithAllKindsOfChanges() {
        List<int[]> frames = List.of(new int[] {RED}, new int[] {RED}, new int[] {0}, new int[] {BLUE},
                new int[] {0x10000000}, new int[] {GREEN});
        DecodedGif d = decode(encode(1, 1, GifOptions.defaults(), 10, frames));
        assertThat(d.frames().stream().map(f -> f.argb()[0]).toList()).containsExactly(RED, 0, BLUE, 0, GREEN);
        assertThat(delays(d)).containsExactly(20, 10, 10, 10, 10);
    }

    @Test
    void aWriterClosedWithoutFramesStillWritesAValidGif() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter.create(bytes, 5, 5, GifOptions.defaults()).close();
        DecodedGif d = decode(bytes.toByteArray());
        assertThat(d.frames()).isEmpty();
        assertThat(d.width()).isEqualTo(5);
    }

    @Test
    void framesAreWrittenToTheStreamAsSoonAsTheyAreFinal() throws IOException {
        // with a palette per frame, on the caller's thread the frame is written during addFrame; with worker threads,
        // by the encoder thread soon after (framesWritten() waits for it)
        GifOptions perFrame = GifOptions.defaults().withPalette(PaletteMode.FRAME);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GifWriter w = GifWriter.create(bytes, 8, 8, perFrame.withThreads(1));
        w.addFrame(SyntheticFrames.bands(8, 8, RED), 0.1);
        assertThat(bytes.size()).isZero(); // held: its delay may still grow
        w.addFrame(SyntheticFrames.bands(8, 8, BLUE), 0.2);
        int afterSecond = bytes.size();
        assertThat(afterSecond).isGreaterThan(0);
        w.close();
        assertThat(bytes.size()).isGreaterThan(afterSecond);

        ByteArrayOutputStream piped = new ByteArrayOutputStream();
        GifWriter p = GifWriter.create(piped, 8, 8, perFrame.withThreads(2));
        p.addFrame(SyntheticFrames.bands(8, 8, RED), 0.1);
        p.addFrame(SyntheticFrames.bands(8, 8, BLUE), 0.2);
        assertThat(p.framesWritten()).isEqualTo(2);
        assertThat(piped.size()).isEqualTo(afterSecond);
        p.close();
        assertThat(piped.toByteArray()).isEqualTo(bytes.toByteArray());
    }

    @Test
    void theCallersArrayIsNeitherKeptNorModified() {
        int[] frame = SyntheticFrames.photo(32, 16, 0.5, 3, 7);
        int[] copy = frame.clone();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GifWriter w = GifWriter.create(bytes, 32, 16, GifOptions.defaults())) {
            w.addFrame(frame, 0.1);
            assertThat(frame).isEqualTo(copy);
            Arrays.fill(frame, BLACK); // changing it after the call must not affect the output
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        assertThat(psnr(copy, decode(bytes.toByteArray()).frames().get(0).argb())).isGreaterThan(35);
    }

    @ParameterizedTest
    @EnumSource(Dither.class)
    void outputIsDeterministic(Dither dither) {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            frames.add(SyntheticFrames.photo(96, 54, i / 4.0, 4, i));
        }
        GifOptions o = GifOptions.defaults().withDither(dither).withFuzzPercent(1);
        byte[] first = encode(96, 54, o, 10, frames);
        byte[] second = encode(96, 54, o, 10, frames);
        assertThat(second).isEqualTo(first);
        List<int[]> reversed = new ArrayList<>(frames);
        Collections.reverse(reversed);
        assertThat(encode(96, 54, o, 10, reversed)).isNotEqualTo(first);
    }

    private static int frameBytes(int[] frame, int w, int h) {
        return encode(w, h, GifOptions.defaults(), 10, List.<int[]>of(frame)).length;
    }

    private static boolean contains(byte[] haystack, String needle) {
        byte[] n = needle.getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        outer:
        for (int i = 0; i + n.length <= haystack.length; i++) {
            for (int j = 0; j < n.length; j++) {
                if (haystack[i + j] != n[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
