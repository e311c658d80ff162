package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A background-removed GIF does not depend on the heap it was made in: any heap that can hold what the removal needs
 * makes the same bytes, and one that cannot is refused before anything is read, in one line.
 */
class BackgroundHeapTest {
    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    /**
     * README's bird (400x310), 1 s of the sample's 24 fps: 24 background frames. In 96 MB the estimate used to take
     * 20 of them (as many as the heap left room for) and in 512 MB all 24, so the two GIFs differed; now both take
     * the same frames.
     */
    @Test
    void theSameClipGivesTheSameGifInASmallAndALargeHeap() throws IOException, InterruptedException {
        Path small = dir.resolve("small.gif");
        Path large = dir.resolve("large.gif");
        assertThat(make("-Xmx96m", small)).isEmpty();
        assertThat(make("-Xmx512m", large)).isEmpty();
        assertThat(Files.readAllBytes(small)).isEqualTo(Files.readAllBytes(large));
        DecodedGif gif = GifDecoder.read(small);
        assertThat(gif.width()).isEqualTo(400);
        assertThat(gif.frames()).hasSize(10);
        int[] first = gif.frames().get(0).argb();
        long clear = java.util.Arrays.stream(first).filter(p -> p >>> 24 == 0).count();
        assertThat((double) clear / first.length).as("the sky transparent, the bird and branch not")
                .isBetween(0.3, 0.97);
    }

    /** Runs {@code jiffy make} on the bird in a JVM of its own with {@code heap}; returns what it printed on stderr. */
    private String make(String heap, Path out) throws IOException, InterruptedException {
        Path err = dir.resolve("err-" + heap + ".txt");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), heap, "-cp", System.getProperty("java.class.path"), Jiffy.class.getName()));
        command.addAll(List.of("make", CliRun.SAMPLE.toString(), "--from", "8.2", "--to", "9.2", "--crop",
                "280,20,1080,640", "--scale", "0.5", "--fps", "10", "--remove-background", "-q", "-o", out.toString()));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isZero();
        return stderr;
    }

    /**
     * A size this JVM's heap can render but not with its background removed (the removal's frames, analyses and
     * masks beside the render): refused in one line, exit code 1, before a frame is read, nothing written.
     */
    @Test
    void aHeapTooSmallForTheRemovalIsRefusedInOneLineWithWhatItNeeds() throws IOException {
        long heap = Runtime.getRuntime().maxMemory();
        int width = 0;
        for (int w = 1000; w <= 100_000 && width == 0; w += 500) {
            Size size = new Size(w, w * 9 / 16);
            BackgroundRemoval removal = BackgroundRemoval.of(
                    FunctionClip.of(size, 0.5, t -> Frame.filled(1, 1, 0)).withFps(24));
            // a tenth over, so that the command's own rounding of the height cannot bring it back under
            if (MemoryCheck.need(size.pixels()) <= heap && MemoryCheck.need(size, removal, heap) > heap * 1.1) {
                width = w;
            }
        }
        assertThat(width).as("a width the render alone fits in %d MB and the removal does not", heap / MB)
                .isPositive();
        Path out = dir.resolve("big.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--to", "0.5", "--width", Integer.toString(width),
                "--remove-background", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("jiffy: a " + width + "x")
                .contains(" GIF with its background removed needs about ")
                .contains("but Java may use " + heap / MB + " MB: make it smaller (--width ")
                .contains("JAVA_OPTS=-Xmx");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
