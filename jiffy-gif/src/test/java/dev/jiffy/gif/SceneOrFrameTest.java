package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.Metrics.ssim;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PaletteMode#SCENE_OR_FRAME}: a frame takes its scene's palette where that serves the pixels it writes
 * closely, else a palette of its own, as with {@link PaletteMode#FRAME}.
 */
class SceneOrFrameTest {
    private static final int W = 96;
    private static final int H = 64;
    private static final double FPS = 12;
    private static final int FRAMES = 24;

    /**
     * A still camera: a disc moving slowly over a still scene, with sensor noise of ±{@code noise} that changes every
     * frame (none: the clean frames the noisy ones stand for).
     */
    private static List<int[]> stillCamera(int noise) {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(SyntheticFrames.photo(W, H, 0.3 + i / (4.0 * FRAMES), noise, noise == 0 ? 0 : i + 1));
        }
        return frames;
    }

    /** Mean SSIM of the decoded GIF's frames against {@code clean}. */
    private static double meanSsim(List<int[]> clean, byte[] gif) {
        DecodedGif decoded = decode(gif);
        assertThat(decoded.frames()).hasSameSizeAs(clean);
        double sum = 0;
        for (int i = 0; i < clean.size(); i++) {
            sum += ssim(clean.get(i), opaque(decoded.frames().get(i).argb()), W);
        }
        return sum / clean.size();
    }

    private static byte[] encodeWith(PaletteMode mode, int quality, List<int[]> frames) {
        return encode(W, H, GifOptions.defaults().withQuality(quality).withPalette(mode), FPS, frames);
    }

    @Test
    void aStillCamerasNoisyFramesKeepTheScenesPaletteForFewerBytesThanOwnPalettesAtAnEqualSsim() {
        List<int[]> noisy = stillCamera(3);
        List<int[]> clean = stillCamera(0);
        byte[] scene = encodeWith(PaletteMode.SCENE_OR_FRAME, GifQuality.DEFAULT, noisy);
        byte[] own = encodeWith(PaletteMode.FRAME, GifQuality.DEFAULT, noisy);
        byte[] ownLower = encodeWith(PaletteMode.FRAME, GifQuality.DEFAULT - 2, noisy);
        // every frame is written with the scene's palette, the global table: the grain no longer picks new colours
        assertThat(decode(scene).frames()).noneMatch(DecodedFrame::hasLocalPalette);
        // measured: 14.2 kB at SSIM 0.9574 against the clean frames; a palette per frame 20.2 kB at 0.9591, two
        // qualities lower 15.2 kB at 0.9496
        assertThat(scene.length).isLessThan(own.length * 8 / 10).isLessThan(ownLower.length);
        double sceneSsim = meanSsim(clean, scene);
        assertThat(sceneSsim).isGreaterThan(meanSsim(clean, ownLower)).isGreaterThan(meanSsim(clean, own) - 0.005);
    }

    @Test
    void framesTheScenesPaletteServesPoorlyGetTheirOwnAsWithFramePalettes() {
        // thousands of colours all over the cube in every frame: no 255 colours serve a scene of them closely
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(SyntheticFrames.distinctColours(W, H, 2000, i));
        }
        assertThat(encodeWith(PaletteMode.SCENE_OR_FRAME, GifQuality.DEFAULT, frames))
                .isEqualTo(encodeWith(PaletteMode.FRAME, GifQuality.DEFAULT, frames));
    }

    @Test
    void theOutputIsTheSameBytesWithAnyNumberOfThreads() {
        List<int[]> frames = stillCamera(3);
        GifOptions options = GifOptions.defaults().withPalette(PaletteMode.SCENE_OR_FRAME);
        byte[] one = encode(W, H, options.withThreads(1), FPS, frames);
        assertThat(encode(W, H, options.withThreads(3), FPS, frames)).isEqualTo(one);
    }
}
