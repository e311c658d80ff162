package dev.jiffy.gif;

import static dev.jiffy.gif.testing.ImageIoGif.readWithImageIo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.jiffy.gif.format.ColorTable;
import dev.jiffy.gif.format.GifFormatException;
import dev.jiffy.gif.format.GraphicControlExtension;
import dev.jiffy.gif.format.ImageData;
import dev.jiffy.gif.format.ImageDescriptor;
import dev.jiffy.gif.format.LogicalScreen;
import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.lzw.LzwEncoder;
import dev.jiffy.gif.testing.ImageIoGif;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifDecoderTest {
    private static final int BLACK = 0xFF000000;
    private static final int RED = 0xFFFF0000;
    private static final int GREEN = 0xFF00FF00;
    private static final int BLUE = 0xFF0000FF;

    /** Hand-built 4x4 GIF: global palette, comment/plain-text/unknown app extensions and disposals 1, 3, 2, 0. */
    private static byte[] disposalsGif() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LogicalScreen(4, 4, 4, 0).write(out);
        ColorTable.write(out, new int[] {0x000000, 0xFF0000, 0x00FF00, 0x0000FF}, 4, 4);
        out.write(new byte[] {0x21, (byte) 0xFE, 5, 'h', 'e', 'l', 'l', 'o', 0}); // comment
        out.write(new byte[] {0x21, (byte) 0xFF, 11});
        out.write("XMP DataXMP".getBytes(StandardCharsets.US_ASCII));
        out.write(new byte[] {3, 1, 2, 3, 0}); // unknown application extension
        out.write(new byte[] {0x21, 0x01, 12, 0, 0, 0, 0, 4, 0, 4, 0, 8, 8, 1, 0, 2, 'h', 'i', 0}); // plain text
        frame(out, 1, -1, 0, 0, 4, 4, 1, null); // red everywhere, do not dispose
        frame(out, 3, -1, 1, 1, 2, 2, 2, null); // green 2x2, restore to previous
        frame(out, 2, 0, 0, 0, 2, 1, 3, new byte[] {3, 0}); // blue at (0,0), (1,0) transparent; restore to background
        frame(out, 0, -1, 3, 3, 1, 1, 3, null); // blue at (3,3), unspecified disposal
        Trailer.write(out);
        return out.toByteArray();
    }

    private static void frame(ByteArrayOutputStream out, int disposal, int transparent, int x, int y, int w, int h,
            int index, byte[] pixels) throws IOException {
        new GraphicControlExtension(disposal, 10, transparent).write(out);
        new ImageDescriptor(x, y, w, h, 0, false).write(out);
        byte[] indices = pixels != null ? pixels : new byte[w * h];
        if (pixels == null) {
            Arrays.fill(indices, (byte) index);
        }
        LzwEncoder lzw = new LzwEncoder();
        int len = lzw.encode(indices, indices.length, 2);
        ImageData.write(out, 2, lzw.buffer(), len);
    }

    @Test
    void disposalMethodsAreHonouredAndUnknownExtensionsSkipped() throws IOException {
        byte[] gif = disposalsGif();
        DecodedGif d = GifDecoder.read(new ByteArrayInputStream(gif));
        assertThat(d.loopCount()).isEqualTo(1);
        assertThat(d.frames()).hasSize(4);
        int[] allRed = new int[16];
        Arrays.fill(allRed, RED);
        assertThat(d.frames().get(0).argb()).isEqualTo(allRed);
        int[] withGreen = allRed.clone();
        for (int p : new int[] {5, 6, 9, 10}) {
            withGreen[p] = GREEN;
        }
        assertThat(d.frames().get(1).argb()).isEqualTo(withGreen);
        int[] restored = allRed.clone();
        restored[0] = BLUE;
        assertThat(d.frames().get(2).argb()).isEqualTo(restored);
        int[] cleared = allRed.clone();
        cleared[0] = 0;
        cleared[1] = 0;
        cleared[15] = BLUE;
        assertThat(d.frames().get(3).argb()).isEqualTo(cleared);
        assertThat(d.frames().stream().map(DecodedFrame::disposal).toList()).containsExactly(1, 3, 2, 0);
        assertThat(d.frames().get(0).hasLocalPalette()).isFalse();
        // javax.imageio composited by the test support agrees
        ImageIoGif io = readWithImageIo(gif);
        for (int i = 0; i < 4; i++) {
            assertThat(io.frames().get(i)).isEqualTo(d.frames().get(i).argb());
        }
    }

    @Test
    void interlacedImagesWrittenByImageIoAreDeinterlaced() throws IOException {
        int w = 13;
        int h = 21; // not a multiple of 8: every interlace pass has a partial group
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, y * 12 << 16 | x * 19 << 8 | 0x80);
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT); // interlaced
        try (ImageOutputStream ios = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(ios);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        byte[] gif = bytes.toByteArray();
        DecodedGif d = GifDecoder.read(new ByteArrayInputStream(gif));
        assertThat(d.frames()).hasSize(1);
        int[] expected = image.getRGB(0, 0, w, h, null, 0, w);
        assertThat(d.frames().get(0).argb()).isEqualTo(expected);
        assertThat(interlaceFlag(gif)).isTrue();
    }

    @Test
    void readsFromAPath(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("a.gif");
        Files.write(file, GifTestSupport.encode(3, 2, GifOptions.defaults().withLoopCount(4), 10,
                List.<int[]>of(new int[] {RED, GREEN, BLUE, BLACK, RED, GREEN})));
        DecodedGif d = GifDecoder.read(file);
        assertThat(d.loopCount()).isEqualTo(4);
        assertThat(d.frames().get(0).argb()).containsExactly(RED, GREEN, BLUE, BLACK, RED, GREEN);
        assertThat(d.frames().get(0).delayCentiseconds()).isEqualTo(10);
    }

    @Test
    void nonGifInputIsRejectedWithWhatWasFound() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(png)))
                .isInstanceOf(GifFormatException.class)
                .hasMessage("not a GIF: expected signature \"GIF87a\" or \"GIF89a\" but found \"\\x89PNG\\x0D\\x0A\"");
    }

    @Test
    void theSignatureCheckIsTheDecodersOwn() {
        assertThat(LogicalScreen.isSignature("GIF89a".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(LogicalScreen.isSignature("GIF87a and more".getBytes(StandardCharsets.US_ASCII))).isTrue();
        assertThat(LogicalScreen.isSignature("GIF88a".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(LogicalScreen.isSignature("GIF8".getBytes(StandardCharsets.US_ASCII))).isFalse();
        assertThat(LogicalScreen.isSignature(new byte[0])).isFalse();
    }

    @Test
    void everyTruncationOfAValidGifIsReportedAsTruncated() throws IOException {
        List<int[]> frames = List.of(SyntheticFrames.photo(24, 16, 0, 3, 1), SyntheticFrames.photo(24, 16, 0.5, 3, 2));
        byte[] gif = GifTestSupport.encode(24, 16, GifOptions.defaults(), 10, frames);
        for (int n = 0; n < gif.length; n++) {
            byte[] cut = Arrays.copyOf(gif, n);
            Throwable t = catchThrowable(() -> GifDecoder.read(new ByteArrayInputStream(cut)));
            assertThat(t).as("cut at %d of %d", n, gif.length).isInstanceOf(GifFormatException.class);
            assertThat(t.getMessage()).startsWith("truncated GIF at byte " + n);
        }
    }

    @Test
    void garbageWhereABlockShouldStartIsReported() throws IOException {
        byte[] gif = GifTestSupport.encode(2, 2, GifOptions.defaults(), 10, List.<int[]>of(new int[] {RED, RED, RED,
                GREEN}));
        gif[gif.length - 1] = 0x42; // replace the trailer
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(gif)))
                .isInstanceOf(GifFormatException.class)
                .hasMessageContaining("expected an image (0x2C), an extension (0x21) or the trailer (0x3B) but found 0x42");
    }

    /** A GIF whose screen claims {@code w}x{@code h} and whose {@code frames} frames are each one 1x1 pixel. */
    static byte[] claiming(int w, int h, int frames) throws IOException {
        return claiming(w, h, frames, 1, 1);
    }

    /** A GIF whose screen claims {@code w}x{@code h}, with {@code frames} frames of one image each, of that size. */
    private static byte[] claiming(int w, int h, int frames, int imageWidth, int imageHeight) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LogicalScreen(w, h, 4, 0).write(out);
        ColorTable.write(out, new int[] {0x000000, 0xFF0000, 0x00FF00, 0x0000FF}, 4, 4);
        for (int i = 0; i < frames; i++) {
            frame(out, 1, -1, 0, 0, imageWidth, imageHeight, 1, null);
        }
        Trailer.write(out);
        return out.toByteArray();
    }

    @Test
    void aScreenBeyondThePixelBudgetIsRefusedAsTooLargeBeforeAnythingIsAllocated() throws IOException {
        // issue 13: a 53 KB GIF claiming 30000x30000 ran the heap out; this one is 50 bytes
        byte[] bomb = claiming(30000, 30000, 1);
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(bomb)))
                .isInstanceOf(GifTooLargeException.class)
                .hasMessage("GIF logical screen 30000x30000 is 900000000 pixels, more than the decoder's budget of "
                        + GifDecoder.DEFAULT_MAX_PIXELS + " pixels");
        // within a budget that holds it, the same header decodes
        assertThat(GifDecoder.read(new ByteArrayInputStream(claiming(300, 200, 1)), 3 * 300 * 200).frames())
                .hasSize(1);
    }

    @Test
    void framesBeyondThePixelBudgetAreRefusedAsTooLargeWithTheirCount() throws IOException {
        byte[] many = claiming(1000, 1000, 200); // 200 frames of a megapixel canvas each, in about 2 KB
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(many), 50_000_000))
                .isInstanceOf(GifTooLargeException.class)
                .hasMessage("GIF of 1000x1000 with 200 frames is 201000000 pixels decoded, more than the decoder's"
                        + " budget of 50000000 pixels");
        assertThat(GifDecoder.read(new ByteArrayInputStream(many), 202_000_000).frames()).hasSize(200);
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(many), 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at least 1, got 0");
    }

    @Test
    void oneFrameIsOneFrameInTheMessage() throws IOException {
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(claiming(1000, 1000, 1)), 1_000_000))
                .isInstanceOf(GifTooLargeException.class)
                .hasMessage("GIF of 1000x1000 with 1 frame is 2000000 pixels decoded, more than the decoder's budget of"
                        + " 1000000 pixels");
    }

    @Test
    void anImageBeyondThePixelBudgetIsSaidInPixelsAndCountedInBytesAsTheScreenIs() throws IOException {
        // a 10x10 screen whose one image is 1000x1000
        byte[] gif = claiming(10, 10, 1, 1000, 1000);
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(gif), 10_000))
                .isInstanceOfSatisfying(GifTooLargeException.class, e -> {
                    // 4 bytes a pixel, as for a screen beyond the budget
                    assertThat(e.neededBytes()).isEqualTo(4_000_000);
                    assertThat(e.budgetBytes()).isEqualTo(40_000);
                })
                .hasMessage("GIF frame 0 at byte 33 is 1000x1000, 1000000 pixels, more than the decoder's budget of"
                        + " 10000 pixels");
    }

    @Test
    void impossibleLzwCodesAreReported() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new LogicalScreen(2, 2, 2, 0).write(out);
        ColorTable.write(out, new int[] {0, 0xFFFFFF}, 2, 2);
        new ImageDescriptor(0, 0, 2, 2, 0, false).write(out);
        // min code size 2, codes of 3 bits: clear (4), then 7 which is not defined yet
        ImageData.write(out, 2, new byte[] {(byte) (4 | 7 << 3), 0}, 2);
        Trailer.write(out);
        assertThatThrownBy(() -> GifDecoder.read(new ByteArrayInputStream(out.toByteArray())))
                .isInstanceOf(GifFormatException.class).hasMessageContaining("corrupt image data in frame 0");
    }

    private static boolean interlaceFlag(byte[] gif) {
        int packed = gif[10] & 0xFF;
        int pos = 13 + ((packed & 0x80) != 0 ? 3 * (2 << (packed & 7)) : 0);
        while (gif[pos] != 0x2C) {
            // skip extensions
            pos += 2;
            while (gif[pos] != 0) {
                pos += (gif[pos] & 0xFF) + 1;
            }
            pos++;
        }
        return (gif[pos + 9] & 0x40) != 0;
    }
}
