package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.Dither;
import dev.jiffy.gif.GifOptions;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The "As GIF" view: the frame through Jiffy's encoder and decoder. */
class GifLookTest {
    @Test
    void aFrameOfFewColoursIsUnchanged() {
        BufferedImage source = TestClips.blocks().frame(0.3).toImage();
        assertThat(pixels(GifLook.of(source, GifOptions.defaults()))).isEqualTo(pixels(source));
    }

    @Test
    void aGradientIsReducedToThePaletteSize() {
        BufferedImage source = TestClips.gradient().frame(0).toImage();
        assertThat(Arrays.stream(pixels(source)).distinct().count()).isGreaterThan(256);
        for (int colours : new int[] {2, 16, 256}) {
            for (Dither dither : Dither.values()) {
                int[] gif = pixels(GifLook.of(source, GifOptions.defaults().withMaxColors(colours).withDither(dither)));
                assertThat(Arrays.stream(gif).distinct().count()).as(colours + " colours, " + dither)
                        .isLessThanOrEqualTo(colours);
            }
        }
    }

    @Test
    void ditheringShowsDifferently() {
        BufferedImage source = TestClips.gradient().frame(0).toImage();
        int[] none = pixels(GifLook.of(source, GifOptions.defaults().withMaxColors(8).withDither(Dither.NONE)));
        int[] ordered = pixels(GifLook.of(source, GifOptions.defaults().withMaxColors(8).withDither(Dither.ORDERED)));
        assertThat(ordered).isNotEqualTo(none);
    }

    @Test
    void transparentPixelsStayTransparent() {
        BufferedImage source = new BufferedImage(4, 1, BufferedImage.TYPE_INT_ARGB);
        source.setRGB(0, 0, 4, 1, new int[] {0xFFFF0000, 0x00000000, 0x10FFFFFF, 0xFF0000FF}, 0, 4);
        assertThat(pixels(GifLook.of(source, GifOptions.defaults()))).containsExactly(0xFFFF0000, 0, 0, 0xFF0000FF);
    }

    private static int[] pixels(BufferedImage image) {
        return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    }
}
