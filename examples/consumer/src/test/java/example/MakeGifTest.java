package example;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MakeGifTest {
    /** The repository's own sample (Big Buck Bunny, CC-BY 3.0, Blender Foundation), two folders up. */
    private static final Path SAMPLE = Path.of("../../samples/bunny.webm");

    @Test
    void decodesTheVideoWithTheNativesMavenChoseAndWritesAGifThatImageIoReads(@TempDir Path dir) throws Exception {
        Path gif = dir.resolve("out.gif");
        var result = MakeGif.make(SAMPLE, gif);

        try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(gif))) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(result.gifFrames(), reader.getNumImages(true));
            // The sample is 1280x720; a third of it is 384x216 (0.3 of each side).
            assertEquals(384, reader.getWidth(0));
            assertEquals(216, reader.getHeight(0));
        }
        assertEquals(5, result.sampledFrames(), "0.5 s at 10 fps");
    }
}
