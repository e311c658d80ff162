package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundOptionsTest {
    @TempDir
    Path dir;

    @Test
    void removesTheBackgroundBehindTheBird() throws IOException {
        Path out = dir.resolve("bird.gif");
        // the bird takes off at 8.8 s; from 9.3 s only the branch and sky are left: the background
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "8.2", "--to", "10", "--crop",
                "280,20,1080,640", "--scale", "0.25", "--fps", "4", "--remove-background",
                "--bg-times", "9.3,9.5,9.7,9.9", "--bg-min-size", "50", "--bg-blur", "1", "--bg-threshold", "1500",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).doesNotContain("camera");
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(200);
        double first = transparentFraction(gif.frames().get(0).argb());
        double last = transparentFraction(gif.frames().get(gif.frames().size() - 1).argb());
        assertThat(first).as("the bird is opaque, the sky around it transparent").isBetween(0.3, 0.95);
        assertThat(last).as("once the bird is gone").isGreaterThan(0.97);
    }

    @Test
    void settingsWithoutTheSwitchAndBadValuesAreUsageErrors() throws IOException {
        assertUsage(make("--bg-threshold", "900"), "--bg-threshold only applies with --remove-background");
        assertUsage(make("--bg-times", "1,2"), "--bg-times only applies with --remove-background");
        assertUsage(make("--bg-method", "SEED"), "--bg-method only applies with --remove-background");
        assertUsage(make("--remove-background", "--bg-method", "median"), "--bg-method");
        assertUsage(make("--remove-background", "--bg-min-size", "-3"), "must be a whole number, 0 or more, got -3");
        assertUsage(make("--remove-background", "--bg-blur", "soft"), "'soft' is not a number");
        assertUsage(make("--remove-background", "--bg-threshold", "0"), "must be a number above 0");
        assertUsage(make("--remove-background", "--bg-times", "1,zz"), "'zz' is not a time");
        assertUsage(make("--remove-background", "--from", "4", "--to", "5", "--bg-times", "4.5,6"),
                "--bg-times 6 s is outside the excerpt (4 s to 5 s)");
        assertThat(CliRun.of("make", "--help").out()).contains("--remove-background").contains("--bg-times")
                .contains("--bg-method").contains("FIGURES, SEED");
    }

    private CliRun make(String... more) {
        return CliRun.of(Stream.concat(Stream.of("make", CliRun.SAMPLE.toString(), "-o", dir.resolve("x.gif").toString()),
                Stream.of(more)).toArray(String[]::new));
    }

    private void assertUsage(CliRun run, String fragment) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        assertThat(run.err().lines().findFirst().orElse("")).contains(fragment);
        assertThat(run.err()).doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }

    private static double transparentFraction(int[] argb) {
        int clear = 0;
        for (int p : argb) {
            if (p >>> 24 == 0) {
                clear++;
            }
        }
        return (double) clear / argb.length;
    }
}
