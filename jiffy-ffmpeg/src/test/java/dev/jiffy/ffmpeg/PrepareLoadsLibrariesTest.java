package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link FfmpegProvider#prepare()} loads FFmpeg's native libraries, so that loading them ahead of time (while the
 * command line is read) takes that work off the way to the first frame. Checked in a JVM of its own, where nothing
 * else has loaded them yet: in the tests' shared JVM another test may already have. Linux only: a process's mapped
 * libraries are read from {@code /proc/self/maps}.
 */
class PrepareLoadsLibrariesTest {
    @TempDir
    Path dir;

    /** Run in the child JVM: prepares (or not, as its argument says), then prints the FFmpeg libraries mapped. */
    public static final class Child {
        public static void main(String[] args) throws IOException {
            if (args[0].equals("prepare")) {
                new FfmpegProvider().prepare();
            }
            for (String library : List.of("libavformat", "libavcodec", "libswscale")) {
                boolean mapped = Files.readAllLines(Path.of("/proc/self/maps")).stream()
                        .anyMatch(line -> line.contains("/" + library));
                System.out.println(library + " " + (mapped ? "mapped" : "absent"));
            }
        }
    }

    private String child(String what) throws IOException, InterruptedException {
        Path log = dir.resolve(what + ".log");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Child.class.getName(), what)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            assertThat(child.waitFor(2, TimeUnit.MINUTES)).as("the child JVM ended").isTrue();
            assertThat(child.exitValue()).as(Files.readString(log)).isZero();
            return Files.readString(log);
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void prepareMapsTheLibrariesThatOpeningAVideoNeeds() throws Exception {
        assumeTrue(Files.isReadable(Path.of("/proc/self/maps")), "needs Linux's /proc/self/maps");
        assertThat(child("nothing")).as("a JVM that has not prepared")
                .contains("libavformat absent", "libavcodec absent", "libswscale absent");
        assertThat(child("prepare")).as("after prepare()")
                .contains("libavformat mapped", "libavcodec mapped", "libswscale mapped");
    }
}
