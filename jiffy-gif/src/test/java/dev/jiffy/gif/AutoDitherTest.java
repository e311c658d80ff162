package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static dev.jiffy.gif.testing.Metrics.ssim;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Dither#AUTO}, the default's dither: each frame dithered (ordered) only where its palette is finer than its
 * colours vary, as in grain seen through 256 colours, and left undithered where the palette holds most pixels exactly
 * (a screen) or is coarse against them (colourful footage). What a viewer sees is read back with javax.imageio.
 */
class AutoDitherTest {
    private static final int W = 96;
    private static final int H = 54;
    private static final int FRAMES = 12;
    private static final double FPS = 12.5;

    /**
     * A black-and-white film stored in colour: a grey picture (the synthetic photo's brightness, a disc moving across)
     * whose pixels each carry a tint of up to ±3 levels per channel, redrawn every frame as grain is: thousands of
     * near-greys, which 256 colours hold within about a level.
     */
    private static List<int[]> tintedGreyFilm() {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            int[] photo = SyntheticFrames.photo(W, H, (double) i / FRAMES, 0, i);
            int[] film = new int[photo.length];
            for (int p = 0; p < photo.length; p++) {
                int c = photo[p];
                int v = (((c >>> 16) & 0xFF) * 3 + ((c >>> 8) & 0xFF) * 5 + (c & 0xFF) * 2) / 10;
                film[p] = 0xFF000000 | SyntheticFrames.clamp(v + tint(p, 1, i)) << 16
                        | SyntheticFrames.clamp(v + tint(p, 2, i)) << 8 | SyntheticFrames.clamp(v + tint(p, 3, i));
            }
            frames.add(film);
        }
        return frames;
    }

    /** -3..3, fresh for every pixel, channel and frame. */
    private static int tint(int p, int channel, int frame) {
        return (int) (SyntheticFrames.hash(p, channel, 1000 + frame) % 7) - 3;
    }

    /**
     * A screen: a flat page with flat buttons, whose background turns from one grey to another and back every frame (so
     * that every frame writes it), most of the pixels, each held exactly by the palette; and in a corner a video
     * playing, the tinted grey film, whose colours alone would ask for dithering.
     */
    private static List<int[]> screenWithVideo() {
        List<int[]> film = tintedGreyFilm();
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            int page = i % 2 == 0 ? 0xFFF5F5F5 : 0xFFE0E0E0;
            int[] screen = new int[W * H];
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    boolean video = x >= W * 2 / 3 && y >= H / 2;
                    boolean button = !video && y >= 6 && y < 14 && x % 24 >= 4 && x % 24 < 20;
                    screen[y * W + x] = video ? film.get(i)[y * W + x]
                            : button ? 0xFF2E7D32 + (x / 24) * 0x101010 : page;
                }
            }
            frames.add(screen);
        }
        return frames;
    }

    /** Colourful footage: the synthetic photo (sky gradient, a moving sunlit disc, stripes) with grain. */
    private static List<int[]> colourFootage() {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            frames.add(SyntheticFrames.photo(W, H, (double) i / FRAMES, 4, i));
        }
        return frames;
    }

    @Test
    void theDefaultChoosesByContent() {
        assertThat(GifOptions.defaults().dither()).isEqualTo(Dither.AUTO);
    }

    @Test
    void grainThroughADensePaletteIsDitheredAndComesOutSmallerAndTruer() throws IOException {
        List<int[]> film = tintedGreyFilm();
        GifOptions auto = GifOptions.defaults();
        byte[] chosen = encode(W, H, auto, FPS, film);
        byte[] ordered = encode(W, H, auto.withDither(Dither.ORDERED), FPS, film);
        byte[] undithered = encode(W, H, auto.withDither(Dither.NONE), FPS, film);

        assertThat(differingPixels(framesOf(chosen), framesOf(ordered))).as("AUTO shows what ORDERED shows").isZero();
        assertThat(differingPixels(framesOf(chosen), framesOf(undithered))).as("and not what NONE shows").isPositive();
        // as on the colour cut of the 1940 film (bench/pareto.sh, quality 80): smaller and truer than undithered
        assertThat(chosen.length).isLessThan(undithered.length);
        assertThat(meanSsim(film, chosen)).isGreaterThan(meanSsim(film, undithered));
    }

    @Test
    void aScreenThatThePaletteMostlyHoldsIsNotDithered() throws IOException {
        List<int[]> screen = screenWithVideo();
        GifOptions auto = GifOptions.defaults();
        int[] chosen = framesOf(encode(W, H, auto, FPS, screen));

        assertThat(differingPixels(chosen, framesOf(encode(W, H, auto.withDither(Dither.NONE), FPS, screen))))
                .as("AUTO shows what NONE shows").isZero();
        // the video's pixels would have been dithered: the choice was the frame's, not the colours'
        assertThat(differingPixels(chosen, framesOf(encode(W, H, auto.withDither(Dither.ORDERED), FPS, screen))))
                .as("and not what ORDERED shows").isPositive();
    }

    @Test
    void colourfulFootageThatThePaletteHoldsCoarselyIsNotDithered() throws IOException {
        List<int[]> footage = colourFootage();
        GifOptions auto = GifOptions.defaults();
        int[] chosen = framesOf(encode(W, H, auto, FPS, footage));

        assertThat(differingPixels(chosen, framesOf(encode(W, H, auto.withDither(Dither.NONE), FPS, footage))))
                .as("AUTO shows what NONE shows").isZero();
        assertThat(differingPixels(chosen, framesOf(encode(W, H, auto.withDither(Dither.ORDERED), FPS, footage))))
                .as("and not what ORDERED shows").isPositive();
    }

    /** The frames as javax.imageio composes them, one after another (so that two GIFs compare by content). */
    private static int[] framesOf(byte[] gif) throws IOException {
        List<int[]> frames = readWithImageIo(gif).frames();
        int[] all = new int[frames.size() * W * H];
        for (int i = 0; i < frames.size(); i++) {
            System.arraycopy(frames.get(i), 0, all, i * W * H, W * H);
        }
        return all;
    }

    private static int differingPixels(int[] a, int[] b) {
        assertThat(b.length).isEqualTo(a.length);
        int n = 0;
        for (int p = 0; p < a.length; p++) {
            n += a[p] != b[p] ? 1 : 0;
        }
        return n;
    }

    private static double meanSsim(List<int[]> source, byte[] gif) throws IOException {
        List<int[]> shown = readWithImageIo(gif).frames();
        double sum = 0;
        for (int i = 0; i < source.size(); i++) {
            sum += ssim(source.get(i), shown.get(i), W);
        }
        return sum / source.size();
    }
}
