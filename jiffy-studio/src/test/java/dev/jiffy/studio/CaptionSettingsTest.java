package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.clip.Position;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** A dragged caption's mistakes: only one placed off the picture is said to be the position's. */
class CaptionSettingsTest {
    private static final Clip GREY = FunctionClip.of(new Size(160, 90), 1, t -> Frame.filled(160, 90, 0xFF808080));

    private static CaptionSettings at(int x, int y) {
        return new CaptionSettings(Optional.empty(), OptionalDouble.of(20), Optional.empty(), Optional.empty(),
                OptionalDouble.empty(), Optional.of(new Position.Point(x, y)));
    }

    @Test
    void aCaptionDraggedOffThePictureNamesItsPosition() {
        assertThatThrownBy(() -> at(500, 10).over(GREY, "HI"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the caption at 500,10 puts the ")
                .hasMessageEndingWith(" text outside the 160x90 GIF: drag it onto the picture");
    }

    @Test
    void aGlyphTheFontLacksIsSaidAsItselfNotAsThePositions() {
        // the caption is on the picture: dragging it elsewhere would not help, another font would
        assertThatThrownBy(() -> at(10, 10).over(GREY, "Hi مرحبا"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Noto Sans Bold has no glyph for 'م' (U+0645, character 3 of the text); try Amiri Bold");
    }

    @Test
    void aCaptionOnThePictureIsDrawnThere() {
        Frame frame = at(10, 10).over(GREY, "HI").frame(0.5);
        assertThat(frame.pixel(150, 80)).isEqualTo(0xFF808080);
        int changed = 0;
        for (int y = 0; y < 45; y++) {
            for (int x = 0; x < 80; x++) {
                changed += frame.pixel(x, y) != 0xFF808080 ? 1 : 0;
            }
        }
        assertThat(changed).isGreaterThan(40);
    }
}
