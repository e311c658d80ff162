package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static dev.jiffy.gif.testing.Metrics.psnr;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Shared palettes: {@link PaletteMode#AUTO} (per scene) and {@link PaletteMode#GLOBAL}, against per-frame palettes. */
class PaletteModeTest {
    private static final int W = 64;
    private static final int H = 40;
    private static final double FPS = 12;

    /**
     * Two shots of {@code seconds} each: a moving photo-like scene with grain that changes every frame (as in video, so
     * every frame writes many colours and none can be written exactly), then a cut to the same scene in cold colours
     * (every pixel changes bin), so AUTO must change palettes once at the cut.
     */
    private static List<int[]> twoShots(double seconds) {
        List<int[]> frames = new ArrayList<>();
        int n = (int) Math.round(seconds * FPS);
        for (int i = 0; i < 2 * n; i++) {
            int[] f = SyntheticFrames.photo(W, H, (i % n) / (double) n, 3, i);
            if (i >= n) {
                for (int p = 0; p < f.length; p++) {
                    int c = f[p];
                    // a cold grade: swap red and blue, darken green
                    f[p] = 0xFF000000 | (c & 0xFF) << 16 | (((c >>> 8) & 0xFF) / 2) << 8 | ((c >>> 16) & 0xFF);
                }
            }
            frames.add(f);
        }
        return frames;
    }

    private static GifOptions options(PaletteMode mode) {
        return GifOptions.defaults().withPalette(mode);
    }

    private static void assertFaithful(List<int[]> frames, DecodedGif gif, double minPsnr) {
        assertThat(gif.frames()).hasSameSizeAs(frames);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(psnr(frames.get(i), opaque(gif.frames().get(i).argb()))).as("frame " + i)
                    .isGreaterThan(minPsnr);
        }
    }

    @Test
    void aGlobalPaletteIsWrittenOnceAndServesEveryFrame() throws IOException {
        List<int[]> frames = twoShots(1.5);
        byte[] gif = encode(W, H, options(PaletteMode.GLOBAL), FPS, frames);
        DecodedGif decoded = decode(gif);
        assertThat(decoded.frames().subList(1, frames.size())).noneMatch(DecodedFrame::hasLocalPalette);
        assertFaithful(frames, decoded, 26);
        assertThat(readWithImageIo(gif).frames()).hasSameSizeAs(frames);
    }

    @Test
    void autoKeepsOnePalettePerSceneAndChangesItAtTheCut() {
        List<int[]> frames = twoShots(1.0); // both shots in one look-ahead window
        DecodedGif decoded = decode(encode(W, H, options(PaletteMode.AUTO), FPS, frames));
        int n = frames.size() / 2;
        // the first shot's palette is the global table; the second shot gets its own table, written with each frame
        assertThat(decoded.frames().subList(1, n)).noneMatch(DecodedFrame::hasLocalPalette);
        assertThat(decoded.frames().subList(n, 2 * n)).allMatch(DecodedFrame::hasLocalPalette);
        assertFaithful(frames, decoded, 28);
    }

    @Test
    void sharedPalettesCostFewerBytes() {
        List<int[]> frames = twoShots(1.5);
        byte[] perFrame = encode(W, H, options(PaletteMode.FRAME), FPS, frames);
        byte[] auto = encode(W, H, options(PaletteMode.AUTO), FPS, frames);
        assertThat(auto.length).isLessThan(perFrame.length * 85 / 100); // measured: 57.7 KB against 73.6 KB
        assertFaithful(frames, decode(auto), 28);
    }

    @Test
    void palettesCarryOverLookAheadWindowsWhileTheSceneLasts() {
        // 6 s of one slowly moving shot: three look-ahead windows, one palette
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 6 * FPS; i++) {
            frames.add(SyntheticFrames.photo(W, H, i / (6 * FPS), 3, i));
        }
        DecodedGif decoded = decode(encode(W, H, options(PaletteMode.AUTO), FPS, frames));
        assertThat(decoded.frames().subList(1, frames.size())).noneMatch(DecodedFrame::hasLocalPalette);
    }

    @ParameterizedTest
    @EnumSource(value = PaletteMode.class, names = {"AUTO", "GLOBAL", "SCENE_OR_FRAME"})
    void theOutputIsTheSameBytesWithAnyNumberOfThreads(PaletteMode mode) {
        List<int[]> frames = twoShots(2.5); // crosses look-ahead windows
        frames.add(10, frames.get(9).clone()); // merged into a longer delay
        for (GifOptions o : List.of(options(mode), options(mode).withFuzzPercent(2).withLossy(40))) {
            byte[] one = encode(W, H, o.withThreads(1), FPS, frames);
            assertThat(encode(W, H, o.withThreads(2), FPS, frames)).isEqualTo(one);
            assertThat(encode(W, H, o.withThreads(5), FPS, frames)).isEqualTo(one);
        }
    }

    @Test
    void samplesGivenBeforeTheFirstFrameMakeTheGlobalPalette() throws IOException {
        List<int[]> frames = twoShots(1.0);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GifWriter w = GifWriter.create(bytes, W, H, options(PaletteMode.GLOBAL))) {
            w.addPaletteSample(frames.get(0));
            w.addPaletteSample(frames.get(frames.size() - 1));
            for (int i = 0; i < frames.size(); i++) {
                w.addFrame(frames.get(i), (i + 1) / FPS);
            }
            // frames pass straight through once the palette is made: all but the last (held for its delay) are out
            assertThat(w.framesWritten()).isEqualTo(frames.size());
        }
        DecodedGif decoded = decode(bytes.toByteArray());
        assertThat(decoded.frames().subList(1, frames.size())).noneMatch(DecodedFrame::hasLocalPalette);
        assertFaithful(frames, decoded, 26);
    }

    @Test
    void samplesAreRefusedWithPerFramePalettesOrAfterTheFirstFrame() throws IOException {
        int[] frame = SyntheticFrames.photo(W, H, 0, 0, 1);
        try (GifWriter w = GifWriter.create(OutputStream.nullOutputStream(), W, H, options(PaletteMode.FRAME))) {
            assertThatThrownBy(() -> w.addPaletteSample(frame)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("PaletteMode.FRAME");
        }
        try (GifWriter w = GifWriter.create(OutputStream.nullOutputStream(), W, H, options(PaletteMode.GLOBAL))) {
            w.addFrame(frame, 0.1);
            assertThatThrownBy(() -> w.addPaletteSample(frame)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("before the first frame");
        }
    }

    @Test
    void badEndTimesAreRefusedAtOnceEvenWhileFramesWaitInTheLookAhead() throws IOException {
        int[] frame = SyntheticFrames.photo(W, H, 0, 0, 1);
        try (GifWriter w = GifWriter.create(OutputStream.nullOutputStream(), W, H, options(PaletteMode.AUTO))) {
            w.addFrame(frame, 0.5);
            assertThatThrownBy(() -> w.addFrame(frame, 0.5)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("must be after the previous frame's end");
        }
    }

    @ParameterizedTest
    @EnumSource(PaletteMode.class)
    void aFailingStreamIsReportedOnceAndClosingDoesNotRepeatIt(PaletteMode mode) {
        OutputStream broken = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        List<int[]> frames = twoShots(2.5);
        assertThatThrownBy(() -> {
            try (GifWriter w = GifWriter.create(broken, W, H, options(mode))) {
                for (int i = 0; i < frames.size(); i++) {
                    w.addFrame(frames.get(i), (i + 1) / FPS);
                }
            }
        }).isInstanceOf(IOException.class).hasMessage("disk full");
    }
}
