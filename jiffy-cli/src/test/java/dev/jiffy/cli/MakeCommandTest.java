package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeCommandTest {
    @TempDir
    Path dir;

    @Test
    void makesAGifOfTheExcerptAtTheRequestedSizeAndRate() throws IOException {
        Path out = dir.resolve("bird.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "0:04.5", "--to", "5.5", "--width", "320",
                "--fps", "12", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("wrote").contains("320x180").contains("12 frames");
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(320);
        assertThat(gif.height()).isEqualTo(180);
        assertThat(gif.loopCount()).isZero();
        assertThat(gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(100);
        BufferedImage first = ImageIO.read(out.toFile());
        assertThat(first.getWidth()).isEqualTo(320);
    }

    @Test
    void durationSpeedCropAndLoopAreApplied() throws IOException {
        Path out = dir.resolve("slow.gif");
        CliRun run = CliRun.of("make", CliRun.SAMPLE.toString(), "--from", "6", "--duration", "0.5", "--crop",
                "380,0,890,720", "--scale", "0.5", "--speed", "0.5", "--fps", "10", "--loop", "2", "-q",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(255);
        assertThat(gif.height()).isEqualTo(360);
        assertThat(gif.loopCount()).isEqualTo(2);
        assertThat(gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(100);
    }

    @Test
    void helpIsAvailableEverywhere() {
        for (String[] args : new String[][] {{"--help"}, {"make", "--help"}, {"probe", "--help"}, {"demo", "--help"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isZero();
            assertThat(run.out()).contains("Usage:");
        }
        assertThat(CliRun.of("make", "--help").out()).contains("--from").contains("--crop").contains("--fuzz");
    }

    @Test
    void probeDescribesTheVideo() {
        CliRun run = CliRun.of("probe", CliRun.SAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("vp8").contains("1280x720").contains("fps          24").contains("10 s");
    }

    @Test
    void demoWritesTheSeedsFilesAndATable() throws IOException {
        Path demo = dir.resolve("demo");
        CliRun run = CliRun.of("demo", demo.toString(), "--sample", CliRun.SAMPLE.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("use_your_head.gif").contains("kris_sven.gif").contains("bytes")
                .contains("Blender Foundation");
        assertThat(GifDecoder.read(demo.resolve("use_your_head.gif")).width()).isEqualTo(384);
        assertThat(GifDecoder.read(demo.resolve("kris_sven.gif")).width()).isEqualTo(255);
        assertThat(GifDecoder.read(demo.resolve("olaf.gif")).width()).isEqualTo(640);
        assertThat(Files.list(demo).count()).isEqualTo(DemoScenes.all().size());
    }
}
