package dev.jiffy.fx;

import static dev.jiffy.clip.BitmapClip.toAscii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.BitmapClip;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class ColorEffectsTest {
    /** Every channel value 0..255 once, as greys, plus a half-transparent red and a transparent pixel. */
    private static final Frame ALL_LEVELS = allLevels();

    private static Frame allLevels() {
        int[] px = new int[258];
        for (int v = 0; v < 256; v++) {
            px[v] = 0xFF000000 | v << 16 | v << 8 | v;
        }
        px[256] = 0x80FF0000;
        px[257] = 0x00000000;
        return Frame.wrap(258, 1, px);
    }

    private static Frame apply(UnaryOperator<Clip> effect, Frame frame) {
        return BitmapClip.of(1, frame).fx(effect).frame(0);
    }

    private static int grey(int v) {
        return 0xFF000000 | v << 16 | v << 8 | v;
    }

    private static int rgb(int r, int g, int b) {
        return 0xFF000000 | r << 16 | g << 8 | b;
    }

    @Test
    void blackAndWhiteUsesTheDocumentedWeights() {
        Frame colours = BitmapClip.frame("RGBWK.");
        for (LumaWeights w : LumaWeights.values()) {
            Frame bw = apply(Fx.blackAndWhite(w), colours);
            assertThat(bw.pixel(0, 0)).as("%s red", w).isEqualTo(grey((int) Math.round(w.red() * 255)));
            assertThat(bw.pixel(1, 0)).as("%s green", w).isEqualTo(grey((int) Math.round(w.green() * 255)));
            assertThat(bw.pixel(2, 0)).as("%s blue", w).isEqualTo(grey((int) Math.round(w.blue() * 255)));
            assertThat(bw.pixel(3, 0)).as("%s white", w).isEqualTo(grey(255));
            assertThat(bw.pixel(4, 0)).as("%s black", w).isEqualTo(grey(0));
            assertThat(bw.pixel(5, 0)).as("%s transparent", w).isZero();
            assertThat(w.red() + w.green() + w.blue()).isCloseTo(1, org.assertj.core.api.Assertions.within(1e-12));
        }
        assertThat(apply(Fx.blackAndWhite(), colours)).isEqualTo(apply(Fx.blackAndWhite(LumaWeights.REC601), colours));
        assertThat(apply(Fx.blackAndWhite(), colours).pixel(0, 0)).isEqualTo(grey(76));
        assertThat(apply(Fx.blackAndWhite(LumaWeights.EQUAL), colours).pixel(2, 0)).isEqualTo(grey(85));
    }

    @Test
    void blackAndWhiteKeepsGreysAndAlpha() {
        Frame bw = apply(Fx.blackAndWhite(LumaWeights.REC709), ALL_LEVELS);
        for (int v = 0; v < 256; v++) {
            assertThat(bw.pixel(v, 0)).isEqualTo(grey(v));
        }
        assertThat(bw.pixel(256, 0) >>> 24).isEqualTo(0x80);
        assertThat(bw.pixel(257, 0)).isZero();
    }

    @Test
    void invertSwapsColoursAndTwiceIsIdentity() {
        assertThat(toAscii(apply(Fx.invert(), BitmapClip.frame("RGBWK\nYCMKW")))).isEqualTo("CMYKW\nBRGWK");
        Frame inverted = apply(Fx.invert(), ALL_LEVELS);
        assertThat(inverted.pixel(10, 0)).isEqualTo(grey(245));
        assertThat(inverted.pixel(256, 0)).as("alpha kept").isEqualTo(0x8000FFFF);
        Clip clip = BitmapClip.of(1, ALL_LEVELS);
        assertThat(clip.fx(Fx.invert()).fx(Fx.invert()).frame(0)).isEqualTo(ALL_LEVELS);
    }

    @Test
    void gammaFollowsMoviePysFormula() {
        Frame g = apply(Fx.gamma(2), ALL_LEVELS);
        for (int v = 0; v < 256; v++) {
            assertThat(g.pixel(v, 0)).isEqualTo(grey((int) Math.round(255 * Math.pow(v / 255.0, 2))));
        }
        assertThat(g.pixel(128, 0)).as("darker for gamma > 1").isEqualTo(grey(64));
        assertThat(apply(Fx.gamma(0.5), ALL_LEVELS).pixel(64, 0)).as("brighter below 1").isEqualTo(grey(128));
        assertThat(g.pixel(256, 0)).as("alpha kept; 0 and 255 fixed").isEqualTo(0x80FF0000);
        assertThat(apply(Fx.gamma(1), ALL_LEVELS)).isEqualTo(ALL_LEVELS);
    }

    @Test
    void multiplyColorScalesAndCapsAt255() {
        assertThat(apply(Fx.multiplyColor(0.5), BitmapClip.frame("RW")).pixel(0, 0)).isEqualTo(rgb(128, 0, 0));
        assertThat(apply(Fx.multiplyColor(0.5), BitmapClip.frame("RW")).pixel(1, 0)).isEqualTo(grey(128));
        Frame doubled = apply(Fx.multiplyColor(2), ALL_LEVELS);
        assertThat(doubled.pixel(100, 0)).isEqualTo(grey(200));
        assertThat(doubled.pixel(128, 0)).isEqualTo(grey(255));
        assertThat(apply(Fx.multiplyColor(0), ALL_LEVELS).pixel(200, 0)).isEqualTo(grey(0));
        assertThat(apply(Fx.multiplyColor(1), ALL_LEVELS)).isEqualTo(ALL_LEVELS);
    }

    @Test
    void brightnessContrastOnItsDocumentedScale() {
        assertThat(apply(Fx.brightnessContrast(0, 1), ALL_LEVELS)).isEqualTo(ALL_LEVELS);
        assertThat(toAscii(apply(Fx.brightnessContrast(1, 1), BitmapClip.frame("KRW")))).isEqualTo("WWW");
        assertThat(toAscii(apply(Fx.brightnessContrast(-1, 1), BitmapClip.frame("KRW")))).isEqualTo("KKK");
        assertThat(apply(Fx.brightnessContrast(0.5, 1), BitmapClip.frame("K")).pixel(0, 0)).isEqualTo(grey(128));
        Frame flat = apply(Fx.brightnessContrast(0, 0), ALL_LEVELS);
        for (int v = 0; v < 256; v++) {
            assertThat(flat.pixel(v, 0)).as("contrast 0 is mid-grey").isEqualTo(grey(128));
        }
        Frame strong = apply(Fx.brightnessContrast(0.1, 2), ALL_LEVELS);
        for (int v = 0; v < 256; v++) {
            double expected = ((v / 255.0 - 0.5) * 2 + 0.5 + 0.1) * 255;
            int e = (int) Math.max(0, Math.min(255, Math.round(expected)));
            assertThat(strong.pixel(v, 0)).as("level %d", v).isEqualTo(grey(e));
        }
        assertThat(strong.pixel(257, 0) >>> 24).as("alpha kept").isZero();
    }

    @Test
    void fadeInStartsFromTheColour() {
        BitmapClip white = BitmapClip.of(1, "W.", "W.", "W.");
        Clip faded = white.fx(Fx.fadeIn(2));
        assertThat(faded.frame(0).pixel(0, 0)).isEqualTo(grey(0));
        assertThat(faded.frame(1).pixel(0, 0)).as("half way").isEqualTo(grey(128));
        assertThat(faded.frame(1.5).pixel(0, 0)).isEqualTo(grey(191));
        assertThat(toAscii(faded.frame(2))).isEqualTo("W.");
        assertThat(faded.frame(1).pixel(1, 0)).as("transparent stays transparent").isZero();
        assertThat(faded.duration()).isEqualTo(3);
        Clip fromRed = white.fx(Fx.fadeIn(2, 0xFF0000));
        assertThat(fromRed.frame(0).pixel(0, 0)).isEqualTo(rgb(255, 0, 0));
        assertThat(fromRed.frame(0).pixel(1, 0) >>> 24).as("alpha is never touched").isZero();
        assertThat(fromRed.frame(1).pixel(0, 0)).isEqualTo(rgb(255, 128, 128));
    }

    @Test
    void fadeOutEndsOnTheColour() {
        BitmapClip white = BitmapClip.of(1, "W", "W", "W");
        Clip faded = white.fx(Fx.fadeOut(2));
        assertThat(toAscii(faded)).containsExactly("W", "W", toAscii(Frame.filled(1, 1, grey(128))));
        assertThat(toAscii(faded.frame(3))).as("the end instant is the colour").isEqualTo("K");
        assertThat(toAscii(white.fx(Fx.fadeOut(3, 0xFF0000FF)).frame(3))).isEqualTo("B");
        Clip both = white.fx(Fx.fadeIn(1)).fx(Fx.fadeOut(1));
        assertThat(toAscii(both)).containsExactly("K", "W", "W");
    }

    @Test
    void colourEffectsRejectBadArgumentsNamingTheValues() {
        assertThatThrownBy(() -> Fx.gamma(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("gamma must be a positive number (1 leaves the picture unchanged), got -1");
        assertThatThrownBy(() -> Fx.gamma(0)).hasMessageContaining("got 0");
        assertThatThrownBy(() -> Fx.gamma(Double.NaN)).hasMessageContaining("got NaN");
        assertThatThrownBy(() -> Fx.multiplyColor(-0.5)).hasMessageContaining("colour factor must be a number of 0 or more")
                .hasMessageContaining("got -0.5");
        assertThatThrownBy(() -> Fx.brightnessContrast(2, 1))
                .hasMessage("brightness must be between -1 and 1 (0 leaves the picture unchanged), got 2");
        assertThatThrownBy(() -> Fx.brightnessContrast(0, -1))
                .hasMessage("contrast must be a number of 0 or more (1 leaves the picture unchanged), got -1");
        assertThatThrownBy(() -> Fx.blackAndWhite(null)).isInstanceOf(NullPointerException.class).hasMessage("weights");
        assertThatThrownBy(() -> Fx.fadeIn(0)).hasMessage("fade duration must be a positive number of seconds, got 0 s");
        assertThatThrownBy(() -> Fx.fadeOut(1, 0x80FF0000)).hasMessageContaining("fade colour must be opaque")
                .hasMessageContaining("got 0x80FF0000").hasMessageContaining("crossfadeIn/crossfadeOut");
        BitmapClip three = BitmapClip.of(1, "W", "W", "W");
        assertThatThrownBy(() -> three.fx(Fx.fadeIn(5))).hasMessage("a 5 s fade is longer than the clip (3 s)");
        assertThatThrownBy(() -> three.fx(Fx.fadeOut(3.5))).hasMessage("a 3.5 s fade is longer than the clip (3 s)");
    }
}
