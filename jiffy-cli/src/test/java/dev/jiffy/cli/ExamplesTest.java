package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The single-file programs in examples/ that the README tells users to run with jiffy run. */
class ExamplesTest {
    private static final Path EXAMPLES = Path.of("..", "examples");

    @TempDir
    Path cache;

    @Test
    void everyExampleCompilesAgainstTodaysApiAndRunsItsNamesakeClass() throws IOException {
        List<Path> examples;
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            examples = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(examples).hasSizeGreaterThanOrEqualTo(9);
        for (Path example : examples) {
            CompiledProgram compiled = CompiledProgram.of(example, cache);
            assertThat(compiled.mainClass()).isEqualTo(example.getFileName().toString().replace(".java", ""));
            assertThat(compiled.classes().resolve(compiled.mainClass() + ".class")).exists();
        }
    }

    @Test
    void theBundledSampleIsFoundWhereTheLauncherSaysJiffyLivesNotInTheCurrentFolder() {
        // The tests run in jiffy-cli/, where samples/bunny.webm is not: only jiffy.home can find it.
        assertThat(Path.of("samples", "bunny.webm")).doesNotExist();
        assertThat(BundledSample.path()).isEqualTo(Path.of(System.getProperty("jiffy.home"), "samples", "bunny.webm"))
                .isRegularFile();
    }
}
