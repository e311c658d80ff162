package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.ImageSequenceClip;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSequenceInputTest {
    @TempDir
    Path dir;

    /** frame1..frame12.png, each one flat colour: grey level 20 * index, so the order can be read back. */
    private Path frames(int count, int width, int height) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("frames"));
        for (int i = 1; i <= count; i++) {
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            int g = 20 * i;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    img.setRGB(x, y, (g << 16) | (g << 8) | g);
                }
            }
            ImageIO.write(img, i % 2 == 0 ? "png" : "jpg", folder.resolve("frame" + i + (i % 2 == 0 ? ".png" : ".jpg")).toFile());
        }
        Files.writeString(folder.resolve("notes.txt"), "not a frame");
        return folder;
    }

    @Test
    void naturalOrder() {
        List<String> names = new ArrayList<>(List.of("frame10.png", "frame2.png", "Frame1.png", "frame002b.png", "a.png"));
        names.sort(ImageSequenceClip::compareNatural);
        assertThat(names).containsExactly("a.png", "Frame1.png", "frame2.png", "frame002b.png", "frame10.png");
    }

    @Test
    void makesAGifFromAFolderOfFramesInNaturalOrder() throws IOException {
        Path folder = frames(12, 40, 30);
        Path out = dir.resolve("seq.gif");
        CliRun run = CliRun.of("make", folder.toString(), "--fps", "10", "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("40x30").contains("12 frames");
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(40);
        assertThat(gif.frames()).hasSize(12);
        assertThat(gif.totalDelayCentiseconds()).isEqualTo(120);
        for (int i = 0; i < 12; i++) {
            int grey = gif.frames().get(i).argb()[15 * 40 + 20] & 0xFF;
            assertThat(grey).as("frame %d", i + 1).isBetween(20 * (i + 1) - 4, 20 * (i + 1) + 4);
        }
    }

    @Test
    void clipOptionsApplyToSequencesToo() throws IOException {
        Path folder = frames(12, 40, 30);
        Path out = dir.resolve("half.gif");
        CliRun run = CliRun.of("make", folder.toString(), "--fps", "10", "--from", "0.5", "--width", "20", "-q",
                "-o", out.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.width()).isEqualTo(20);
        assertThat(gif.frames()).hasSize(7);
    }

    @Test
    void aFolderNeedsFps() throws IOException {
        Path folder = frames(3, 8, 8);
        CliRun run = CliRun.of("make", folder.toString(), "-o", dir.resolve("x.gif").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--fps is needed").contains("folder");
    }

    @Test
    void framesOfAnotherSizeAreNamed() throws IOException {
        Path folder = frames(3, 8, 8);
        ImageIO.write(new BufferedImage(9, 8, BufferedImage.TYPE_INT_RGB), "png", folder.resolve("frame2b.png").toFile());
        CliRun run = CliRun.of("make", folder.toString(), "--fps", "5", "-o", dir.resolve("x.gif").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("frame2b.png").contains("9x8").contains("same size");
    }

    @Test
    void anEmptyFolderIsAClearError() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("make", empty.toString(), "--fps", "5", "-o", dir.resolve("x.gif").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("no PNG or JPEG files");
    }
}
