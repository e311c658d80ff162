package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every bad input gets one line saying what is wrong, the right exit code, and no file left behind. */
class BadInputTest {
    @TempDir
    Path dir;

    private CliRun make(String input, String... more) {
        String[] args = Stream.concat(Stream.of("make", input, "-o", dir.resolve("out.gif").toString()), Stream.of(more))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    private void assertFailure(CliRun run, int code, String... fragments) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        String firstLine = run.err().lines().findFirst().orElse("");
        for (String f : fragments) {
            assertThat(firstLine).contains(f);
        }
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.equals("out.gif") || n.endsWith(".part"));
        }
    }

    @Test
    void missingFile() throws IOException {
        assertFailure(make(dir.resolve("nope.mp4").toString()), 1, "nope.mp4");
    }

    @Test
    void aFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("clips"));
        assertFailure(make(folder.toString()), 1, "clips");
    }

    @Test
    void aTextFileNamedMp4() throws IOException {
        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "this is not a video\n".repeat(100));
        assertFailure(make(text.toString()), 1, "notes.mp4");
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path locked = dir.resolve("locked.webm");
        Files.copy(CliRun.SAMPLE, locked);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        // Root reads any file whatever its permissions: there the file is not unreadable, and the test says nothing.
        Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not stop reading");
        CliRun run = make(locked.toString(), "--to", "0.2");
        assertFailure(run, 1, "cannot read", "locked.webm", "permission denied");
    }

    @Test
    void aTruncatedVideoIsWrittenAsFarAsItGoesWithOneWarningGivingBothDurations() throws IOException {
        byte[] whole = Files.readAllBytes(CliRun.SAMPLE);
        Path half = dir.resolve("half.webm");
        Files.write(half, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun run = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> make(half.toString(), "--from", "3", "--to", "9", "--width", "160", "--fps", "5"));
        assertThat(run.exitCode()).as(run.err()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).as(run.err()).singleElement().asString()
                .matches("jiffy: warning: " + java.util.regex.Pattern.quote(half.toString())
                        + " ends at [0-9.]+ s, not at 10 s as its header says \\(the file is cut short\\): "
                        + "the GIF has the [0-9.]+ s there are");
        double gifSeconds = Double.parseDouble(lines.get(0).replaceAll(".*the GIF has the ([0-9.]+) s.*", "$1"));
        double endsAt = Double.parseDouble(lines.get(0).replaceAll(".* ends at ([0-9.]+) s.*", "$1"));
        assertThat(endsAt).isBetween(3.5, 8.0);
        // the excerpt starts at 3 s; the GIF ends within a frame (0.2 s at 5 fps) after the last picture
        assertThat(gifSeconds).isBetween(endsAt - 3 - 0.01, endsAt - 3 + 0.2 + 0.01);
        DecodedGif gif = GifDecoder.read(dir.resolve("out.gif"));
        assertThat(gif.totalDelayCentiseconds()).isEqualTo((int) Math.round(gifSeconds * 100));
        assertThat(run.out()).contains(String.format(java.util.Locale.ROOT, "%.2f s", gifSeconds));
    }

    @Test
    void fromNotBeforeTo() throws IOException {
        assertFailure(make(CliRun.SAMPLE.toString(), "--from", "5", "--to", "3"), 2, "--to 3 s must be after --from 5 s");
    }

    @Test
    void toPastTheEndSaysTheDuration() throws IOException {
        assertFailure(make(CliRun.SAMPLE.toString(), "--from", "5", "--to", "12.5"), 2, "12.5 s", "10 s");
        assertFailure(make(CliRun.SAMPLE.toString(), "--from", "8", "--duration", "5"), 2, "past the end", "10 s");
    }

    @Test
    void cropOutsideTheFrame() throws IOException {
        assertFailure(make(CliRun.SAMPLE.toString(), "--crop", "100,0,1400,720"), 2, "outside the 1280x720 frame");
        assertFailure(make(CliRun.SAMPLE.toString(), "--crop", "1,2,3"), 2, "X1,Y1,X2,Y2");
    }

    @Test
    void nonPositiveScaleAndFps() throws IOException {
        assertFailure(make(CliRun.SAMPLE.toString(), "--scale", "0"), 2, "--scale", "above 0");
        assertFailure(make(CliRun.SAMPLE.toString(), "--scale", "-0.5"), 2, "above 0");
        assertFailure(make(CliRun.SAMPLE.toString(), "--fps", "0"), 2, "--fps", "above 0");
        assertFailure(make(CliRun.SAMPLE.toString(), "--width", "abc"), 2, "--width");
    }

    @Test
    void badTimeText() throws IOException {
        assertFailure(make(CliRun.SAMPLE.toString(), "--from", "soon"), 2, "'soon' is not a time");
    }

    @Test
    void outputInAMissingFolder() throws IOException {
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--to", "0.5", "-o",
                dir.resolve("missing/out.gif").toString());
        assertFailure(run, 1, "does not exist");
    }

    @Test
    void outputInAReadOnlyFolder() throws IOException {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        Files.setPosixFilePermissions(readOnly, PosixFilePermissions.fromString("r-xr-xr-x"));
        // Root writes anywhere it likes; /sys refuses even root.
        Path target = Files.isWritable(readOnly) ? Path.of("/sys/jiffy-test.gif") : readOnly.resolve("out.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--to", "0.5", "-o", target.toString());
        assertFailure(run, 1, "cannot write");
        assertThat(Files.exists(target)).isFalse();
    }

    @Test
    void outputEqualToTheInputNeverTouchesTheInput() throws IOException {
        Path input = dir.resolve("in.webm");
        Files.copy(CliRun.SAMPLE, input);
        long before = Files.size(input);
        CliRun run = CliRun.of("make", input.toString(), "--to", "0.5", "-o", input.toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("is the input");
        assertThat(Files.size(input)).isEqualTo(before);
        assertThat(Files.readAllBytes(input)).isEqualTo(Files.readAllBytes(CliRun.SAMPLE));
    }

    @Test
    void missingOutputOptionAndUnknownOptionsAreUsageErrors() {
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--output");
        assertThat(CliRun.of("make", CliRun.SAMPLE.toString(), "-o", "x.gif", "--bogus").exitCode()).isEqualTo(2);
        assertThat(CliRun.of("frobnicate").exitCode()).isEqualTo(2);
    }

    @Test
    void debugShowsTheStackTrace() {
        CliRun run = CliRun.of("make", dir.resolve("nope.mp4").toString(), "-o", dir.resolve("x.gif").toString(), "--debug");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("\tat ");
    }
}
