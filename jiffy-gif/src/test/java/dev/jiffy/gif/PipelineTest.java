package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.encode;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The pipelined encoder writes the same bytes as the one-thread encoder, whatever the thread timing. */
class PipelineTest {

    /** A moving photo-like clip with a still stretch, a repeated frame, a transparent hole and a few-colour frame. */
    private static List<int[]> clip(int w, int h) {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            int[] f = SyntheticFrames.photo(w, h, i < 5 ? i / 6.0 : 0.8 + (i - 5) / 20.0, 6, i % 3);
            if (i == 7 || i == 8) {
                for (int y = 10; y < 20; y++) {
                    for (int x = 12; x < 30; x++) {
                        f[y * w + x] = 0; // transparent
                    }
                }
            }
            frames.add(f);
            if (i == 3) {
                frames.add(f.clone()); // merged into a longer delay
            }
        }
        frames.add(SyntheticFrames.distinctColours(w, h, 40, 5));
        frames.add(SyntheticFrames.photo(w, h, 0.3, 6, 9));
        return frames;
    }

    @ParameterizedTest
    @EnumSource(Dither.class)
    void parallelOutputEqualsSequentialOutputByteForByte(Dither dither) {
        List<int[]> frames = clip(64, 40);
        GifOptions o = GifOptions.defaults().withDither(dither);
        byte[] sequential = encode(64, 40, o.withThreads(1), 12, frames);
        for (int threads : new int[] {2, 3, 8}) {
            for (int run = 0; run < 3; run++) {
                assertThat(encode(64, 40, o.withThreads(threads), 12, frames)).isEqualTo(sequential);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void parallelOutputEqualsSequentialWithSharedPalettesAndFramesPlannedAgainstWhatIsDisplayed(PaletteMode mode) {
        // few-colour frames are planned against the displayed colours, which the plan stage must wait for; a run of
        // them and a frame after each kind exercise that hand-over
        int w = 56;
        int h = 36;
        List<int[]> frames = clip(w, h);
        // a lossy frame whose top half has 200 colours, then the same top half over a flat bottom: the second is
        // written exactly, so its plan rewrites the top-half pixels that the first one's dithering displays wrongly
        int[] few = SyntheticFrames.distinctColours(w, h, 200, 3);
        int[] lossy = SyntheticFrames.photo(w, h, 0.4, 8, 11);
        System.arraycopy(few, 0, lossy, 0, w * h / 2);
        int[] exact = few.clone();
        java.util.Arrays.fill(exact, w * h / 2, w * h, 0xFF336699);
        frames.add(9, lossy);
        frames.add(10, exact);
        frames.add(11, SyntheticFrames.distinctColours(w, h, 30, 4));
        GifOptions o = GifOptions.defaults().withPalette(mode).withLoopCount(0);
        byte[] sequential = encode(w, h, o.withThreads(1), 12, frames);
        for (int threads : new int[] {2, 5}) {
            assertThat(encode(w, h, o.withThreads(threads), 12, frames)).isEqualTo(sequential);
            assertThat(encode(w, h, o.withThreads(threads).withFuzzPercent(3), 12, frames))
                    .isEqualTo(encode(w, h, o.withThreads(1).withFuzzPercent(3), 12, frames));
        }
    }

    @ParameterizedTest
    @EnumSource(Dither.class)
    void parallelOutputEqualsSequentialWithFuzzLossyAndFewColours(Dither dither) {
        List<int[]> frames = clip(48, 32);
        for (GifOptions o : List.of(GifOptions.defaults().withFuzzPercent(2), GifOptions.defaults().withLossy(60),
                GifOptions.defaults().withMaxColors(16).withLoopCount(1),
                GifOptions.defaults().withQuality(50))) { // few-colour frames written with the shared palette
            GifOptions d = o.withDither(dither);
            byte[] sequential = encode(48, 32, d.withThreads(1), 12, frames);
            assertThat(encode(48, 32, d.withThreads(4), 12, frames)).isEqualTo(sequential);
        }
    }

    @Test
    void grainMeasuredByThePlanStageKeepsTheSameStillnessWithAnyThreads() {
        // a still picture under grain redrawn every frame, a disc moving over it: the plan stage measures the grain
        // against its own model of the screen, ahead of the encoder, which must keep the same pixels still as when
        // one thread measures it against the encoder's screen
        int w = 64;
        int h = 48;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            frames.add(SyntheticFrames.photo(w, h, 0.3 + i / 40.0, 8, i));
        }
        GifOptions o = GifOptions.defaults().withPalette(PaletteMode.FRAME);
        byte[] sequential = encode(w, h, o.withThreads(1), 12, frames);
        for (int threads : new int[] {2, 4}) {
            assertThat(encode(w, h, o.withThreads(threads), 12, frames)).isEqualTo(sequential);
        }
        // the measured grain reaches the encoder: without the noise's allowance the grain is written far more often
        byte[] deaf = encode(w, h, o.withNoiseTolerance(0).withThreads(2), 12, frames);
        assertThat(sequential.length).isLessThan(deaf.length * 3 / 4);
    }
}
