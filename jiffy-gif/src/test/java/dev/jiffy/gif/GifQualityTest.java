package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static dev.jiffy.gif.testing.Metrics.psnr;
import static dev.jiffy.gif.testing.Metrics.ssim;
import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.testing.ImageIoGif;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
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
    /** 100: lossless; 80: the default; 75/74: either side of shared palettes and of the first halved palette. */
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

    /**
     * A screencast: anti-aliased text typed one character a frame on a dark flat page, a blinking cursor after it, and
     * a button whose green brightens a little every frame as the pointer hovers (as in the JupyterLab screencast, where
     * such changes, each fitting a small palette of its own, made quality 50 write more than quality 60).
     */
    static List<int[]> screencast() {
        String typed = "jiffy make talk.mp4 -o talk.gif";
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            BufferedImage image = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0x16181C));
            g.fillRect(0, 0, W, H);
            g.setColor(new Color(0x0D1117));
            g.fillRect(4, 4, W - 8, H - 8);
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
            g.setColor(new Color(0xC9D1D9));
            g.drawString("Device", 8, 14);
            g.setFont(new Font(Font.MONOSPACED, Font.PLAIN, 8));
            String shown = typed.substring(0, Math.min(typed.length(), i + 1));
            int split = Math.min(shown.length(), 16);
            g.drawString(shown.substring(0, split), 8, 26);
            g.drawString(shown.substring(split), 8, 35);
            if (i % 4 < 2) { // the cursor blinks after the last character
                int x = 8 + g.getFontMetrics().stringWidth(shown.substring(shown.length() > 16 ? 16 : 0));
                g.fillRect(x + 1, shown.length() > 16 ? 28 : 19, 1, 8);
            }
            int hover = Math.max(0, i - 12); // the button brightens from frame 12 on
            g.setColor(new Color(0x23 + hover * 2, 0x86 + hover * 3, 0x36 + hover));
            g.fillRoundRect(8, 40, W - 16, 10, 4, 4);
            g.setColor(Color.WHITE);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
            g.drawString("Continue", W / 2 - 14, 48);
            g.dispose();
            frames.add(image.getRGB(0, 0, W, H, null, 0, W));
        }
        return frames;
    }

    private static byte[] encodeAt(List<int[]> frames, int quality) {
        return encode(W, H, GifOptions.defaults().withQuality(quality), 12, frames);
    }

    private static void assertBytesFallAtEveryStep(List<int[]> frames, double worstPsnrAt60, double worstPsnrBelow) {
        long previousBytes = Long.MAX_VALUE;
        for (int q : QUALITIES) {
            byte[] gif = encodeAt(frames, q);
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
    void lowerQualityWritesSmallerFilesAtEveryStepOnAScreencast() {
        assertBytesFallAtEveryStep(screencast(), 30, 24);
    }

    @Test
    void quality50HasRangeOnAScreencastWhoseFramesBarelyChange() {
        // the knob's promise on every clip: quality 50 writes at most 0.6x the default's bytes
        List<int[]> frames = screencast();
        assertThat((double) encodeAt(frames, 50).length).isLessThanOrEqualTo(0.6 * encodeAt(frames, GifQuality.DEFAULT).length);
    }

    @Test
    void quality50HasRangeOnScrollingBars() throws IOException {
        // the test card's case: colour bars with soft edges scrolling two pixels a frame under noise of ±3 levels, so
        // every frame rewrites every edge at any quality and wider keep margins have little to hold still; a smaller
        // palette (31 colours at 50) makes every code shorter. With all 256 colours quality 50 wrote 0.45x the
        // default's bytes at a mean SSIM of 0.885; with 31, 0.35x at 0.891
        List<int[]> frames = scrollingBars();
        byte[] at50 = encodeAt(frames, 50);
        assertThat((double) at50.length).isLessThanOrEqualTo(0.4 * encodeAt(frames, GifQuality.DEFAULT).length);
        ImageIoGif io = readWithImageIo(at50);
        for (int i = 0; i < frames.size(); i++) {
            assertThat(ssim(frames.get(i), io.frames().get(i), W)).as("SSIM of frame %d at quality 50", i)
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void quality100IsLosslessOnGreyFilmAsAnotherDecoderSeesIt() throws IOException {
        assertLosslessAt100(greyFilm());
    }

    @Test
    void quality100IsLosslessOnAScreencastAsAnotherDecoderSeesIt() throws IOException {
        assertLosslessAt100(screencast());
    }

    @Test
    void quality100IsTheTruestOnCleanAnimationThatDoesNotFitThePalette() {
        // undithered: ordered dither's pattern, written losslessly, made 100 both larger and less true than 90 on clean
        // 3D animation (Big Buck Bunny): smooth gradients and a moving disc, no grain
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            frames.add(SyntheticFrames.photo(W, H, i / 24.0, 0, i));
        }
        double at100 = meanSsim(frames, 100);
        for (int q : new int[] {90, 80, 60}) {
            assertThat(at100).as("SSIM at 100 against " + q).isGreaterThan(meanSsim(frames, q));
        }
    }

    @Test
    void quality100FollowsNoiseThatChangesOnFlatBars() throws IOException {
        // colour bars with compression-like noise of ±4 levels per channel, redrawn every frame (the test card's case):
        // thousands of colours, so nothing is exact. A keep margin at 100 held the first frame's noise while the
        // source's changed, and SSIM fell frame by frame (SSIM counts noise on a flat area as structure)
        int[] bars = {0xC0C000, 0x00C0C0, 0x00C000, 0xC000C0, 0xC00000, 0x0000C0, 0x202020, 0xE0E0E0};
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            int[] argb = new int[W * H];
            for (int p = 0; p < argb.length; p++) {
                int bar = bars[(p % W) * bars.length / W];
                int rgb = 0xFF000000;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int n = (int) Math.floorMod(SyntheticFrames.hash(p, i, shift + 1), 9L) - 4;
                    rgb |= SyntheticFrames.clamp(((bar >> shift) & 0xFF) + n) << shift;
                }
                argb[p] = rgb;
            }
            frames.add(argb);
        }
        ImageIoGif io = readWithImageIo(encodeAt(frames, 100));
        double first = ssim(frames.get(0), io.frames().get(0), W);
        for (int i = 1; i < frames.size(); i++) {
            assertThat(ssim(frames.get(i), io.frames().get(i), W)).as("SSIM of frame %d (first: %f)", i, first)
                    .isGreaterThan(first - 0.01);
        }
    }

    @Test
    void aClipOfExactly256ColoursEncodesBelow75() {
        // the grey film's first frame holds all 256 greys: its own table would be a full one, as the scene's is
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            frames.add(SyntheticFrames.distinctColours(W, H, 256, i));
        }
        for (int q : new int[] {70, 50, 30}) {
            DecodedGif decoded = decode(encodeAt(frames, q));
            assertThat(decoded.frames()).as("frames at quality %d", q).hasSize(frames.size());
        }
    }

    /** Eight colour bars, their edges two pixels wide, moving left two pixels a frame, under noise of ±3 levels. */
    private static List<int[]> scrollingBars() {
        int[] bars = {0xBDCC08, 0x00C8C8, 0x10C010, 0xC010C0, 0xC01010, 0x1010C0, 0x101010, 0xEBEBEB};
        int barWidth = W / bars.length;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            int[] argb = new int[W * H];
            for (int p = 0; p < argb.length; p++) {
                int x = Math.floorMod(p % W + 2 * i, W);
                int bar = x / barWidth;
                int right = bars[(bar + 1) % bars.length];
                int edge = x % barWidth - (barWidth - 2); // the last two columns of a bar blend into the next
                int rgb = 0xFF000000;
                for (int shift = 16; shift >= 0; shift -= 8) {
                    int a = (bars[bar] >> shift) & 0xFF;
                    int v = edge < 0 ? a : a + (((right >> shift) & 0xFF) - a) * (edge + 1) / 3;
                    int n = (int) Math.floorMod(SyntheticFrames.hash(p, i, shift + 1), 7L) - 3;
                    rgb |= SyntheticFrames.clamp(v + n) << shift;
                }
                argb[p] = rgb;
            }
            frames.add(argb);
        }
        return frames;
    }

    private static double meanSsim(List<int[]> frames, int quality) {
        DecodedGif decoded = decode(encodeAt(frames, quality));
        double sum = 0;
        for (int i = 0; i < frames.size(); i++) {
            sum += ssim(frames.get(i), opaque(decoded.frames().get(i).argb()), W);
        }
        return sum / frames.size();
    }

    private static void assertLosslessAt100(List<int[]> frames) throws IOException {
        byte[] gif = encodeAt(frames, 100);
        ImageIoGif io = readWithImageIo(gif);
        assertThat(io.frames()).hasSize(frames.size());
        for (int i = 0; i < frames.size(); i++) {
            assertThat(io.frames().get(i)).as("frame %d via ImageIO", i).isEqualTo(frames.get(i));
        }
    }
}
