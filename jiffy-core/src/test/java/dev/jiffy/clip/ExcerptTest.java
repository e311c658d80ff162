package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class ExcerptTest {
    /** 40x20, 10 fps, 4 s: every frame a different colour, with a marker pixel at (30, 5). */
    private static final Clip VIDEO = FunctionClip.of(new Size(40, 20), 4.0, t -> {
        Frame f = TestClips.numbered(40, 20, 10, 40).frame(t);
        int[] argb = f.toArgbArray();
        argb[5 * 40 + 30] = 0xFFFFFFFF;
        return Frame.of(40, 20, argb);
    }).withFps(10);

    @Test
    void theClipIsTheSourceCutCroppedScaledAndSpedUpInThatOrder() {
        Excerpt e = Excerpt.of(VIDEO).withTimes(1.0, 3.0).withCrop(Crop.box(20, 0, 40, 10)).withScale(0.5)
                .withSpeed(2);
        Clip expected = VIDEO.subclip(1.0, 3.0).crop(20, 0, 40, 10).resize(0.5).speed(2);
        Clip clip = e.clip();
        assertThat(clip.size()).isEqualTo(new Size(10, 5)).isEqualTo(e.size()).isEqualTo(expected.size());
        assertThat(clip.duration()).isEqualTo(1.0).isEqualTo(e.duration());
        for (double t = 0; t < 1.0; t += 0.1) {
            assertThat(clip.frame(t).toArgbArray()).as("t=%s", t).isEqualTo(expected.frame(t).toArgbArray());
        }
    }

    @Test
    void mapsTheExcerptsTimesAndPixelsToTheSourceAndBack() {
        Excerpt e = Excerpt.of(VIDEO).withTimes(-3, -1).withCrop(Crop.box(20, 0, 40, 10)).withWidth(10).withSpeed(0.5);
        assertThat(e.from()).isEqualTo(1.0);
        assertThat(e.to()).isEqualTo(3.0);
        assertThat(e.duration()).isEqualTo(4.0);
        assertThat(e.scaleX()).isEqualTo(0.5);
        assertThat(e.scaleY()).isEqualTo(0.5);
        assertThat(e.sourceTime(2.0)).isEqualTo(2.0);
        assertThat(e.excerptTime(2.0)).isEqualTo(2.0);
        assertThat(e.excerptTime(-1.5)).isEqualTo(3.0);                  // 2.5 s into the video
        assertThat(e.excerptTime(3.0 + 1e-9)).isEqualTo(4.0);             // within the clock's slack: the end
        assertThat(e.contains(0.99)).isFalse();
        assertThat(e.contains(1.0 - 1e-9)).isTrue();
        // the frame the excerpt shows at a mapped time is the source's frame at that time, cropped and scaled
        double t = e.excerptTime(2.3);
        int shown = e.clip().frame(t).toArgbArray()[0];
        assertThat(TestClips.indexOf(shown)).isEqualTo(23);
        assertThat(e.sourceTime(t)).isCloseTo(2.3, within(1e-9));
    }

    @Test
    void anUntouchedExcerptIsTheSourceItself() {
        Excerpt e = Excerpt.of(VIDEO);
        assertThat(e.clip()).isSameAs(VIDEO);
        assertThat(e.crop()).isEqualTo(new Rect(0, 0, 40, 20));
        assertThat(e.excerptTime(-1)).isEqualTo(3.0);
    }

    @Test
    void saysWhatIsWrong() {
        Excerpt e = Excerpt.of(VIDEO).withTimes(1, 2);
        assertThatThrownBy(() -> e.excerptTime(2.5)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("time 2.5 s is outside the excerpt (1 s to 2 s)");
        assertThatThrownBy(() -> Excerpt.of(VIDEO).withTimes(3, 5)).hasMessageContaining("past the end of the clip");
        assertThatThrownBy(() -> e.withSpeed(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> e.withCrop(Crop.box(30, 0, 50, 10))).hasMessageContaining("outside the 40x20 frame");
        assertThatThrownBy(() -> new Excerpt(VIDEO, -1, 2, new Rect(0, 0, 40, 20), VIDEO.size(), 1))
                .hasMessageContaining("from 0 to 4 s");
    }
}
