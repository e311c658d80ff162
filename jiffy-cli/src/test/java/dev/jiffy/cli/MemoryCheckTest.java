package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.JiffyException;
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
    void a4kGifInTheLaunchersHeapIsRefusedWithAWidthThatFitsAndTheHeapThatWould() {
        assertThatThrownBy(() -> MemoryCheck.require(new Size(3840, 2160), 256 * MB))
                .isInstanceOf(JiffyException.class)
                .hasMessage("a 3840x2160 GIF needs about 815 MB of memory but Java may use 256 MB: make it smaller"
                        + " (--width 2070 fits) or give Java more (JAVA_OPTS=-Xmx1g)");
        assertThatCode(() -> MemoryCheck.require(new Size(2070, 1164), 256 * MB)).doesNotThrowAnyException();
        assertThatCode(() -> MemoryCheck.require(new Size(1280, 720), 256 * MB)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MemoryCheck.require(new Size(30000, 30000), 4096 * MB))
                .hasMessageEndingWith("(JAVA_OPTS=-Xmx84g)");
    }

    @Test
    void makeRefusesAGifTooLargeForTheHeapBeforeDecodingAnything() {
        // 25600x14400: 37 GB by the estimate, more than any test JVM's heap
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--to", "0.2", "--scale", "20", "-o",
                dir.resolve("big.gif").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().lines().toList()).singleElement().asString()
                .startsWith("jiffy: a 25600x14400 GIF needs about ").contains("--width ").contains("JAVA_OPTS=-Xmx");
        assertThat(dir.resolve("big.gif")).doesNotExist();
    }

    @Test
    void anOutOfMemoryErrorThatStillHappensEndsInOneLineAndExitOne() throws IOException, InterruptedException {
        // 1536x864 passes the check in a 160 MB heap (157 MB estimated) but needs about 210 MB with two cores' workers
        Path out = dir.resolve("out.gif");
        Path err = dir.resolve("err.txt");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:ActiveProcessorCount=2", "-cp", System.getProperty("java.class.path"),
                Jiffy.class.getName(), "make", CliRun.SAMPLE.toString(), "--to", "2", "--scale", "1.2", "-o",
                out.toString());
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(err.toFile()).start();
        int code = p.waitFor();
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        assertThat(code).as(stderr).isEqualTo(1);
        assertThat(stderr.lines().filter(l -> !l.isBlank()).toList()).as(stderr).singleElement().asString()
                .startsWith("jiffy: out of memory (Java may use ").contains("--width").contains("JAVA_OPTS=-Xmx");
        assertThat(out).doesNotExist();
    }
}
