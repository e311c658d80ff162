package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    @TempDir
    Path dir;

    /** A user's program: Jiffy on its class path, the arguments it was given, a GIF written. */
    private static final String PROGRAM = """
            import dev.jiffy.clip.FunctionClip;
            import dev.jiffy.image.Frame;
            import dev.jiffy.image.Size;
            import dev.jiffy.render.GifExport;
            import java.nio.file.Path;

            class Tiny {
                public static void main(String[] args) {
                    var clip = FunctionClip.of(new Size(WIDTH, 6), 1.0, t -> Frame.filled(WIDTH, 6, 0xFF000000 | (int) (t * 200)));
                    clip.writeGif(Path.of(args[0]), GifExport.fps(Integer.parseInt(args[1])));
                }
            }
            """;

    private Path program(int width) throws IOException {
        return Files.writeString(dir.resolve("Tiny.java"), PROGRAM.replace("WIDTH", Integer.toString(width)));
    }

    private List<Path> classFiles(Path cache) throws IOException {
        try (Stream<Path> s = Files.walk(cache)) {
            return s.filter(p -> p.toString().endsWith(".class")).toList();
        }
    }

    @Test
    void compilesOnceAndRunsTheCachedClassesWhileTheSourceIsUnchanged() throws IOException {
        Path cache = dir.resolve("cache");
        Path source = program(8);
        Path gif = dir.resolve("tiny.gif");

        CliRun first = CliRun.of("run", "--cache-dir", cache.toString(), source.toString(), gif.toString(), "--5");
        assertThat(first.exitCode()).as(first.err()).isEqualTo(Jiffy.USAGE);   // "--5" reaches the program: not a number
        assertThat(first.err()).contains("--5");

        CliRun run = CliRun.of("run", "--cache-dir", cache.toString(), source.toString(), gif.toString(), "5");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(GifDecoder.read(gif).width()).isEqualTo(8);
        assertThat(GifDecoder.read(gif).frames()).hasSize(5);
        List<Path> compiled = classFiles(cache);
        assertThat(compiled).hasSize(1);
        Object fileKey = Files.readAttributes(compiled.get(0), BasicFileAttributes.class).fileKey();

        Files.delete(gif);
        assertThat(CliRun.of("run", "--cache-dir", cache.toString(), source.toString(), gif.toString(), "5").exitCode())
                .isZero();
        assertThat(GifDecoder.read(gif).frames()).hasSize(5);
        assertThat(classFiles(cache)).containsExactlyElementsOf(compiled);
        assertThat(Files.readAttributes(compiled.get(0), BasicFileAttributes.class).fileKey())
                .as("the same class file, not compiled again").isEqualTo(fileKey);

        program(12);   // an edit: compiled again, into its own entry
        assertThat(CliRun.of("run", "--cache-dir", cache.toString(), source.toString(), gif.toString(), "5").exitCode())
                .isZero();
        assertThat(GifDecoder.read(gif).width()).isEqualTo(12);
        assertThat(classFiles(cache)).hasSize(2);
    }

    @Test
    void aProgramThatDoesNotCompileIsReportedWithJavacsMessages() throws IOException {
        Path source = Files.writeString(dir.resolve("Broken.java"), "class Broken { void f() { int x = \"no\"; } }\n");
        CliRun run = CliRun.of("run", "--cache-dir", dir.resolve("cache").toString(), source.toString());
        assertThat(run.exitCode()).isEqualTo(Jiffy.USAGE);
        assertThat(run.err()).contains("Broken.java does not compile").contains("Broken.java:1: incompatible types");
        assertThat(classFiles(dir.resolve("cache"))).isEmpty();
    }
}
