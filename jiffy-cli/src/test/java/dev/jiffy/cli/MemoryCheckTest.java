package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.JiffyException;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Running out of memory is said in one line, before rendering where it can be foreseen and after where not. */
class MemoryCheckTest {
    private static final long MB = 1L << 20;

    @TempDir
    Path dir;

    @Test
    void a4kGifInA256MbHeapIsRefusedWithAWidthThatFitsAndTheHeapThatWould() {
        assertThatThrownBy(() -> MemoryCheck.require(new Size(3840, 2160), 256 * MB))
                .isInstanceOf(JiffyException.class)
                .hasMessage("a 3840x2160 GIF needs about 279 MB of memory but Java may use 256 MB: make it smaller"
                        + " (--width 3200 fits) or give Java more (JAVA_OPTS=-Xmx512m)");
        // the width offered leaves a tenth of the heap, as the estimate is fitted below what runs took: 10 px wider
        // would not, and widths up to the estimate's limit (3550) are still let in, not refused
        assertThat(MemoryCheck.need(3200L * 1800)).isLessThanOrEqualTo((long) (0.9 * 256 * MB));
        assertThat(MemoryCheck.need(3210L * 1806)).isGreaterThan((long) (0.9 * 256 * MB));
        assertThatCode(() -> MemoryCheck.require(new Size(3550, 1997), 256 * MB)).doesNotThrowAnyException();
        assertThatCode(() -> MemoryCheck.require(new Size(3840, 2160), 288 * MB)).doesNotThrowAnyException();
        assertThatCode(() -> MemoryCheck.require(new Size(1280, 720), 256 * MB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemoryCheck.require(new Size(30000, 30000), 4096 * MB))
                .hasMessageEndingWith("(JAVA_OPTS=-Xmx17g)");
    }

    /**
     * Background removal's own memory is counted: the masks of a 1920x1080 clip made beside the render (a window of
     * frames per thread, the analyses kept) take the render to over 400 MB, more than a 256 MB heap, whatever the GIF
     * alone needs; the check says so before the background is looked for, with a width that fits it.
     */
    @Test
    void backgroundRemovalsOwnNeedIsCountedBeforeItStarts() {
        BackgroundRemoval removal = BackgroundRemoval.of(
                FunctionClip.of(new Size(1920, 1080), 4, t -> Frame.filled(1920, 1080, 0xFF808080))
                        .withFps(10));
        assertThatCode(() -> MemoryCheck.require(new Size(1920, 1080), 256 * MB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemoryCheck.require(new Size(1920, 1080), removal, 256 * MB))
                .isInstanceOf(JiffyException.class)
                .hasMessageStartingWith("a 1920x1080 GIF with its background removed needs about ")
                .hasMessageContaining("but Java may use 256 MB: make it smaller (--width ")
                .hasMessageContaining("JAVA_OPTS=-Xmx");
        long need = MemoryCheck.need(new Size(1920, 1080), removal, 256 * MB);
        assertThat(need).isGreaterThan(MemoryCheck.need(1920L * 1080) + 100 * MB);
        assertThatCode(() -> MemoryCheck.require(new Size(1920, 1080), removal, 4096 * MB)).doesNotThrowAnyException();
    }

    @Test
    void aNeedJustAboveTheHeapNeverReadsAsTheSameNumberOfMegabytes() {
        // a 1x1 GIF needs 24 MB and 140 bytes: 100 bytes fewer than that are both "24 MB" when both are rounded down
        long need = MemoryCheck.need(1);
        assertThatThrownBy(() -> MemoryCheck.require(new Size(1, 1), need - 100))
                .hasMessage("a 1x1 GIF needs about 25 MB of memory but Java may use 24 MB: give Java more"
                        + " (JAVA_OPTS=-Xmx256m)");
        assertThatCode(() -> MemoryCheck.require(new Size(1, 1), need)).doesNotThrowAnyException();
    }

    @Test
    void makeRefusesAGifTooLargeForTheHeapBeforeDecodingAnything() {
        // 51200x28800: 28 GB by the estimate, more than any test JVM's heap
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--to", "0.2", "--scale", "40", "-o",
                dir.resolve("big.gif").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("jiffy: a 51200x28800 GIF needs about ").contains("--width ").contains("JAVA_OPTS=-Xmx");
        assertThat(dir.resolve("big.gif")).doesNotExist();
    }

    /** A 10000x10000 black PNG (100 megapixels, under the reading budget) in about 300 KB. */
    private static void writeHugePng(Path file) throws IOException {
        java.io.ByteArrayOutputStream idat = new java.io.ByteArrayOutputStream();
        try (java.util.zip.DeflaterOutputStream z = new java.util.zip.DeflaterOutputStream(idat)) {
            byte[] row = new byte[1 + 3 * 10_000]; // filter byte 0, then RGB
            for (int y = 0; y < 10_000; y++) {
                z.write(row);
            }
        }
        java.nio.ByteBuffer ihdr = java.nio.ByteBuffer.allocate(13).putInt(10_000).putInt(10_000)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(Files.newOutputStream(file))) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
            chunk(out, "IHDR", ihdr.array());
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(java.io.DataOutputStream out, String type, byte[] data) throws IOException {
        byte[] name = type.getBytes(StandardCharsets.US_ASCII);
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(name);
        crc.update(data);
        out.writeInt(data.length);
        out.write(name);
        out.write(data);
        out.writeInt((int) crc.getValue());
    }

    @Test
    void anOutOfMemoryErrorThatStillHappensEndsInOneLineAndExitOne() throws IOException, InterruptedException {
        // A 100x100 GIF passes the check in a 128 MB heap, but its one picture decodes to 100 megapixels (400 MB)
        // before it is scaled down: the check cannot foresee that, so Java runs out; picocli would print the trace.
        Path frames = Files.createDirectory(dir.resolve("frames"));
        writeHugePng(frames.resolve("f1.png"));
        Path out = dir.resolve("out.gif");
        Path err = dir.resolve("err.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx128m", "-cp", System.getProperty("java.class.path"), Jiffy.class.getName(), "make",
                frames.toString(), "--fps", "10", "--width", "100", "-o", out.toString());
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isEqualTo(1);
        assertThat(stderr.lines().filter(l -> !l.isBlank()).toList()).as(stderr).singleElement().asString()
                .startsWith("jiffy: out of memory (Java may use ").contains("--width")
                // twice the heap it had (128 MB less the JVM's survivor space), in a size one would type
                .endsWith("give Java more (JAVA_OPTS=-Xmx256m)");
        assertThat(out).doesNotExist();
    }
}
