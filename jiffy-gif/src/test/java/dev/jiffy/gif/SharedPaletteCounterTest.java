package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Node;

/**
 * Below quality 75 frames share their scene's palette. A frame that changes only a small counter fits its few colours
 * exactly, but a table of its own (up to 768 bytes) costs more than the counter: it is written with the scene's palette,
 * as another decoder sees in the frames' metadata, even where the counter takes colours the palette was not made for.
 */
class SharedPaletteCounterTest {
    private static final int W = 96;
    private static final int H = 64;
    /** Colour bars with fixed compression-like noise (hundreds of colours, the same in every frame). */
    private static final double FPS = 12.5;
    /** Frames of the first look-ahead window. */
    private static final int FIRST_WINDOW = (int) (GifWriter.LOOK_AHEAD_SECONDS * FPS);
    private static final int[] BARS = {0xC0C000, 0x00C0C0, 0x00C000, 0xC000C0, 0xC00000, 0x0000C0, 0x101010, 0xF0F0F0};

    private static int[] frame(int index) {
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int bar = BARS[x * BARS.length / W];
                int r = SyntheticFrames.clamp(((bar >> 16) & 0xFF) + noise(x, y, 1));
                int g = SyntheticFrames.clamp(((bar >> 8) & 0xFF) + noise(x, y, 2));
                int b = SyntheticFrames.clamp((bar & 0xFF) + noise(x, y, 3));
                argb[y * W + x] = 0xFF000000 | r << 16 | g << 8 | b;
            }
        }
        // the counter: a small black box whose 16 cells light up in turn, each in a colour no bar has
        for (int y = 30; y < 34; y++) {
            for (int x = 40; x < 56; x++) {
                int cell = (x - 40) / 2 + 8 * ((y - 30) / 2);
                boolean lit = ((index + cell) % 3) == 0;
                // from the second look-ahead window on, colours the first window's palette was not made for
                int colour = COUNTER[index < FIRST_WINDOW ? cell % 8 : 8 + cell % 8];
                argb[y * W + x] = 0xFF000000 | (lit ? colour : 0);
            }
        }
        return argb;
    }

    /** Sixteen colours far from the bars: oranges, pinks, browns, violets. */
    private static final int[] COUNTER = {0xFF8000, 0xFF80C0, 0x804000, 0x8040FF, 0xFFC080, 0x40FF80, 0xC08040,
        0x4080C0, 0xFF4060, 0x60A020, 0xA06080, 0x206060, 0xE0A000, 0x602080, 0x80E0C0, 0x404080};

    /** Fixed per-pixel noise of up to ±12 levels, one channel at a time: thousands of colours in the bars. */
    private static int noise(int x, int y, int channel) {
        return (int) Math.floorMod(SyntheticFrames.hash(x, y, 11 * channel), 25L) - 12;
    }

    private static List<int[]> clip() {
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 2 * FIRST_WINDOW; i++) {
            frames.add(frame(i));
        }
        return frames;
    }

    private static byte[] encode(int quality) {
        return GifTestSupport.encode(W, H, GifOptions.defaults().withQuality(quality), FPS, clip());
    }

    @Test
    void counterFramesUseTheScenesPaletteBelow75() throws IOException {
        for (int quality : new int[] {70, 50, 30}) {
            byte[] gif = encode(quality);
            List<Boolean> local = localTables(gif);
            assertThat(local.size()).isGreaterThan(1);
            assertThat(local.subList(1, local.size())).as("local colour tables at quality %d", quality)
                    .containsOnly(false);
        }
    }

    /** Per frame, whether it carries a local colour table, as javax.imageio reads it. */
    private static List<Boolean> localTables(byte[] gif) throws IOException {
        List<Boolean> out = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(gif))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
            ImageReader reader = readers.next();
            reader.setInput(in);
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                IIOMetadata meta = reader.getImageMetadata(i);
                Node root = meta.getAsTree("javax_imageio_gif_image_1.0");
                boolean has = false;
                for (Node c = root.getFirstChild(); c != null; c = c.getNextSibling()) {
                    has |= c.getNodeName().equals("LocalColorTable");
                }
                out.add(has);
            }
            reader.dispose();
        }
        return out;
    }
}
