package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.TestClips;
import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifFileNameTest {
    @TempDir
    Path dir;

    private final Clip clip = TestClips.numbered(8, 6, 10, 3);

    @Test
    void aGifIsNotWrittenUnderAnotherFormatsName() throws IOException {
        for (String name : new String[] {"x.png", "x.PNG", "x.webp", "x.mp4", "x.jpg", "x.webm"}) {
            assertThatThrownBy(() -> clip.writeGif(dir.resolve(name)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("the output " + dir.resolve(name))
                    .hasMessageContaining("name it x.gif");
        }
        try (var files = Files.list(dir)) {
            assertThat(files).as("nothing written, not even a temporary file").isEmpty();
        }
    }

    @Test
    void aPngNameSaysHowToWriteOneFrameAsPng() {
        assertThatThrownBy(() -> clip.writeGif(dir.resolve("frame.png").toString()))
                .hasMessageContaining("saveFrame");
    }

    @Test
    void gifUnknownAndMissingExtensionsAreWritten() throws IOException {
        for (String name : new String[] {"a.gif", "b.GIF", "c", "d.anim", ".hidden"}) {
            Path out = dir.resolve(name);
            clip.writeGif(out);
            assertThat(GifDecoder.read(out).frames()).as(name).hasSize(3);
        }
    }
}
