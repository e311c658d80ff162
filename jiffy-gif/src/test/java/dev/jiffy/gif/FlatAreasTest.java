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
 * Strict on flat areas ({@link GifOptions#strictOnFlatAreas()}): a pixel on a flat area keeps a colour from an earlier
 * frame only within half the keep margin and without the noise tolerance, as nothing there hides it; grain beside it
 * is still kept still.
 */
class FlatAreasTest {
    private static final int W = 64;
    private static final int H = 32;
    private static final int FRAMES = 12;
    /** The flat stripe's columns: inside the grain's 16x16 noise blocks, so they are judged by the grain's noise. */
    private static final int STRIPE_FROM = 20;
    private static final int STRIPE_TO = 24;
    private static final GifOptions QUALITY_80 = GifOptions.defaults().withQuality(GifQuality.DEFAULT);

    /**
     * Grain of ±8 on each channel, drawn anew every frame, with a flat red stripe whose blue steps between 40 and
     * {@code 40 + step} from frame to frame.
     */
    private static List<int[]> frames(int step) {
        Random random = new Random(11);
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < FRAMES; i++) {
            int[] argb = new int[W * H];
            for (int p = 0; p < argb.length; p++) {
                int x = p % W;
                if (x >= STRIPE_FROM && x < STRIPE_TO) {
                    argb[p] = 0xFF000000 | 200 << 16 | 40 << 8 | stripeBlue(i, step);
                } else {
                    argb[p] = 0xFF000000 | grain(random, 120) << 16 | grain(random, 128) << 8 | grain(random, 110);
                }
            }
            frames.add(argb);
        }
        return frames;
    }

    private static int stripeBlue(int frame, int step) {
        return frame % 2 == 0 ? 40 : 40 + step;
    }

    private static int grain(Random random, int level) {
        return level + random.nextInt(17) - 8;
    }

    /** The most any stripe pixel's blue is off in any frame, as javax.imageio decodes the GIF. */
    private static int worstStripeError(byte[] gif, int step) throws IOException {
        ImageIoGif decoded = readWithImageIo(gif);
        assertThat(decoded.frames()).hasSize(FRAMES);
        int worst = 0;
        for (int i = 0; i < FRAMES; i++) {
            int[] argb = decoded.frames().get(i);
            for (int y = 0; y < H; y++) {
                for (int x = STRIPE_FROM; x < STRIPE_TO; x++) {
                    worst = Math.max(worst, Math.abs((argb[y * W + x] & 0xFF) - stripeBlue(i, step)));
                }
            }
        }
        return worst;
    }

    @Test
    void aFlatStripeInsideGrainFollowsItsSourceWhileTheGrainIsKeptStill() throws IOException {
        // a step of 10 (2·10² = 200 units) is beyond quality 80's keep margin (108) but within the grain's noise
        List<int[]> frames = frames(10);
        assertThat(QUALITY_80.strictOnFlatAreas()).isTrue();
        byte[] strict = encode(W, H, QUALITY_80, 10, frames);
        byte[] lenient = encode(W, H, QUALITY_80.withStrictOnFlatAreas(false), 10, frames);
        // kept like any other pixel, the stripe keeps its first blue in the frames that step to the other
        assertThat(worstStripeError(lenient, 10)).isGreaterThanOrEqualTo(8);
        // strict, it follows its source within the palette's rounding
        assertThat(worstStripeError(strict, 10)).isLessThanOrEqualTo(3);
        // and the grain is still kept still: the stripe costs a few bytes a frame, not the grain's thousands
        byte[] noTolerance = encode(W, H, QUALITY_80.withNoiseTolerance(0), 10, frames);
        assertThat(strict.length).isLessThan(noTolerance.length * 9 / 10);
    }

    @Test
    void aFlatStripeIsHeldToHalfTheKeepMargin() throws IOException {
        // a step of 6 (2·6² = 72 units): within quality 80's keep margin (108), beyond half of it (54). A palette per
        // frame, so that the stripe's new colour is always in it, and no lossy LZW, which may itself show the old
        // colour within its budget: both are choices of their own, not the keeping's
        List<int[]> frames = frames(6);
        GifOptions noNoise = QUALITY_80.withNoiseTolerance(0).withPalette(PaletteMode.FRAME).withLossy(0);
        assertThat(worstStripeError(encode(W, H, noNoise.withStrictOnFlatAreas(false), 10, frames), 6))
                .isGreaterThanOrEqualTo(5);
        assertThat(worstStripeError(encode(W, H, noNoise, 10, frames), 6)).isLessThanOrEqualTo(3);
    }

    @Test
    void atQuality95AFlatStripeInsideGrainFollowsItsSourceToo() throws IOException {
        // 95's margin is 24 units and its noise tolerance 5 per unit of noise: the step of 10 (200 units) is within the
        // grain's noise, so only strictness makes the stripe follow
        List<int[]> frames = frames(10);
        GifOptions quality95 = GifOptions.defaults().withQuality(95);
        assertThat(quality95.strictOnFlatAreas()).isTrue();
        assertThat(worstStripeError(encode(W, H, quality95.withStrictOnFlatAreas(false), 10, frames), 10))
                .isGreaterThanOrEqualTo(8);
        assertThat(worstStripeError(encode(W, H, quality95, 10, frames), 10)).isLessThanOrEqualTo(3);
    }

    @Test
    void qualitiesFrom80To99AreStrictOnFlatAreas() {
        assertThat(GifQuality.strictOnFlatAreas(100)).isFalse();
        assertThat(GifQuality.strictOnFlatAreas(99)).isTrue();
        assertThat(GifQuality.strictOnFlatAreas(95)).isTrue();
        assertThat(GifQuality.strictOnFlatAreas(91)).isTrue();
        assertThat(GifQuality.strictOnFlatAreas(90)).isTrue();
        assertThat(GifQuality.strictOnFlatAreas(80)).isTrue();
        assertThat(GifQuality.strictOnFlatAreas(79)).isFalse();
    }
}
