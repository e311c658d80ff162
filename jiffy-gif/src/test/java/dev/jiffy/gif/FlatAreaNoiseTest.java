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
 * The noise tolerance keeps grain still, but not a flat area beside it ({@link GifOptions#noiseOnFlatAreas()}): on a
 * flat area no grain hides a colour kept from an earlier frame.
 */
class FlatAreaNoiseTest {
    private static final int W = 64;
    private static final int H = 32;
    private static final int FRAMES = 12;
    /** The flat stripe's columns: inside the grain's 16x16 noise blocks, so they are judged by the grain's noise. */
    private static final int STRIPE_FROM = 20;
    private static final int STRIPE_TO = 24;

    /**
     * Grain of ±8 on each channel, drawn anew every frame, with a flat red stripe whose blue steps between 40 and 50
     * from frame to frame: a change the keep margin of quality 80 (108) does not cover (2·10² = 200), but the grain's
     * noise does.
     */
    private static List<int[]> frames() {
        Random random = new Random(11);
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            int[] argb = new int[W * H];
            for (int p = 0; p < argb.length; p++) {
                int x = p % W;
                if (x >= STRIPE_FROM && x < STRIPE_TO) {
                    argb[p] = 0xFF000000 | 200 << 16 | 40 << 8 | stripeBlue(i);
                } else {
                    argb[p] = 0xFF000000 | grain(random, 120) << 16 | grain(random, 128) << 8 | grain(random, 110);
                }
            }
            frames.add(argb);
        }
        return frames;
    }

    private static int stripeBlue(int frame) {
        return frame % 2 == 0 ? 40 : 50;
    }

    private static int grain(Random random, int level) {
        return level + random.nextInt(17) - 8;
    }

    /** The most any stripe pixel's blue is off in any frame, as javax.imageio decodes the GIF. */
    private static int worstStripeError(byte[] gif) throws IOException {
        ImageIoGif decoded = readWithImageIo(gif);
        assertThat(decoded.frames()).hasSize(FRAMES);
        int worst = 0;
        for (int i = 0; i < FRAMES; i++) {
            int[] argb = decoded.frames().get(i);
            for (int y = 0; y < H; y++) {
                for (int x = STRIPE_FROM; x < STRIPE_TO; x++) {
                    worst = Math.max(worst, Math.abs((argb[y * W + x] & 0xFF) - stripeBlue(i)));
                }
            }
        }
        return worst;
    }

    @Test
    void aFlatStripeInsideGrainIsWrittenAsItChangesWhileTheGrainIsKeptStill() throws IOException {
        List<int[]> frames = frames();
        GifOptions quality80 = GifOptions.defaults().withQuality(GifQuality.DEFAULT);
        assertThat(quality80.noiseOnFlatAreas()).isFalse();
        byte[] flatHeld = encode(W, H, quality80, 10, frames);
        byte[] flatTolerated = encode(W, H, quality80.withNoiseOnFlatAreas(true), 10, frames);
        // with the noise applied everywhere, the stripe keeps its first blue in the frames that step to the other
        assertThat(worstStripeError(flatTolerated)).isGreaterThanOrEqualTo(8);
        // held to the keep margin, it follows its source within the palette's rounding
        assertThat(worstStripeError(flatHeld)).isLessThanOrEqualTo(3);
        // and the grain is still kept still: the stripe costs a few bytes a frame, not the grain's thousands
        byte[] noTolerance = encode(W, H, quality80.withNoiseTolerance(0), 10, frames);
        assertThat(flatHeld.length).isLessThan(noTolerance.length * 9 / 10);
    }

    @Test
    void qualitiesFrom75To90HoldFlatAreasToTheMargin() {
        assertThat(GifQuality.noiseOnFlatAreas(100)).isTrue();
        assertThat(GifQuality.noiseOnFlatAreas(91)).isTrue();
        assertThat(GifQuality.noiseOnFlatAreas(90)).isFalse();
        assertThat(GifQuality.noiseOnFlatAreas(75)).isFalse();
        assertThat(GifQuality.noiseOnFlatAreas(74)).isTrue();
    }
}
