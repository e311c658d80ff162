package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.image.Frame;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiffy frame}: one frame of the excerpt the options describe, or one line saying what is wrong. */
class FrameCommandTest {
    @TempDir
    Path dir;

    @Test
    void theFrameAtATimeOfTheExcerpt() throws IOException {
        Path png = dir.resolve("frame.png");
        CliRun run = CliRun.of("frame", CliRun.SAMPLE.toString(), "--from", "4", "--at", "0.5", "--scale", "0.25",
                "-o", png.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("frame.png: 320x180");
        Frame written = Frame.fromImage(ImageIO.read(png.toFile()));
        try (VideoFileClip video = VideoFileClip.open(CliRun.SAMPLE)) {
            assertThat(written).isEqualTo(video.subclip(4.5).resize(0.25).frame(0));
        }
    }

    @Test
    void cropAndJpegAndTimesFromTheEnd() throws IOException {
        Path jpg = dir.resolve("corner.jpg");
        CliRun run = CliRun.of("frame", CliRun.SAMPLE.toString(), "--crop", "100,50,420,290", "--at", "-1", "-q",
                "-o", jpg.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        var image = ImageIO.read(jpg.toFile());
        assertThat(image.getWidth()).isEqualTo(320);
        assertThat(image.getHeight()).isEqualTo(240);
    }

    @Test
    void aTimeOutsideTheExcerpt() throws IOException {
        assertFailure(frame("--from", "8", "--at", "3"), 2, "--at 3 s is outside the excerpt, which lasts 2 s");
        assertFailure(frame("--at", "-11"), 2, "--at -11 s is outside the excerpt");
        assertFailure(frame("--at", "soon"), 2, "'soon' is not a time");
    }

    @Test
    void aNameWithoutAPictureFormat() throws IOException {
        assertFailure(CliRun.of("frame", CliRun.SAMPLE.toString(), "-o", dir.resolve("frame.gif").toString()), 2,
                "use a .png, .jpg or .bmp name");
    }

    @Test
    void noOutput() throws IOException {
        assertFailure(CliRun.of("frame", CliRun.SAMPLE.toString()), 2, "-o");
    }

    @Test
    void aMissingVideo() throws IOException {
        assertFailure(CliRun.of("frame", dir.resolve("nope.mp4").toString(), "-o", dir.resolve("f.png").toString()),
                1, "nope.mp4");
    }

    @Test
    void neverOverwritesSomethingThatIsNotAPicture() throws IOException {
        Path notes = dir.resolve("notes.png");
        Files.writeString(notes, "my notes");
        assertFailure(CliRun.of("frame", CliRun.SAMPLE.toString(), "-o", notes.toString()), 1, "refusing to overwrite");
        assertThat(Files.readString(notes)).isEqualTo("my notes");
    }

    private CliRun frame(String... options) {
        return CliRun.of(Stream.concat(Stream.of("frame", CliRun.SAMPLE.toString(), "-o",
                dir.resolve("f.png").toString()), Stream.of(options)).toArray(String[]::new));
    }

    private void assertFailure(CliRun run, int code, String fragment) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(run.err().lines().findFirst().orElse("")).contains(fragment);
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.equals("f.png") || n.endsWith(".part"));
        }
    }
}
