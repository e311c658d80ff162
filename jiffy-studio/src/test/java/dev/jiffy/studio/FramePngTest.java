package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.image.Frame;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The scrub's PNG, read back by javax.imageio: the exact frame, opaque or not, stored or deflated. */
class FramePngTest {

    /** Noise, so that no two rows are alike; 301x203 RGB spans several of deflate's 64 KB stored blocks. */
    private static int[] noise(int w, int h, boolean opaque, long seed) {
        Random random = new Random(seed);
        int[] argb = new int[w * h];
        for (int i = 0; i < argb.length; i++) {
            int alpha = opaque ? 0xFF : random.nextInt(256);
            argb[i] = alpha << 24 | random.nextInt(1 << 24);
        }
        return argb;
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("javax.imageio reads it").isNotNull();
        return image;
    }

    private static int[] argbOf(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }

    @Test
    void anOpaqueFrameIsStoredAsRgbAndReadBackExactly() throws IOException {
        int[] argb = noise(301, 203, true, 1);
        byte[] png = FramePng.of(Frame.of(301, 203, argb), FramePng.QUICKEST);
        BufferedImage image = read(png);
        assertThat(image.getWidth()).isEqualTo(301);
        assertThat(image.getHeight()).isEqualTo(203);
        assertThat(image.getColorModel().hasAlpha()).as("no alpha channel to send").isFalse();
        assertThat(argbOf(image)).isEqualTo(argb);
        // stored: the rows (a filter byte each) and little more
        assertThat(png.length).isBetween(203 * (1 + 3 * 301), 203 * (1 + 3 * 301) + 200);
    }

    @Test
    void aFrameWithTransparencyKeepsItsAlpha() throws IOException {
        int[] argb = noise(64, 37, false, 2);
        BufferedImage image = read(FramePng.of(Frame.of(64, 37, argb), FramePng.QUICKEST));
        assertThat(image.getColorModel().hasAlpha()).isTrue();
        assertThat(argbOf(image)).isEqualTo(argb);
    }

    @Test
    void aDeflatedFrameIsTheSameFrameInFewerBytes() throws IOException {
        int[] argb = new int[320 * 180];
        for (int i = 0; i < argb.length; i++) {
            argb[i] = 0xFF000000 | (i % 320 / 16 * 12) << 16 | (i / 320 / 16 * 20) << 8; // 16x16 flat blocks
        }
        Frame frame = Frame.of(320, 180, argb);
        byte[] stored = FramePng.of(frame, FramePng.QUICKEST);
        byte[] deflated = FramePng.of(frame, 6);
        assertThat(argbOf(read(deflated))).isEqualTo(argb);
        assertThat(deflated.length).isLessThan(stored.length / 4);
    }
}
