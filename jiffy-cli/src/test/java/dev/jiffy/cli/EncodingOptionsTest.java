package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.Dither;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.PaletteMode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EncodingOptionsTest {
    @TempDir
    Path dir;

    private CliRun make(Path out, String... extra) {
        String[] base = {"make", CliRun.SAMPLE.toString(), "--from", "2", "--duration", "0.5", "--width", "96",
                "--fps", "8", "-q", "-o", out.toString()};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliRun.of(args);
    }

    @Test
    void lowerQualityMakesSmallerFiles() throws IOException {
        Path best = dir.resolve("best.gif");
        Path low = dir.resolve("low.gif");
        assertThat(make(best, "--quality", "100").exitCode()).isZero();
        CliRun run = make(low, "--quality", "20");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(low)).isLessThan(Files.size(best));
        assertThat(GifDecoder.read(low).width()).isEqualTo(96);
    }

    @Test
    void qualityMapsOntoTheEncodersOptionsAndExpertOptionsWin() {
        GifOptions base = GifOptions.defaults().withLoopCount(3);
        assertThat(QualityMapping.DEFAULT_QUALITY).isEqualTo(dev.jiffy.gif.GifQuality.DEFAULT);
        assertThat(QualityMapping.forQuality(base, QualityMapping.DEFAULT_QUALITY)).isEqualTo(base);
        assertThat(QualityMapping.forQuality(base, 100).lossy()).isZero();
        assertThat(QualityMapping.forQuality(base, 1).loopCount()).isEqualTo(3);
        for (int q = 2; q <= 100; q++) {   // higher quality never has fewer colours, nor more loss with the same palettes
            GifOptions a = QualityMapping.forQuality(base, q - 1);
            GifOptions b = QualityMapping.forQuality(base, q);
            assertThat(b.maxColors()).isGreaterThanOrEqualTo(a.maxColors());
            if (a.palette() == b.palette()) {
                assertThat(b.lossy()).isLessThanOrEqualTo(a.lossy());
            }
            assertThat(b.palette()).isEqualTo(q == 100 ? PaletteMode.FRAME
                    : q >= 75 ? PaletteMode.SCENE_OR_FRAME : PaletteMode.AUTO);
        }
        EncodingOptions o = new EncodingOptions();
        o.colors = 64;
        o.fuzz = 0.5;
        o.dither = Dither.NONE;
        o.lossy = 3;
        o.palette = PaletteMode.GLOBAL;
        GifOptions g = o.apply(base, 10);
        assertThat(g.palette()).isEqualTo(PaletteMode.GLOBAL);
        assertThat(g.maxColors()).isEqualTo(64);
        assertThat(g.fuzzPercent()).isEqualTo(0.5);
        assertThat(g.dither()).isEqualTo(Dither.NONE);
        assertThat(g.lossy()).isEqualTo(3);
        assertThat(new EncodingOptions().apply(base)).isEqualTo(base);
    }

    @Test
    void lossyMakesSmallerFiles() throws IOException {
        Path exact = dir.resolve("exact.gif");
        Path lossy = dir.resolve("lossy.gif");
        assertThat(make(exact, "--lossy", "0").exitCode()).isZero();
        CliRun run = make(lossy, "--lossy", "80");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.size(lossy)).isLessThan(Files.size(exact));
        assertThat(make(dir.resolve("x.gif"), "--lossy", "201").err()).contains("--lossy").contains("0-200");
    }

    @Test
    void everyPaletteModeWorksAndGlobalWritesOneColourTable() throws IOException {
        for (String mode : new String[] {"frame", "auto", "global"}) {
            Path out = dir.resolve(mode + ".gif");
            CliRun run = make(out, "--palette", mode);
            assertThat(run.exitCode()).as(run.err()).isZero();
            DecodedGif gif = GifDecoder.read(out);
            assertThat(gif.frames()).as(mode).hasSize(4);
            if (mode.equals("global")) {
                assertThat(gif.frames().subList(1, 4)).noneMatch(DecodedFrame::hasLocalPalette);
            }
        }
        // scenes sharing palettes cost fewer bytes than a palette per frame, the reason qualities below 75 use them
        assertThat(Files.size(dir.resolve("auto.gif"))).isLessThan(Files.size(dir.resolve("frame.gif")));
    }

    @Test
    void expertOptionsAreAccepted() {
        CliRun run = make(dir.resolve("x.gif"), "--colors", "32", "--dither", "NONE", "--fuzz", "2", "--palette", "frame");
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    @Test
    void badValuesAreOneLineUsageErrors() {
        String[][] bad = {{"--quality", "0"}, {"--quality", "101"}, {"--colors", "1"}, {"--fuzz", "150"},
                {"--palette", "sometimes"}};
        for (String[] b : bad) {
            CliRun run = make(dir.resolve("bad.gif"), b);
            assertThat(run.exitCode()).as(String.join(" ", b)).isEqualTo(2);
            assertThat(run.err()).startsWith("jiffy: ").contains(b[0]);
        }
        assertThat(Files.exists(dir.resolve("bad.gif"))).isFalse();
    }

    @Test
    void helpListsTheEncodingOptions() {
        assertThat(CliRun.of("make", "--help").out()).contains("--quality").contains("--colors").contains("--dither")
                .contains("--fuzz").contains("--lossy").contains("--palette").contains("--max-size").contains("--target");
    }
}
