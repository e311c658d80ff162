package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A null argument to the clip API is a NullPointerException that names the parameter, not a bare one from inside. */
class NullArgumentsTest {
    private final Clip clip = TestClips.numbered(4, 3, 10, 5);

    @Test
    void eachNullIsNamed() {
        assertThatThrownBy(() -> VideoFileClip.open((Path) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("file");
        assertThatThrownBy(() -> VideoFileClip.open((String) null)).hasMessage("file");
        assertThatThrownBy(() -> ImageSequenceClip.of((Path) null, 10)).hasMessage("folder");
        assertThatThrownBy(() -> clip.writeGif((Path) null)).hasMessage("file");
        assertThatThrownBy(() -> clip.writeGif(Path.of("x.gif"), null)).hasMessage("export");
        assertThatThrownBy(() -> clip.resize((Size) null)).hasMessage("size");
        assertThatThrownBy(() -> clip.crop((Crop) null)).hasMessage("region");
        assertThatThrownBy(() -> clip.withMask((Mask) null)).hasMessage("mask");
        assertThatThrownBy(() -> clip.withMask((MaskClip) null)).hasMessage("mask");
        assertThatThrownBy(() -> clip.withPosition((Position) null)).hasMessage("position");
        assertThatThrownBy(() -> clip.withFps(null)).hasMessage("fps");
        assertThatThrownBy(() -> clip.fx(null)).hasMessage("effect");
        assertThatThrownBy(() -> clip.subclip(null, "1")).hasMessage("start");
    }
}
