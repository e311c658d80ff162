package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SizeTargetTest {
    @TempDir
    Path dir;

    @Test
    void fitsUnderTheLimitAndSaysWhatItChose() throws IOException {
        Path out = dir.resolve("fit.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "1", "--width", "160",
                "--fps", "10", "--max-size", "40KB", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out).contains("fitted under 40.0 KB: quality ").contains(" fps, ");
        assertThat(Files.size(out)).isLessThanOrEqualTo(40_000);
        assertThat(GifDecoder.read(out).frames()).isNotEmpty();
        assertNoLeftovers();
    }

    @Test
    void keepsTheRequestedSettingsWhenTheyAlreadyFit() throws IOException {
        Path out = dir.resolve("fit.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "0.5", "--width", "64",
                "--fps", "6", "--target", "discord", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("fitted under 10.00 MB: quality 100, 6 fps, 64x36").contains("; 2 tries in");
        assertThat(GifDecoder.read(out).width()).isEqualTo(64);
    }

    @Test
    void anExplicitQualityIsTheMostItUses() throws IOException {
        Path out = dir.resolve("q.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "0.5", "--width", "64",
                "--fps", "6", "--quality", "70", "--max-size", "10MB", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("quality 70, 6 fps").contains("; 1 tries in");
    }

    @Test
    void lowersFrameRateAndSizeWhenQualityIsNotEnough() throws IOException {
        Path out = dir.resolve("small.gif");
        // 6 KB: since low qualities halve the palette, quality alone fits this second under 10 KB at 160 px, 12 fps
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "1", "--width", "160",
                "--fps", "12", "--max-size", "6KB", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(out)).isLessThanOrEqualTo(6_000);
        var gif = GifDecoder.read(out);
        assertThat(gif.width()).isLessThan(160);
    }

    @Test
    void failsClearlyWhenNothingFits() throws IOException {
        Path out = dir.resolve("never.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "0.5", "--width", "64",
                "--fps", "6", "--max-size", "300B", "-o", out.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).startsWith("jiffy: cannot fit under 300 B").contains("--duration");
        assertThat(Files.exists(out)).isFalse();
        assertNoLeftovers();
    }

    @Test
    void unknownTargetsListTheKnownOnes() {
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--duration", "0.5", "--target", "myspace",
                "-o", dir.resolve("x.gif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("unknown --target 'myspace'").contains("discord (10.00 MB)");
    }

    private void assertNoLeftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).allMatch(n -> !n.startsWith("."));
        }
    }
}
