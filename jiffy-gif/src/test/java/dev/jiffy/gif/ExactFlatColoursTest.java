package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.testing.ImageIoGif;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A flat area under compression noise keeps its own colour: a black clock face whose pixels are mostly black, with a
 * few a level or three off, is written black, not the mean of its pixels (see {@code Quantizer.LEADER_SHARE}), with
 * a palette of the frame's own and with a scene's.
 */
class ExactFlatColoursTest {
    private static final int W = 64;
    private static final int H = 32;
    private static final int FRAMES = 3;
    /** Near-blacks as H.264 leaves them around a black area: a level or three off on some channels. */
    private static final int[] NEAR_BLACKS = {0x020202, 0x030102, 0x010300};

    /**
     * Left half: colours drawn at random every frame, far more than a palette holds, so the near-blacks share one
     * palette colour with black. Right half: black, four pixels of ten near-black, in the first and last frames; random
     * colours like the left half's in the middle one, so that the black area is written afresh in the last frame too
     * (a palette of a frame's own is made for the pixels it changes).
     */
    private static List<int[]> frames() {
        Random random = new Random(5);
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            int[] argb = new int[W * H];
            for (int p = 0; p < argb.length; p++) {
                int rgb;
                if (p % W < W / 2 || i == 1) {
                    rgb = 0x404040 + random.nextInt(0x808080);
                } else {
                    rgb = random.nextInt(10) < 6 ? 0x000000 : NEAR_BLACKS[random.nextInt(NEAR_BLACKS.length)];
                }
                argb[p] = 0xFF000000 | rgb;
            }
            frames.add(argb);
        }
        return frames;
    }

    /**
     * Frames that share a scene's palette, as the black opening of a film fading in: the right half black, three pixels
     * of ten near-black, the same in every frame (a still black area); the left half colours within 16 levels of
     * 0x404040, in 64 histogram bins, so the scene's palette has room to spare. In the first frame they are the 64
     * bins' lowest corners: the frame fits a palette exactly and, as a frame of few colours does, takes the scene's
     * colours nearest its own (see {@code FrameMapper.SCENE_COLOUR_MARGIN}). Later, random among the 4,096 (more than
     * a palette holds), the black half unchanged.
     */
    private static List<int[]> sceneFrames() {
        Random random = new Random(7);
        List<int[]> frames = new ArrayList<>();
        int[] first = new int[W * H];
        for (int p = 0; p < first.length; p++) {
            int rgb = p % W < W / 2
                    ? 0x404040 + 4 * (random.nextInt(4) << 16 | random.nextInt(4) << 8 | random.nextInt(4))
                    : random.nextInt(10) < 7 ? 0x000000 : NEAR_BLACKS[random.nextInt(NEAR_BLACKS.length)];
            first[p] = 0xFF000000 | rgb;
        }
        frames.add(first);
        for (int i = 1; i < FRAMES; i++) {
            int[] argb = first.clone();
            for (int p = 0; p < argb.length; p++) {
                if (p % W < W / 2) {
                    argb[p] = 0xFF404040 + (random.nextInt(16) << 16 | random.nextInt(16) << 8 | random.nextInt(16));
                }
            }
            frames.add(argb);
        }
        return frames;
    }

    /** Of the pixels black in the source, the share javax.imageio decodes as black, the least of any frame. */
    private static double leastExactBlack(byte[] gif, List<int[]> frames) throws IOException {
        ImageIoGif decoded = readWithImageIo(gif);
        assertThat(decoded.frames()).hasSize(FRAMES);
        double least = 1;
        for (int i = 0; i < FRAMES; i++) {
            int[] source = frames.get(i);
            int[] shown = decoded.frames().get(i);
            int black = 0;
            int exact = 0;
            for (int p = 0; p < source.length; p++) {
                if ((source[p] & 0xFFFFFF) == 0) {
                    black++;
                    exact += (shown[p] & 0xFFFFFF) == 0 ? 1 : 0;
                }
            }
            if (black > 0) {
                least = Math.min(least, (double) exact / black);
            }
        }
        return least;
    }

    @Test
    void aBlackAreaUnderNoiseIsWrittenBlackAtEveryQualityWithPalettesOfItsOwn() throws IOException {
        List<int[]> frames = frames();
        // the mean of the black area's pixels is 1,1,1 (rounded): written as that, no black pixel would be exact
        for (int quality : new int[] {100, 90, GifQuality.DEFAULT, 75}) {
            byte[] gif = encode(W, H, GifOptions.defaults().withQuality(quality), 10, frames);
            assertThat(leastExactBlack(gif, frames)).as("quality %d", quality).isGreaterThan(0.9);
        }
    }

    @Test
    void aBlackAreaUnderNoiseIsWrittenBlackWithTheScenesPalette() throws IOException {
        List<int[]> frames = sceneFrames();
        // 90 to 75 take the scene's palette where it serves a frame closely (this one), lower qualities always do. Not
        // 50: its palette of 31 colours (GifQuality.maxColors) is full, and a leader is only added where there is room
        for (int quality : new int[] {90, GifQuality.DEFAULT, 75, 70}) {
            byte[] gif = encode(W, H, GifOptions.defaults().withQuality(quality), 10, frames);
            assertThat(leastExactBlack(gif, frames)).as("quality %d", quality).isGreaterThan(0.9);
        }
    }
}
