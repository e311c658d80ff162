package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoopOptionsTest {
    @TempDir
    Path dir;

    private CliRun make(Path out, String... more) {
        String[] base = {"make", CliRun.SAMPLE.toString(), "--from", "5.4", "--to", "5.8", "--width", "160", "--fps", "10",
                "-q", "-o", out.toString()};
        String[] args = new String[base.length + more.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(more, 0, args, base.length, more.length);
        return CliRun.of(args);
    }

    private static int totalCs(DecodedGif gif) {
        return gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum();
    }

    @Test
    void boomerangDoublesTheLength() throws IOException {
        Path out = dir.resolve("b.gif");
        CliRun run = make(out, "--boomerang");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(totalCs(GifDecoder.read(out))).isEqualTo(80);
    }

    @Test
    void loopCrossfadeShortensByTheFade() throws IOException {
        Path out = dir.resolve("c.gif");
        CliRun run = make(out, "--loop-crossfade", "0.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(totalCs(GifDecoder.read(out))).isEqualTo(30);
    }

    @Test
    void freezeRegionKeepsThoseGifPixelsStill() throws IOException {
        Path out = dir.resolve("f.gif");
        CliRun run = make(out, "--freeze-region", "0,0,80,90", "--freeze-at", "0.1");
        assertThat(run.exitCode()).as(run.err()).isZero();
        DecodedGif gif = GifDecoder.read(out);
        int[] first = gif.frames().get(0).argb();
        for (DecodedFrame f : gif.frames()) {
            for (int y = 0; y < 90; y++) {
                for (int x = 0; x < 80; x++) {
                    assertThat(f.argb()[y * 160 + x]).isEqualTo(first[y * 160 + x]);
                }
            }
        }
    }

    @Test
    void blackAndWhiteHasNoColour() throws IOException {
        Path out = dir.resolve("bw.gif");
        CliRun run = make(out, "--bw");
        assertThat(run.exitCode()).as(run.err()).isZero();
        for (DecodedFrame f : GifDecoder.read(out).frames()) {
            for (int p : f.argb()) {
                int r = (p >> 16) & 0xFF;
                int g = (p >> 8) & 0xFF;
                int b = p & 0xFF;
                assertThat(Math.max(Math.abs(r - g), Math.abs(g - b))).isLessThanOrEqualTo(6);
            }
        }
    }

    @Test
    void badLoopOptionsAreUsageErrors() {
        Path out = dir.resolve("x.gif");
        CliRun tooLong = make(out, "--loop-crossfade", "0.3");
        assertThat(tooLong.exitCode()).isEqualTo(2);
        assertThat(tooLong.err()).contains("--loop-crossfade").contains("at most half the clip");
        CliRun outside = make(out, "--freeze-region", "0,0,500,10");
        assertThat(outside.exitCode()).isEqualTo(2);
        assertThat(outside.err()).contains("--freeze-region").contains("160x90");
        CliRun lonely = make(out, "--freeze-at", "0.1");
        assertThat(lonely.exitCode()).isEqualTo(2);
        assertThat(lonely.err()).contains("--freeze-at needs --freeze-region");
        CliRun both = make(out, "--boomerang", "--loop-crossfade", "0.1");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(Files.exists(out)).isFalse();
    }
}
