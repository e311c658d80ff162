package dev.jiffy.fx;

import static dev.jiffy.clip.BitmapClip.toAscii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.BitmapClip;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GeometryEffectsTest {
    private static final String PICTURE = "RGB\nWKY";

    private static String apply(UnaryOperator<Clip> effect, String picture) {
        return toAscii(BitmapClip.of(1, picture).fx(effect).frame(0));
    }

    @Test
    void mirrorsFlipPixelsAndAlpha() {
        assertThat(apply(Fx.mirrorX(), PICTURE)).isEqualTo("BGR\nYKW");
        assertThat(apply(Fx.mirrorY(), PICTURE)).isEqualTo("WKY\nRGB");
        assertThat(apply(Fx.mirrorX(), "R.\nGB")).isEqualTo(".R\nBG");
        assertThat(apply(Fx.mirrorY(), "R.\nGB\nKW")).isEqualTo("KW\nGB\nR.");
        Clip clip = BitmapClip.of(1, PICTURE);
        assertThat(clip.fx(Fx.mirrorX()).fx(Fx.mirrorX()).frame(0)).isEqualTo(clip.frame(0));
    }

    @Test
    void quarterTurnsAreExact() {
        Clip clip = BitmapClip.of(1, PICTURE);
        Clip left = clip.fx(Fx.rotate(90));
        assertThat(left.size()).isEqualTo(new Size(2, 3));
        assertThat(toAscii(left.frame(0))).as("counter-clockwise").isEqualTo("BY\nGK\nRW");
        assertThat(apply(Fx.rotate(-90), PICTURE)).as("clockwise").isEqualTo("WR\nKG\nYB");
        assertThat(apply(Fx.rotate(270), PICTURE)).isEqualTo("WR\nKG\nYB");
        assertThat(apply(Fx.rotate(180), PICTURE)).isEqualTo("YKW\nBGR");
        assertThat(apply(Fx.rotate(-180), PICTURE)).isEqualTo("YKW\nBGR");
        assertThat(apply(Fx.rotate(450), PICTURE)).isEqualTo("BY\nGK\nRW");
        assertThat(apply(Fx.rotate(0), PICTURE)).isEqualTo(PICTURE);
        assertThat(apply(Fx.rotate(360), PICTURE)).isEqualTo(PICTURE);
        assertThat(apply(Fx.rotate(-720 + 1e-12), PICTURE)).isEqualTo(PICTURE);
        assertThat(apply(Fx.rotate(90), "R.\nGB")).as("alpha turns with the pixels").isEqualTo(".B\nRG");
        Clip fourTimes = clip.fx(Fx.rotate(90)).fx(Fx.rotate(90)).fx(Fx.rotate(90)).fx(Fx.rotate(90));
        assertThat(fourTimes.frame(0)).isEqualTo(clip.frame(0));
        assertThat(left.fps()).contains(FrameRate.of(1));
    }

    @Test
    void otherAnglesGrowTheCanvasWithTransparentCorners() {
        Clip square = BitmapClip.of(1, "WWWW\nWWWW\nWWWW\nWWWW");
        Clip turned = square.fx(Fx.rotate(45));
        assertThat(turned.size()).as("ceil(4·cos 45° + 4·sin 45°)").isEqualTo(new Size(6, 6));
        Frame f = turned.frame(0);
        assertThat(f.pixel(2, 2)).as("middle").isEqualTo(0xFFFFFFFF);
        assertThat(f.pixel(3, 3)).as("middle").isEqualTo(0xFFFFFFFF);
        for (int[] corner : new int[][] {{0, 0}, {5, 0}, {0, 5}, {5, 5}}) {
            assertThat(f.pixel(corner[0], corner[1])).as("corner %d,%d", corner[0], corner[1]).isZero();
        }
        Frame onBlack = square.fx(Fx.rotate(45, 0xFF000000)).frame(0);
        assertThat(onBlack.pixel(0, 0)).as("corner in the given colour").isEqualTo(0xFF000000);
        assertThat(onBlack.pixel(2, 2)).isEqualTo(0xFFFFFFFF);
        assertThat(onBlack.isOpaque()).isTrue();
    }

    @Test
    void bilinearRotationKeepsColoursAtSoftEdges() {
        Clip red = BitmapClip.of(1, "RRRR\nRRRR\nRRRR");
        Clip turned = red.fx(Fx.rotate(30));
        assertThat(turned.size()).isEqualTo(new Size(5, 5));
        Frame f = turned.frame(0);
        boolean someSoft = false;
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 5; x++) {
                int p = f.pixel(x, y);
                int a = p >>> 24;
                if (a > 0) {
                    assertThat(p & 0xFFFFFF).as("pixel %d,%d (alpha %d) stays pure red", x, y, a).isEqualTo(0xFF0000);
                }
                someSoft |= a > 0 && a < 255;
            }
        }
        assertThat(someSoft).as("edges are antialiased").isTrue();
        assertThat(f.pixel(2, 2)).isEqualTo(0xFFFF0000);
        assertThat(f.pixel(0, 0) >>> 24).isZero();
        assertThat(red.fx(Fx.rotate(-30)).size()).isEqualTo(new Size(5, 5));
        assertThat(red.fx(Fx.rotate(30)).frame(0)).as("deterministic").isEqualTo(f);
    }

    @Test
    void marginsAreTransparentUnlessGivenAColour() {
        Clip clip = BitmapClip.of(1, "RG");
        Clip framed = clip.fx(Fx.margin(1));
        assertThat(framed.size()).isEqualTo(new Size(4, 3));
        assertThat(toAscii(framed.frame(0))).isEqualTo("....\n.RG.\n....");
        assertThat(apply(Fx.margin(1, 0xFF000000), "RG")).isEqualTo("KKKK\nKRGK\nKKKK");
        assertThat(apply(Fx.margin(1, 0, 2, 1, 0xFFFFFFFF), "RG")).isEqualTo("WRGWW\nWWWWW");
        assertThat(apply(Fx.margin(0, 2, 0, 0, 0xFFFFFFFF), ".R")).as("the clip's own alpha kept").isEqualTo("WW\nWW\n.R");
        assertThat(apply(Fx.margin(0), "RG")).isEqualTo("RG");
        assertThat(framed.fps()).contains(FrameRate.of(1));
    }

    @Test
    void geometryRejectsBadArgumentsNamingTheValues() {
        assertThatThrownBy(() -> Fx.rotate(Double.NaN)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rotation angle must be a finite number of degrees, got NaN");
        assertThatThrownBy(() -> Fx.rotate(Double.NEGATIVE_INFINITY)).hasMessageContaining("got -Infinity");
        assertThatThrownBy(() -> Fx.margin(-1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("margins must be 0 or more pixels, got left=-1 top=-1 right=-1 bottom=-1");
        assertThatThrownBy(() -> Fx.margin(0, 0, 3, -2, 0)).hasMessageContaining("bottom=-2");
        Clip clip = BitmapClip.of(1, "RG");
        assertThatThrownBy(() -> clip.fx(Fx.margin(Integer.MAX_VALUE / 2))).hasMessageContaining("too large");
    }
}
