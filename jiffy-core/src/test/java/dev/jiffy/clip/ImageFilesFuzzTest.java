package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.jiffy.MediaException;
import dev.jiffy.image.Frame;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Any bytes in a frame folder's picture either read as a frame of the size its header promised, or fail with a
 * one-line {@link MediaException}: never another exception, never an {@link OutOfMemoryError} (the header is checked
 * against the pixel budget before decoding). Seeds: {@code ImageFilesFuzzTestInputs/anyPicture} (small PNGs and
 * JPEGs, a truncated one, and a header claiming 30000x30000).
 */
class ImageFilesFuzzTest {
    @FuzzTest(maxDuration = "10s")
    void anyPicture(byte[] bytes) throws IOException {
        Path folder = Files.createTempDirectory("jiffy-fuzz");
        Path file = folder.resolve(bytes.length > 2 && bytes[0] == (byte) 0xFF ? "f.jpg" : "f.png");
        try {
            Files.write(file, bytes);
            ImageSequenceClip clip;
            try {
                clip = ImageSequenceClip.of(folder, 10);
            } catch (MediaException e) {
                assertThat(e.getMessage()).contains(file.toString());
                return;
            }
            assertThat(clip.size().pixels()).isLessThanOrEqualTo(ImageFiles.MAX_PIXELS);
            try {
                Frame frame = clip.frame(0);
                assertThat(frame.size()).isEqualTo(clip.size());
            } catch (MediaException e) {
                assertThat(e.getMessage()).contains(file.toString());
            }
        } finally {
            try {
                Files.deleteIfExists(file);
                Files.deleteIfExists(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
