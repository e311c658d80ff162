package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A GIF input is held as palette indices, a byte a pixel: at a small heap (a child JVM at {@value #HEAP}, a quarter of
 * which holds the input), a GIF that holding as 4-byte pixels would not fit is made, and one that does not fit even
 * so is refused in one line saying what was too big and what heap would do.
 */
class GifInputMemoryTest {
    private static final String HEAP = "-Xmx96m";
    private static final int W = 480;
    private static final int H = 270;

    @TempDir
    Path dir;

    @Test
    void aGifThatFourBytesAPixelWouldNotFitInAQuarterOfTheHeapIsMade() throws Exception {
        // 60 frames of 480x270: 31 MB as 4-byte pixels (the old limit was a sixteenth of the heap in pixels, 6.3 M
        // pixels, 48 frames), 9.9 MB as indices and kept canvases: under the 24 MB quarter of 96 MB (the encoder's
        // palette look-ahead holds up to 32 MB of frames beside it)
        Path in = dir.resolve("in.gif");
        writeBands(in, 60);
        Path out = dir.resolve("out.gif");
        Child run = jiffy("make", in.toString(), "--colors", "16", "-o", out.toString());

        assertThat(run.exit).as(run.output).isZero();
        List<Integer> delays = GifInputTest.delays(out);
        assertThat(delays).hasSize(60).containsOnly(4);
    }

    @Test
    void aGifTooLargeForTheHeapIsOneLineSayingWhatAndWhichHeapWouldDo() throws Exception {
        // 160 frames of 480x270: 25 MB as indices and kept canvases, over the 24 MB quarter of 96 MB
        Path in = dir.resolve("big.gif");
        writeBands(in, 160);
        Path out = dir.resolve("out.gif");
        Child run = jiffy("make", in.toString(), "-o", out.toString());

        assertThat(run.exit).as(run.output).isEqualTo(1);
        assertThat(run.output.strip()).doesNotContain("\n").matches("jiffy: \\Q" + in + "\\E is too large for the"
                + " memory Java was given: GIF of 480x270 with 160 frames needs 2[0-9.]+ MB to hold \\(1 byte a pixel\\),"
                + " more than the budget of 2[0-9].[0-9] MB \\(a quarter of Java's 9[0-9] MB\\): give Java more"
                + " \\(JAVA_OPTS=-Xmx[0-9]+m\\)");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("big.gif");
        }
    }

    /** {@code frames} full-screen frames of moving bands (every row changes), 4 cs each. */
    private static void writeBands(Path file, int frames) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                GifWriter writer = GifWriter.create(out, W, H, GifOptions.defaults().withQuality(100))) {
            int[] argb = new int[W * H];
            for (int f = 0; f < frames; f++) {
                for (int y = 0; y < H; y++) {
                    int band = (y / 10 + f) % 16;
                    Arrays.fill(argb, y * W, (y + 1) * W, 0xFF000000 | band * 0x0F0F0F);
                }
                writer.addFrame(argb.clone(), (f + 1) * 0.04);
            }
        }
    }

    private record Child(int exit, String output) {
    }

    private Child jiffy(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), HEAP,
                "-cp", System.getProperty("java.class.path"), Jiffy.class.getName()));
        command.addAll(List.of(args));
        Path log = dir.resolve("child.log");
        Process child = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(5, TimeUnit.MINUTES)).as("jiffy make ended").isTrue();
            return new Child(child.exitValue(), Files.readString(log));
        } finally {
            child.destroyForcibly();
            Files.delete(log);
        }
    }
}
