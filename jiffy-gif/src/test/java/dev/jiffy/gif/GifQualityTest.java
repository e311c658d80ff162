package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static dev.jiffy.gif.testing.Metrics.psnr;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.testing.ImageIoGif;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quality knob on video-like clips: files shrink at every step as quality falls, fidelity falls gently with them,
 * and quality 100 is lossless where the palette allows, even on grain.
 */
class GifQualityTest {
    private static final int W = 96;
    private static final int H = 54;
    /** 100: lossless; 80: the default; 75/74: either side of shared palettes; below 40: fewer colours. */
    private static final int[] QUALITIES = {100, 90, 80, 75, 74, 70, 60, 50, 40, 35, 30};

    /** Colour: a photo-like picture with a moving disc and grain that changes every frame, as in video. */
    private static List<int[]> colourClip() {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            frames.add(SyntheticFrames.photo(W, H, i / 24.0, 4, i));
        }
        return frames;
    }

    /**
     * Grainy black-and-white film: grey only, so every frame fits in 256 colours (the case where the knob used to do
     * nothing), with grain of ±6 levels redrawn every frame and a disc moving across.
     */
    private static List<int[]> greyFilm() {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            int[] photo = SyntheticFrames.photo(W, H, i / 24.0, 6, 100 + i);
            int[] grey = new int[photo.length];
            for (int p = 0; p < photo.length; p++) {
                int c = photo[p];
                int v = (((c >>> 16) & 0xFF) * 3 + ((c >>> 8) & 0xFF) * 5 + (c & 0xFF) * 2) / 10;
                grey[p] = 0xFF000000 | v << 16 | v << 8 | v;
            }
            frames.add(grey);
        }
        return frames;
    }

    private static void assertBytesFallAtEveryStep(List<int[]> frames, double worstPsnrAt60, double worstPsnrBelow) {
        long previousBytes = Long.MAX_VALUE;
        for (int q : QUALITIES) {
            byte[] gif = encode(W, H, GifOptions.defaults().withQuality(q), 12, frames);
            assertThat((long) gif.length).as("bytes at quality " + q).isLessThan(previousBytes);
            previousBytes = gif.length;
            DecodedGif decoded = decode(gif);
            double worst = Double.MAX_VALUE;
            for (int i = 0; i < frames.size(); i++) {
                worst = Math.min(worst, psnr(frames.get(i), opaque(decoded.frames().get(i).argb())));
            }
            assertThat(worst).as("worst frame's PSNR at quality " + q)
                    .isGreaterThan(q >= 60 ? worstPsnrAt60 : worstPsnrBelow);
        }
    }

    @Test
    void lowerQualityWritesSmallerFilesAtEveryStepOnNoisyColourVideo() {
        assertBytesFallAtEveryStep(colourClip(), 30, 24);
    }

    @Test
    void lowerQualityWritesSmallerFilesAtEveryStepOnGreyFilmThatFitsThePalette() {
        // grain kept still where nothing moves costs up to its own amplitude (±6 levels): a little lower PSNR
        assertBytesFallAtEveryStep(greyFilm(), 28, 24);
    }

    @Test
    void quality100IsLosslessOnGreyFilmAsAnotherDecoderSeesIt() throws IOException {
        List<int[]> frames = greyFilm();
        byte[] gif = encode(W, H, GifOptions.defaults().withQuality(100), 12, frames);
        ImageIoGif io = readWithImageIo(gif);
        assertThat(io.frames()).hasSize(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            assertThat(io.frames().get(i)).as("frame %d via ImageIO", i).isEqualTo(frames.get(i));
        }
    }
}
