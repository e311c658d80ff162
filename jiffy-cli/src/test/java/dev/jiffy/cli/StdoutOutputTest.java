package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StdoutOutputTest {
    @TempDir
    Path dir;

    @Test
    void dashWritesTheGifToStandardOutputAndTheReportToStandardError() throws IOException {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        int code = Jiffy.run(new String[] {"make", CliRun.SAMPLE.toString(), "--from", "4.6", "--to", "5.1",
                "--width", "160", "--fps", "10", "-o", "-"}, new PrintWriter(out, true), new PrintWriter(err, true), stdout);

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).as("text on standard output would corrupt the GIF").isEmpty();
        assertThat(err.toString()).startsWith("wrote to standard output: 160x90, ").doesNotContain("stdout.gif");
        Path gif = Files.write(dir.resolve("piped.gif"), stdout.toByteArray());
        DecodedGif decoded = GifDecoder.read(gif);
        assertThat(decoded.width()).isEqualTo(160);
        assertThat(decoded.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(50);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(gif);
        }
        assertThat(Path.of("-")).as("no file named -").doesNotExist();
    }

    @Test
    void aFailureSendsNothing() {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter err = new StringWriter();
        int code = Jiffy.run(new String[] {"make", dir.resolve("missing.mp4").toString(), "-o", "-"},
                new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), stdout);
        assertThat(code).isEqualTo(1);
        assertThat(stdout.size()).isZero();
        assertThat(err.toString()).contains("missing.mp4");
    }
}
