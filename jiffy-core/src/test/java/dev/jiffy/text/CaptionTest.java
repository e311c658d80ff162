package dev.jiffy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.Position.Anchor;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

/** A caption anchored to a side of a clip: where it lands, its default size, when it shows. */
class CaptionTest {
    private static final int NAVY = 0xFF000080;
    private static final Clip NAVY_CLIP = FunctionClip.of(new Size(320, 180), 2, t -> Frame.filled(320, 180, NAVY));

    @Test
    void byDefaultWhiteOnBlackAtTheBottomCentreInATenthOfTheHeight() {
        assertThat(Caption.defaultFontSize(new Size(320, 180))).isEqualTo(18);
        assertThat(Caption.defaultStrokeWidth(18)).isEqualTo(1);
        Frame frame = Caption.of("Hello", NAVY_CLIP.size()).over(NAVY_CLIP, 0, 2).frame(1);
        Ink.Box box = Ink.around(frame, NAVY);
        int inset = Math.round(180 * 0.04f);   // 4 % of the shorter side
        assertThat(box.y1()).as("bottom of the ink").isBetween(180 - inset - 4, 180 - inset);
        assertThat(box.y0()).as("top of the ink").isGreaterThan(180 / 2);
        assertThat((box.x0() + box.x1()) / 2.0).as("centre of the ink").isCloseTo(160, org.assertj.core.data.Offset.offset(4.0));
        assertThat(Ink.count(frame, 0xFFFFFFFF)).as("white letter pixels").isGreaterThan(50);
    }

    @Test
    void showsOnlyBetweenItsTimes() {
        Clip captioned = Caption.of("Hello", NAVY_CLIP.size()).withAnchor(Anchor.LEFT, Anchor.TOP).over(NAVY_CLIP, 0.5, 1);
        assertThat(Ink.around(captioned.frame(0.25), NAVY)).isNull();
        Ink.Box box = Ink.around(captioned.frame(0.75), NAVY);
        assertThat(box.x0()).isLessThan(20);
        assertThat(box.y0()).isLessThan(20);
        assertThat(Ink.around(captioned.frame(1.5), NAVY)).isNull();
    }

    @Test
    void textPlacedWhereNoneOfItIsSeenIsRefusedAsThePositionsMistake() {
        Clip small = FunctionClip.of(new Size(40, 20), 1, t -> Frame.filled(40, 20, NAVY));
        assertThatThrownBy(() -> Caption.placed(TextClip.of("Hi"), new Position.Point(40, 0), small, 0, 1))
                .isInstanceOf(Caption.Outside.class).hasMessageStartingWith("40,0 puts the ")
                .hasMessageEndingWith(" text outside the 40x20 GIF");
        // partly inside is placed, cut at the edge
        assertThat(Caption.placed(TextClip.of("Hi"), new Position.Point(30, -5), small, 0, 1).size())
                .isEqualTo(small.size());
    }

    @Test
    void aStyleMissingAPartSaysWhichByName() {
        CaptionStyle d = CaptionStyle.DEFAULT;
        assertThatThrownBy(() -> new CaptionStyle(d.font(), null, d.color(), d.strokeColor(), d.strokeWidth(),
                d.horizontal(), d.vertical(), d.at())).isInstanceOf(NullPointerException.class).hasMessage("fontSize");
        assertThatThrownBy(() -> new CaptionStyle(d.font(), d.fontSize(), d.color(), d.strokeColor(), null,
                d.horizontal(), d.vertical(), d.at())).isInstanceOf(NullPointerException.class)
                .hasMessage("strokeWidth");
        assertThatThrownBy(() -> d.withFont(null)).isInstanceOf(NullPointerException.class).hasMessage("face");
        assertThatThrownBy(() -> d.withPosition(null)).isInstanceOf(NullPointerException.class).hasMessage("point");
        assertThatThrownBy(() -> d.withAnchor(null, Anchor.TOP)).isInstanceOf(NullPointerException.class)
                .hasMessage("horizontal");
    }

    @Test
    void wordsTallerThanTheClipAreRefusedWithTheSizes() {
        Clip tiny = FunctionClip.of(new Size(40, 20), 1, t -> Frame.filled(40, 20, NAVY));
        assertThatThrownBy(() -> Caption.of("many words that wrap", tiny.size()).withText(
                TextClip.of("many words that wrap").withFontSize(16)).over(tiny, 0, 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("px high")
                .hasMessageContaining("20 px");
    }
}
