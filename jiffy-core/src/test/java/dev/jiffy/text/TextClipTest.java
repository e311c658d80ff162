package dev.jiffy.text;

import static dev.jiffy.image.Colors.BLACK;
import static dev.jiffy.image.Colors.RED;
import static dev.jiffy.image.Colors.WHITE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ImageClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextClipTest {
    private static final int NAVY = 0xFF102040;

    private static Frame over(int background, Size canvas, Clip text) {
        return CompositeClip.of(ImageClip.color(canvas, background).withDuration(1), text).frame(0);
    }

    @Test
    void textAppearsWherePlacedInItsColourAndItsAlphaIsTheText() {
        TextClip hello = TextClip.of("Hello").withFontSize(40).withColor(RED);
        Frame text = hello.render();
        Frame frame = over(NAVY, new Size(240, 120), hello.toClip().withPosition(30, 40));

        Ink.Box box = Ink.around(frame, NAVY);
        assertThat(box.x0()).isBetween(30, 31);
        assertThat(box.y0()).isBetween(40, 41);
        assertThat(box.x1()).isBetween(30 + text.width() - 2, 30 + text.width() - 1);
        assertThat(box.y1()).isBetween(40 + text.height() - 2, 40 + text.height() - 1);
        assertThat(Ink.count(frame, RED)).as("solid red pixels inside the letters").isGreaterThan(300);
        // the picture is red everywhere it is not transparent: alpha carries the shape
        for (int p : text.toArgbArray()) {
            assertThat(p >>> 24 == 0 || (p & 0xFFFFFF) == (RED & 0xFFFFFF)).isTrue();
        }
        assertThat(text.isOpaque()).isFalse();
    }

    @Test
    void theStrokeSurroundsTheLettersAndWidensTheBox() {
        TextClip plain = TextClip.of("Oh").withFontSize(40).withColor(WHITE);
        TextClip outlined = plain.withStroke(BLACK, 3);
        assertThat(outlined.size().width()).isCloseTo(plain.size().width() + 6, within(1));
        assertThat(outlined.size().height()).isCloseTo(plain.size().height() + 6, within(1));

        int grey = 0xFF808080;
        Frame frame = over(grey, new Size(160, 90), outlined.toClip().withPosition(10, 10));
        assertThat(Ink.count(frame, WHITE)).isGreaterThan(200);
        assertThat(Ink.count(frame, BLACK)).isGreaterThan(100);
        int rowsChecked = 0;
        for (int y = 0; y < frame.height(); y++) {
            int first = -1;
            int last = -1;
            for (int x = 0; x < frame.width(); x++) {
                if (frame.pixel(x, y) != grey) {
                    last = x;
                    first = first < 0 ? x : first;
                }
            }
            if (first < 0) {
                continue;
            }
            rowsChecked++;
            // going in from the background, the outline comes before the white letters, on both sides
            assertThat(darkest(frame, y, first, first + 2)).as("row %d left", y).isLessThan(0x78); // darker than the grey: outline, not white letters
            assertThat(darkest(frame, y, last - 2, last)).as("row %d right", y).isLessThan(0x78); // darker than the grey: outline, not white letters
        }
        assertThat(rowsChecked).isGreaterThan(30);
    }

    private static int darkest(Frame f, int y, int x0, int x1) {
        int min = 255;
        for (int x = x0; x <= x1; x++) {
            min = Math.min(min, f.pixel(x, y) >> 8 & 0xFF);
        }
        return min;
    }

    @Test
    void theBoxIsTightAndClipsNothing() {
        TextClip text = TextClip.of("Gjpqy|ÅÉ").withFontSize(40).withStroke(BLACK, 2);
        Frame tight = text.render();
        Frame roomy = text.withMargin(10).render();
        assertThat(roomy.size()).isEqualTo(new Size(tight.width() + 20, tight.height() + 20));
        assertThat(roomy.crop(10, 10, 10 + tight.width(), 10 + tight.height())).as("nothing was cut off").isEqualTo(tight);
        assertThat(Ink.aroundAlpha(roomy)).isEqualTo(new Ink.Box(10, 10, 9 + tight.width(), 9 + tight.height()));
    }

    @Test
    void interlineChangesTheLinePitchByItsAmount() {
        int[] pitches = new int[3];
        double[] interlines = {-10, 0, 15};
        for (int i = 0; i < 3; i++) {
            Frame f = TextClip.of("H\nH").withFontSize(40).withInterline(interlines[i]).render();
            List<int[]> runs = Ink.rowRuns(f);
            assertThat(runs).as("two lines").hasSize(2);
            pitches[i] = runs.get(1)[0] - runs.get(0)[0];
        }
        assertThat(pitches[1] - pitches[0]).isCloseTo(10, within(1));
        assertThat(pitches[2] - pitches[1]).isCloseTo(15, within(1));
        assertThat(pitches[1]).as("Noto Sans's own line height at 40 px").isCloseTo(54, within(2));
    }

    @Test
    void theArticlesNegativeInterlineKeepsAmiriLinesApartButClose() {
        Frame f = TextClip.of("In my nightmares\nI see rabbits.").withFontSize(30).withColor(WHITE)
                .withFont("Amiri-Bold").withInterline(-25).render();
        List<int[]> runs = Ink.rowRuns(f);
        assertThat(runs.size()).isBetween(1, 2); // descenders may touch the next line's capitals
        assertThat(f.height()).isBetween(45, 70);
    }

    @Test
    void tooNegativeAnInterlineIsAnError() {
        assertThatThrownBy(() -> TextClip.of("a\nb").withFontSize(30).withInterline(-60).render())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("interline -60 px").hasMessageContaining("must be above");
    }

    @Test
    void linesAlignLeftCentreOrRight() {
        for (TextAlign align : TextAlign.values()) {
            Frame f = TextClip.of("WWWWWW\nI").withFontSize(30).withAlign(align).render();
            List<int[]> runs = Ink.rowRuns(f);
            double wide = Ink.centreX(f, runs.get(0)[0], runs.get(0)[1]);
            double narrow = Ink.centreX(f, runs.get(1)[0], runs.get(1)[1]);
            if (align == TextAlign.LEFT) {
                assertThat(narrow).isLessThan(wide / 3);
            } else if (align == TextAlign.CENTER) {
                assertThat(narrow).isCloseTo(wide, within(3.0));
            } else {
                assertThat(narrow).isGreaterThan(f.width() - wide / 3);
            }
        }
    }

    @Test
    void backgroundFillsThePictureMarginIncluded() {
        Frame f = TextClip.of("Hi").withBackground(0xFF00FF00).withMargin(3).render();
        assertThat(f.isOpaque()).isTrue();
        assertThat(f.pixel(0, 0)).isEqualTo(0xFF00FF00);
        assertThat(f.pixel(f.width() - 1, f.height() - 1)).isEqualTo(0xFF00FF00);
        assertThat(Ink.count(f, WHITE)).isPositive();
    }

    @Test
    void wrappingKeepsEveryLineInsideTheWidth() {
        String words = "the quick brown fox jumps over the lazy dog";
        TextClip one = TextClip.of(words).withFontSize(24).withStroke(BLACK, 2);
        assertThat(one.size().width()).isGreaterThan(300);
        Frame wrapped = one.withWrap(160).withMargin(4).render();
        assertThat(wrapped.width()).isEqualTo(160);
        assertThat(Ink.rowRuns(wrapped).size()).as("lines").isBetween(3, 5);
        Ink.Box ink = Ink.aroundAlpha(wrapped);
        assertThat(ink.x0()).as("inside the margin").isGreaterThanOrEqualTo(4);
        assertThat(ink.x1()).isLessThanOrEqualTo(160 - 5);
        assertThat(ink.y0()).isEqualTo(4);
        assertThat(ink.y1()).isEqualTo(wrapped.height() - 5);
    }

    @Test
    void aWordWiderThanTheBoxIsBrokenRatherThanClipped() {
        Frame f = TextClip.of("Supercalifragilistic").withFontSize(30).withWrap(100).withMargin(1).render();
        assertThat(f.width()).isEqualTo(100);
        assertThat(Ink.rowRuns(f).size()).isGreaterThanOrEqualTo(3);
        Ink.Box ink = Ink.aroundAlpha(f);
        assertThat(ink.x0()).isGreaterThanOrEqualTo(1);
        assertThat(ink.x1()).isLessThanOrEqualTo(98);
    }

    @Test
    void fitChoosesTheLargestSizeThatFitsTheBox() {
        String words = "the quick brown fox jumps over the lazy dog";
        TextClip caption = TextClip.of(words).withAlign(TextAlign.CENTER).withFit(200, 100);
        int size = (int) caption.fontSizeUsed();
        assertThat(caption.size()).isEqualTo(new Size(200, 100));
        assertThat(size).isBetween(12, 40);
        TextClip atSize = TextClip.of(words).withAlign(TextAlign.CENTER).withWrap(200);
        assertThat(atSize.withFontSize(size).size().height()).as("fits at %d px", size).isLessThanOrEqualTo(100);
        assertThat(atSize.withFontSize(size + 1).size().height()).as("too tall at %d px", size + 1).isGreaterThan(100);

        Ink.Box ink = Ink.aroundAlpha(caption.render());
        assertThat(ink.y0() + ink.y1()).as("centred vertically").isCloseTo(99, within(2));
        assertThat(TextClip.of(words).withFit(400, 200).fontSizeUsed()).isGreaterThan(size);
        assertThat(TextClip.of("Hi").withFit(200, 100).fontSizeUsed()).as("short text grows").isGreaterThan(60);
    }

    @Test
    void fitWorksWithTheArticlesNegativeInterline() {
        TextClip caption = TextClip.of("In my nightmares\nI see rabbits.").withFont("Amiri-Bold").withInterline(-25)
                .withFit(300, 90);
        assertThat(caption.fontSizeUsed()).isBetween(20.0, 60.0);
        assertThat(Ink.rowRuns(caption.render()).size()).isBetween(1, 2);
    }

    @Test
    void textThatCannotFitSaysSo() {
        assertThatThrownBy(() -> TextClip.of("Hello").withStroke(BLACK, 5).withFit(8, 8).render())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("8x8");
    }

    @Test
    void emptyTextAndBadValuesAreCallerMistakes() {
        assertThatThrownBy(() -> TextClip.of("").render()).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextClip.of(" \n ").render()).hasMessageContaining("only spaces");
        assertThatThrownBy(() -> TextClip.of("x").withFontSize(0)).hasMessageContaining("font size");
        assertThatThrownBy(() -> TextClip.of("x").withStroke(BLACK, -1)).hasMessageContaining("stroke width");
        assertThatThrownBy(() -> TextClip.of("x").withWrap(0)).hasMessageContaining("wrapping width");
    }

    @Test
    void aClipIsAStillThatLastsUntilGivenADuration() {
        Clip clip = TextClip.of("Hi").toClip();
        assertThat(clip.duration()).isInfinite();
        assertThat(clip.fps()).isEmpty();
        Clip timed = clip.withDuration(2).withPosition(5, 6);
        assertThat(timed.duration()).isEqualTo(2);
        assertThat(timed.frame(1.5)).isEqualTo(TextClip.of("Hi").render());
    }

    @Test
    void aStyleIsAValueSharedByTexts() {
        TextStyle caption = TextStyle.defaults().withFont("Amiri-Bold").withFontSize(30).withStroke("black", 2)
                .withAlign(TextAlign.CENTER);
        TextClip chained = TextClip.of("In my nightmares\nI see rabbits.").withFont("Amiri-Bold").withFontSize(30)
                .withStroke(BLACK, 2).withAlign(TextAlign.CENTER);
        TextClip styled = TextClip.of("In my nightmares\nI see rabbits.", caption);
        assertThat(styled).isEqualTo(chained);
        assertThat(styled.render()).isEqualTo(chained.render());
        assertThat(styled.style().fontSize()).isEqualTo(30);
        assertThat(TextClip.of("I see rabbits.", caption).render()).isNotEqualTo(styled.render());

        // A new style keeps the caption box; new words keep the style and the box.
        TextClip boxed = TextClip.of("Hello there", caption).withWrap(120);
        assertThat(boxed.withStyle(caption.withColor(RED)).size().width()).isEqualTo(120);
        assertThat(boxed.withText("General Kenobi").style()).isEqualTo(caption);
        assertThat(boxed.withText("General Kenobi").size().width()).isEqualTo(120);

        assertThatThrownBy(() -> caption.withFontSize(Double.NaN)).hasMessageContaining("font size");
        assertThatThrownBy(() -> caption.withMargin(-1)).hasMessageContaining("margin");
        assertThatThrownBy(() -> caption.withInterline(Double.POSITIVE_INFINITY)).hasMessageContaining("interline");
    }

    @Test
    void drawingIsDeterministic() {
        TextClip t = TextClip.of("Same\nbytes").withStroke(BLACK, 1.5).withAlign(TextAlign.CENTER);
        assertThat(t.render())
                .isEqualTo(TextClip.of("Same\nbytes").withStroke(BLACK, 1.5).withAlign(TextAlign.CENTER).render());
        assertThat(t).isEqualTo(TextClip.of("Same\nbytes").withStroke("black", 1.5).withAlign(TextAlign.CENTER));
    }

    @Test
    void arabicIsShapedWithAmiri() {
        String beh = "\u0628";
        TextClip arabic = TextClip.of("مرحبا بالعالم").withFont("Amiri").withFontSize(40).withColor(WHITE);
        Frame f = arabic.render();
        assertThat(f.width()).isGreaterThan(f.height());
        assertThat(Ink.count(f, WHITE)).isGreaterThan(200);
        // joined letters are narrower than the same letters standing alone: the text was shaped, not drawn glyph by glyph
        int joined = TextClip.of(beh.repeat(4)).withFont("Amiri").withFontSize(40).size().width();
        int alone = TextClip.of(beh).withFont("Amiri").withFontSize(40).size().width();
        assertThat(joined).isLessThan(4 * alone - 10);
    }

    @Test
    void aFontWithoutTheGlyphsIsReportedWithAFontThatHasThem() {
        assertThatThrownBy(() -> TextClip.of("Hi مرحبا").render())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Noto Sans Bold has no glyph for 'م' (U+0645, character 3 of the text); try Amiri Bold");
    }
}
