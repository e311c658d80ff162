package dev.jiffy.fx;

import static dev.jiffy.clip.BitmapClip.toAscii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.BitmapClip;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import org.junit.jupiter.api.Test;

class PerFrameTest {
    private final BitmapClip clip = BitmapClip.of(1, "RG", "GB", "BW");

    @Test
    void appliesTheFunctionWithItsTime() {
        Clip whiteAfterOne = clip.fx(Fx.perFrame((t, f) -> t < 1 ? f : Frame.filled(f.width(), f.height(), 0xFFFFFFFF)));
        assertThat(toAscii(whiteAfterOne)).containsExactly("RG", "WW", "WW");
        assertThat(whiteAfterOne.fps()).contains(FrameRate.of(1));
        assertThat(whiteAfterOne.duration()).isEqualTo(3);
    }

    @Test
    void aFunctionMayChangeTheSizeWhenItSaysSo() {
        Clip left = clip.fx(Fx.perFrame(new Size(1, 1), (t, f) -> f.crop(0, 0, 1, 1)));
        assertThat(left.size()).isEqualTo(new Size(1, 1));
        assertThat(toAscii(left)).containsExactly("R", "G", "B");
    }

    @Test
    void wrongSizesAreReportedWithTheTimeAndBothSizes() {
        Clip shrinking = clip.fx(Fx.perFrame((t, f) -> t < 1 ? f : f.crop(0, 0, 1, 1)));
        assertThat(shrinking.frame(0.5)).isNotNull();
        assertThatThrownBy(() -> shrinking.frame(1.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the frame function gave a 1x1 frame at t=1.5 s; it must give 2x1 frames")
                .hasMessageContaining("Fx.perFrame(size, function)");
        Clip declared = clip.fx(Fx.perFrame(new Size(3, 3), (t, f) -> f));
        assertThatThrownBy(() -> declared.frame(0)).hasMessageStartingWith(
                "the frame function gave a 2x1 frame at t=0 s; it must give 3x3 frames");
        Clip nothing = clip.fx(Fx.perFrame((t, f) -> null));
        assertThatThrownBy(() -> nothing.frame(2)).hasMessageStartingWith("the frame function gave null at t=2 s");
        assertThatThrownBy(() -> Fx.perFrame(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aUsersOwnClipFunctionWorksWithFx() {
        Clip boomerang = clip.fx(PerFrameTest::forwardsThenBackwards);
        assertThat(toAscii(boomerang)).containsExactly("RG", "GB", "BW", "BW", "GB", "RG");
    }

    private static Clip forwardsThenBackwards(Clip c) {
        return dev.jiffy.compose.Concatenation.of(c, c.fx(Fx.timeMirror()));
    }
}
