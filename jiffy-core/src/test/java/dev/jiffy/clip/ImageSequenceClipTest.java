package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.MediaException;
import dev.jiffy.image.Size;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageSequenceClipTest {
    @TempDir
    Path dir;

    private void write(String name, int w, int h, int rgb) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, rgb);
            }
        }
        ImageIO.write(img, "png", dir.resolve(name).toFile());
    }

    @Test
    void framesPlayInNaturalOrderAtTheRate() throws IOException {
        write("f10.png", 4, 3, 0x0000FF);
        write("f2.png", 4, 3, 0x00FF00);
        write("f1.png", 4, 3, 0xFF0000);
        ImageSequenceClip clip = ImageSequenceClip.of(dir, 2);
        assertThat(clip.size()).isEqualTo(new Size(4, 3));
        assertThat(clip.duration()).isEqualTo(1.5);
        assertThat(clip.fps()).contains(dev.jiffy.time.FrameRate.of(2));
        assertThat(clip.files()).extracting(p -> p.getFileName().toString()).containsExactly("f1.png", "f2.png", "f10.png");
        assertThat(clip.frame(0).toArgbArray()[0] & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(clip.frame(0.49).toArgbArray()[0] & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(clip.frame(0.5).toArgbArray()[0] & 0xFFFFFF).isEqualTo(0x00FF00);
        assertThat(clip.frame(1.5).toArgbArray()[0] & 0xFFFFFF).isEqualTo(0x0000FF);   // the end shows the last frame
    }

    @Test
    void picturesAreReadOnlyWhenTheirFrameIsAskedFor() throws IOException {
        write("a1.png", 4, 3, 0xFF0000);
        write("a2.png", 4, 3, 0x00FF00);
        ImageSequenceClip clip = ImageSequenceClip.of(dir, 1);
        Files.writeString(dir.resolve("a2.png"), "spoilt after the clip was made");
        assertThat(clip.frame(0).toArgbArray()[0] & 0xFFFFFF).isEqualTo(0xFF0000);   // a2 not read yet
        assertThatThrownBy(() -> clip.frame(1)).isInstanceOf(MediaException.class).hasMessageContaining("a2.png");
    }

    /** 74 bytes: a PNG header claiming 30000x30000 RGB (2.7 GB of pixels) and a few bytes of image data. */
    private Path bomb(String name) throws IOException {
        try (var in = ImageSequenceClipTest.class.getResourceAsStream("claims-30000x30000.png")) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void aPictureBeyondThePixelBudgetIsRefusedFromItsHeader() throws IOException {
        bomb("huge.png");
        assertThatThrownBy(() -> ImageSequenceClip.of(dir, 1)).isInstanceOf(MediaException.class)
                .hasMessage("the image " + dir.resolve("huge.png") + " is 30000x30000 (900 megapixels), more than "
                        + "Jiffy reads (134 megapixels); scale it down");
        assertThatThrownBy(() -> ImageClip.read(dir.resolve("huge.png"))).isInstanceOf(MediaException.class)
                .hasMessageContaining("30000x30000 (900 megapixels)");
    }

    @Test
    void aPictureSwappedForAHugeOneAfterTheClipWasMadeIsRefusedToo() throws IOException {
        write("a1.png", 4, 3, 0xFF0000);
        ImageSequenceClip clip = ImageSequenceClip.of(dir, 1);
        Files.delete(dir.resolve("a1.png"));
        bomb("a1.png");
        assertThatThrownBy(() -> clip.frame(0)).isInstanceOf(MediaException.class).hasMessageContaining("900 megapixels");
    }

    @Test
    void anOddSizeIsNamed() throws IOException {
        write("a1.png", 4, 3, 0);
        write("a2.png", 5, 3, 0);
        assertThatThrownBy(() -> ImageSequenceClip.of(dir, 1)).isInstanceOf(MediaException.class)
                .hasMessageContaining("a2.png").hasMessageContaining("same size");
    }
}
