package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which command lines load FFmpeg ahead, before picocli has read them ({@code Jiffy.mayOpenVideo}). */
class MayOpenVideoTest {
    @TempDir
    Path dir;
    private String frames;
    private String gif;
    private String video;

    @BeforeEach
    void files() throws IOException {
        frames = Files.createDirectory(dir.resolve("frames")).toString();
        gif = Files.write(dir.resolve("in.gif"), "GIF89a and the rest".getBytes(StandardCharsets.US_ASCII)).toString();
        // any file that is not a GIF may be a video: FFmpeg decides what it can read
        video = Files.write(dir.resolve("clip.webm"), new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3}).toString();
    }

    @Test
    void makeOfFramesOrAGifDoesNot() {
        assertThat(Jiffy.mayOpenVideo("make", frames, "--fps", "10", "-o", dir.resolve("out.gif").toString()))
                .isFalse();
        assertThat(Jiffy.mayOpenVideo("make", gif, "-o", dir.resolve("out.gif").toString())).isFalse();
        assertThat(Jiffy.mayOpenVideo("make", "-o", gif, frames, "--fps", "10")).as("an existing GIF overwritten")
                .isFalse();
    }

    @Test
    void makeOfAVideoOrOfWhatCannotBeToldDoes() {
        assertThat(Jiffy.mayOpenVideo("make", video, "-o", dir.resolve("out.gif").toString())).isTrue();
        assertThat(Jiffy.mayOpenVideo("make", video, "-o", gif)).as("a video into an existing GIF").isTrue();
        assertThat(Jiffy.mayOpenVideo("make", dir.resolve("missing.mp4").toString(), "-o", "out.gif"))
                .as("a name that is not there yet: open() will say so").isTrue();
        assertThat(Jiffy.mayOpenVideo("make", gif, "--text-font", video)).as("another file: may be the input").isTrue();
    }

    @Test
    void theOtherVideoCommandsAlwaysDoAndTheRestNever() {
        assertThat(Jiffy.mayOpenVideo("probe", gif)).isTrue();
        assertThat(Jiffy.mayOpenVideo("frame", video, "--at", "1")).isTrue();
        assertThat(Jiffy.mayOpenVideo("batch", dir.resolve("jobs.csv").toString())).isTrue();
        assertThat(Jiffy.mayOpenVideo("demo")).isFalse();
        assertThat(Jiffy.mayOpenVideo("--help")).isFalse();
        assertThat(Jiffy.mayOpenVideo()).isFalse();
    }
}
