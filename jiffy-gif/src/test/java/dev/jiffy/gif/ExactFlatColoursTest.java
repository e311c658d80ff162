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
 * few a level or three off, is written black, not the mean of its pixels (see {@code Quantizer.LEADER_SHARE}).
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
}
