package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.MediaException;
import dev.jiffy.MediaTooLargeException;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A GIF opened as a clip is held as palette indices in a quarter of the heap, and refused beyond it as too large. */
class GifFileClipTest {
    private static final int W = 64;
    private static final int H = 48;
    private static final int FRAMES = 40;

    @TempDir
    Path dir;

    /** 40 frames of a square moving over stripes, its left 8 columns transparent, 0 cs delays. */
    private Path movingSquare() throws IOException {
        Path file = dir.resolve("square.gif");
        try (OutputStream out = Files.newOutputStream(file);
                GifWriter writer = GifWriter.create(out, W, H, GifOptions.defaults().withQuality(100))) {
            for (int f = 0; f < FRAMES; f++) {
                int[] argb = new int[W * H];
                for (int y = 0; y < H; y++) {
                    for (int x = 0; x < W; x++) {
                        boolean square = x >= f && x < f + 12 && y >= 10 && y < 22;
                        argb[y * W + x] = x < 8 ? 0 : square ? 0xFFFF0000 : (y / 4 % 2 == 0 ? 0xFF203040 : 0xFF405060);
                    }
                }
                writer.addFrame(argb, (f + 1) * 0.1);
            }
        }
        return file;
    }

    @Test
    void aGifIsKnownByItsSignatureWhateverItsName() throws IOException {
        assertThat(GifFileClip.isGif(Files.move(movingSquare(), dir.resolve("square.mp4")))).isTrue();
        assertThat(GifFileClip.isGif(Files.writeString(dir.resolve("a.gif"), "GIF88a, not a version there is")))
                .isFalse();
        assertThat(GifFileClip.isGif(Files.writeString(dir.resolve("b.gif"), "GIF"))).isFalse();
        assertThat(GifFileClip.isGif(dir.resolve("missing.gif"))).isFalse();
        assertThat(GifFileClip.isGif(dir)).isFalse();
    }

    @Test
    void aGifBeyondASixteenthOfTheHeapInPixelsOpensAndShowsTheDecodersFrames() throws IOException {
        Path file = movingSquare();
        // the old rule held (frames + 3) whole 4-byte frames in a quarter of the heap: 2 MB of heap did not do
        long heap = 2L << 20;
        assertThat((FRAMES + 3L) * W * H).isGreaterThan(heap / 16);
        GifFileClip clip = GifFileClip.open(file, heap);
        DecodedGif decoded = GifDecoder.read(file);

        assertThat(clip.frameCount()).isEqualTo(FRAMES);
        assertThat(clip.hasTransparency()).isTrue();
        assertThat(clip.duration()).isEqualTo(FRAMES * 0.1, org.assertj.core.data.Offset.offset(1e-9));
        // backwards, as a boomerang reads it
        for (int i = FRAMES - 1; i >= 0; i--) {
            assertThat(clip.frame(i * 0.1 + 0.05).toArgbArray()).as("frame %d", i)
                    .isEqualTo(decoded.frames().get(i).argb());
        }
    }

    @Test
    void aGifBeyondAQuarterOfTheHeapIsTooLargeNamingAHeapThatHoldsIt() throws IOException {
        Path file = movingSquare();
        long heap = 64L << 10;
        assertThatThrownBy(() -> GifFileClip.open(file, heap))
                .isInstanceOfSatisfying(MediaTooLargeException.class, e -> {
                    assertThat(e.getMessage()).startsWith(file + " is too large for the memory Java was given: GIF of"
                            + " 64x48 with 40 frames needs ").contains("(a quarter of Java's ");
                    // the heap it names is enough
                    assertThat(GifFileClip.open(file, e.heapNeeded()).frameCount()).isEqualTo(FRAMES);
                    assertThatThrownBy(() -> GifFileClip.open(file, e.heapNeeded() - 4))
                            .isInstanceOf(MediaTooLargeException.class);
                });
    }

    @Test
    void aGifBeyondWhatAJavaArrayHoldsIsRefusedWithoutAdvisingMoreMemory() throws IOException {
        // 65535x65535 (4.3 G pixels) with one 1x1 image: in a heap that would hold its bytes, no array holds its screen
        byte[] header = {'G', 'I', 'F', '8', '9', 'a', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
            (byte) 0x81, 0, 0};
        byte[] palette = {0, 0, 0, (byte) 0xFF, 0, 0, 0, (byte) 0xFF, 0, 0, 0, (byte) 0xFF};
        // image at 0,0, 1x1, no local table; LZW minimum code size 2: clear (4), index 0, end (5) in 3-bit codes
        byte[] image = {0x2C, 0, 0, 0, 0, 1, 0, 1, 0, 0, 2, 2, 0x44, 0x01, 0, 0x3B};
        Path file = dir.resolve("vast.gif");
        Files.write(file, concat(header, palette, image));

        // in any heap, an ordinary one too: advising -Xmx64g for 256 MB would be refused again there
        for (long heap : new long[] {256L << 20, 1L << 30, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> GifFileClip.open(file, heap)).as("heap %d", heap)
                    .isExactlyInstanceOf(MediaException.class)
                    .hasMessage(file + " is too large for Jiffy to read at any memory: GIF logical screen 65535x65535"
                            + " is 4294836225 pixels, more than a Java array holds (2147483639 pixels)");
        }
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
