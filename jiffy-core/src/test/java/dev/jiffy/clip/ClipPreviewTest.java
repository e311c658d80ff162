package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.JiffyException;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

/** Without jiffy-preview on the class path, {@code clip.preview()} says what to add, and loads no window code. */
class ClipPreviewTest {
    @Test
    void withoutThePreviewModuleItSaysWhatToAdd() {
        Clip clip = FunctionClip.of(new Size(2, 2), 1, t -> Frame.filled(2, 2, 0xFF000000));
        assertThatThrownBy(clip::preview).isExactlyInstanceOf(JiffyException.class)
                .hasMessageContaining("dev.jiffy:jiffy-preview")
                .hasMessageContaining("clip.saveFrame(t, \"frame.png\")");
    }
}
