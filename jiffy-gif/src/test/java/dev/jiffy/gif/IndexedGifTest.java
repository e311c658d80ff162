package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.gif.format.ColorTable;
import dev.jiffy.gif.format.GraphicControlExtension;
import dev.jiffy.gif.format.ImageData;
import dev.jiffy.gif.format.ImageDescriptor;
import dev.jiffy.gif.format.LogicalScreen;
import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.lzw.LzwEncoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexedGifTest {
    /**
     * A 40x30 GIF of {@code frames} images at random places, cycling through the four disposal methods, some with a
     * transparent index, every third with its own colour table, every fifth interlaced.
     */
    private static byte[] mixedDisposals(int frames, long seed) throws IOException {
        Random random = new Random(seed);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int w = 40;
        int h = 30;
        new LogicalScreen(w, h, 16, 0).write(out);
        ColorTable.write(out, randomColours(random, 16), 16, 16);
        for (int i = 0; i < frames; i++) {
            int fw = 1 + random.nextInt(w);
            int fh = 1 + random.nextInt(h);
            int x = random.nextInt(w - fw + 1);
            int y = random.nextInt(h - fh + 1);
            new GraphicControlExtension(i % 4, 1 + i % 7, i % 3 == 1 ? 5 : -1).write(out);
            boolean local = i % 3 == 2;
            new ImageDescriptor(x, y, fw, fh, local ? 16 : 0, i % 5 == 4).write(out);
            if (local) {
                ColorTable.write(out, randomColours(random, 16), 16, 16);
            }
            byte[] indices = new byte[fw * fh];
            for (int p = 0; p < indices.length; p++) {
                indices[p] = (byte) random.nextInt(16);
            }
            LzwEncoder lzw = new LzwEncoder();
            int len = lzw.encode(indices, indices.length, 4);
            ImageData.write(out, 4, lzw.buffer(), len);
        }
        Trailer.write(out);
        return out.toByteArray();
    }

    private static int[] randomColours(Random random, int n) {
        int[] rgb = new int[n];
        for (int i = 0; i < n; i++) {
            rgb[i] = random.nextInt(1 << 24);
        }
        return rgb;
    }

    @Test
    void framesAskedForInAnyOrderFromManyThreadsAreTheDecodersFrames(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("mixed.gif");
        Files.write(file, mixedDisposals(70, 7));
        DecodedGif decoded = GifDecoder.read(file);
        IndexedGif gif = IndexedGif.read(file, 1 << 20);
        assertThat(gif.frameCount()).isEqualTo(70);
        assertThat(gif.width()).isEqualTo(40);
        assertThat(gif.loopCount()).isEqualTo(decoded.loopCount());
        assertThat(gif.hasTransparency()).isTrue();
        for (int i = 0; i < 70; i++) {
            assertThat(gif.delayCentiseconds(i)).isEqualTo(decoded.frames().get(i).delayCentiseconds());
        }
        // backwards, crossing every kept canvas the wrong way
        for (int i = 69; i >= 0; i--) {
            assertThat(gif.frame(i)).as("frame %d backwards", i).isEqualTo(decoded.frames().get(i).argb());
        }
        // shuffled, on four threads at once, three times over
        List<Integer> order = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < 70; i++) {
                order.add(i);
            }
        }
        Collections.shuffle(order, new Random(3));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> same = new ArrayList<>();
            for (int i : order) {
                same.add(pool.submit(() -> java.util.Arrays.equals(gif.frame(i), decoded.frames().get(i).argb())));
            }
            for (int k = 0; k < same.size(); k++) {
                assertThat(same.get(k).get()).as("frame %d, request %d", order.get(k), k).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anEncodedAnimationIsHeldInAQuarterOfWhatItsDecodedFramesTake(@TempDir Path dir) throws IOException {
        // 48 full frames of 64x48 with fresh palettes, as Jiffy writes them
        int w = 64;
        int h = 48;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 48; i++) {
            frames.add(SyntheticFrames.photo(w, h, i * 0.1, 3, i));
        }
        Path file = dir.resolve("photo.gif");
        GifOptions fresh = GifOptions.defaults().withPalette(PaletteMode.FRAME);
        Files.write(file, GifTestSupport.encode(w, h, fresh, 10, frames));
        long argbBytes = 4L * (48 + 1) * w * h;
        // the decoder's ARGB frames do not fit in the bytes IndexedGif needs
        long budget = argbBytes / 3;
        assertThatThrownBy(() -> GifDecoder.read(file, budget / 4)).isInstanceOf(GifTooLargeException.class);
        IndexedGif gif = IndexedGif.read(file, budget);
        assertThat(gif.heldBytes()).isLessThanOrEqualTo(budget);
        DecodedGif decoded = GifDecoder.read(file);
        for (int i = 0; i < 48; i++) {
            assertThat(gif.frame(i)).isEqualTo(decoded.frames().get(i).argb());
        }
        // one byte less than it needs: refused as too large, saying what it would take
        assertThatThrownBy(() -> IndexedGif.read(file, gif.heldBytes() - 1))
                .isInstanceOfSatisfying(GifTooLargeException.class, e -> {
                    assertThat(e.neededBytes()).isEqualTo(gif.heldBytes());
                    assertThat(e.budgetBytes()).isEqualTo(gif.heldBytes() - 1);
                })
                // the need rounded up, the budget down: never "needs 0.2 MB, more than the budget of 0.2 MB"
                .hasMessage("GIF of 64x48 with 48 frames needs 0.1 MB to hold (1 byte a pixel), more than the"
                        + " budget of 0.0 MB");
        assertThatThrownBy(() -> IndexedGif.read(file, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the memory budget must be at least 1 byte, got 0");
    }

    @Test
    void aScreenBeyondJavasArraysIsSaidSoWhateverTheBudgetSoNoMemoryIsAdvised(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("huge.gif");
        Files.write(file, GifDecoderTest.claiming(65535, 65535, 1)); // 4294836225 pixels: no array holds the screen
        for (long budget : new long[] {1L << 28, 1L << 30, Long.MAX_VALUE}) {
            assertThatThrownBy(() -> IndexedGif.read(file, budget)).as("budget %d", budget)
                    .isInstanceOfSatisfying(GifTooLargeException.class,
                            e -> assertThat(e.moreMemoryWouldHelp()).isFalse())
                    .hasMessage("GIF logical screen 65535x65535 is 4294836225 pixels, more than a Java array holds"
                            + " (2147483639 pixels)");
        }
        // within an array but beyond the budget: measured against the budget, which more memory would raise
        Path large = dir.resolve("large.gif");
        Files.write(large, GifDecoderTest.claiming(16384, 16384, 1)); // a kept canvas of 4 bytes a pixel: 1 GB
        assertThatThrownBy(() -> IndexedGif.read(large, 1L << 28))
                .isInstanceOfSatisfying(GifTooLargeException.class, e -> {
                    assertThat(e.moreMemoryWouldHelp()).isTrue();
                    assertThat(e.budgetBytes()).isEqualTo(1L << 28);
                })
                .hasMessageStartingWith("GIF of 16384x16384 with 1 frame needs ")
                .hasMessageEndingWith(" to hold (1 byte a pixel), more than the budget of 256.0 MB");
    }
}
