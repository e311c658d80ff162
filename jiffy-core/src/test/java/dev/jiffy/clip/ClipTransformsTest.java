package dev.jiffy.clip;

import static dev.jiffy.clip.TestClips.colorOf;
import static dev.jiffy.clip.TestClips.indexOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Times;
import org.junit.jupiter.api.Test;

class ClipTransformsTest {
    private final Clip tenSeconds = TestClips.numbered(64, 36, 10, 100);

    private static int index(Clip clip, double t) {
        return indexOf(clip.frame(t).pixel(0, 0));
    }

    @Test
    void subclipShiftsTimeAndKeepsTheFrameRate() {
        Clip cut = tenSeconds.subclip(2.0, 3.5);
        assertThat(cut.duration()).isCloseTo(1.5, within(1e-9));
        assertThat(cut.fps()).contains(FrameRate.of(10));
        assertThat(index(cut, 0)).isEqualTo(20);
        assertThat(index(cut, 0.1)).isEqualTo(21);
        assertThat(index(cut, 1.49)).isEqualTo(34);
        assertThat(index(cut, 1.5)).isEqualTo(35);
    }

    @Test
    void subclipAcceptsMoviePyTimeForms() {
        assertThat(index(tenSeconds.subclip("0:02.5", "0:03"), 0)).isEqualTo(25);
        assertThat(index(tenSeconds.subclip(Times.ms(0, 4.0), Times.ms(0, 5)), 0)).isEqualTo(40);
        Clip tail = tenSeconds.subclip(-2.0);
        assertThat(tail.duration()).isCloseTo(2, within(1e-9));
        assertThat(index(tail, 0)).isEqualTo(80);
        assertThat(tenSeconds.subclip(-3, -1).duration()).isCloseTo(2, within(1e-9));
        assertThat(index(tenSeconds.subclip(2, 8).subclip(1, 2), 0)).isEqualTo(30);
    }

    @Test
    void subclipRejectsTimesOutsideTheClipShowingTheValues() {
        assertThatThrownBy(() -> tenSeconds.subclip(5, 3)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("end 3 s must be after start 5 s");
        assertThatThrownBy(() -> tenSeconds.subclip(2, 12.5)).hasMessageContaining("end 12.5 s is past the end")
                .hasMessageContaining("10 s");
        assertThatThrownBy(() -> tenSeconds.subclip(10, 11)).hasMessageContaining("start 10 s is at or past the end");
        assertThatThrownBy(() -> tenSeconds.subclip(-20, 1)).hasMessageContaining("before the beginning");
        assertThatThrownBy(() -> tenSeconds.frame(10.5)).hasMessageContaining("time 10.5 s is outside the clip");
        assertThatThrownBy(() -> tenSeconds.frame(-1)).hasMessageContaining("-1 s");
    }

    @Test
    void speedRemapsTimeAndKeepsTheFrameRate() {
        Clip slow = tenSeconds.subclip(1, 2).speed(0.5);
        assertThat(slow.duration()).isCloseTo(2, within(1e-9));
        assertThat(slow.fps()).contains(FrameRate.of(10));
        assertThat(index(slow, 0.2)).isEqualTo(11);
        assertThat(index(slow, 0.3)).isEqualTo(11);
        Clip fast = tenSeconds.speed(4);
        assertThat(fast.duration()).isCloseTo(2.5, within(1e-9));
        assertThat(index(fast, 1)).isEqualTo(40);
        assertThatThrownBy(() -> tenSeconds.speed(0)).hasMessageContaining("speed factor must be a positive number, got 0");
        assertThatThrownBy(() -> tenSeconds.speed(Double.NaN)).hasMessageContaining("NaN");
    }

    @Test
    void resizeKeepsTheAspectRatio() {
        Clip hd = TestClips.numbered(1280, 720, 24, 24);
        assertThat(hd.resize(0.3).size()).isEqualTo(new Size(384, 216));
        assertThat(hd.resizeToWidth(480).size()).isEqualTo(new Size(480, 270));
        assertThat(hd.resizeToHeight(360).size()).isEqualTo(new Size(640, 360));
        assertThat(hd.resize(new Size(100, 50)).size()).isEqualTo(new Size(100, 50));
        assertThat(hd.resize(0.5).frame(0).pixel(10, 10)).isEqualTo(colorOf(0));
        assertThatThrownBy(() -> hd.resize(-1)).hasMessageContaining("resize factor must be positive, got -1");
        assertThatThrownBy(() -> hd.resizeToWidth(0)).hasMessageContaining("width must be positive, got 0");
    }

    @Test
    void cropTakesMoviePysForms() {
        Clip clip = TestClips.picture(640, 360, 1);
        assertThat(clip.crop(Crop.region().x1(145).x2(400)).size()).isEqualTo(new Size(255, 360));
        assertThat(clip.crop(Crop.region().x2(320)).size()).isEqualTo(new Size(320, 360));
        assertThat(clip.crop(Crop.region().y1(10).height(100)).size()).isEqualTo(new Size(640, 100));
        assertThat(clip.crop(Crop.region().x2(300).width(100)).frame(0).pixel(0, 0))
                .isEqualTo(clip.frame(0).pixel(200, 0));
        Clip centred = clip.crop(Crop.region().xCenter(320).yCenter(180).width(100).height(50));
        assertThat(centred.size()).isEqualTo(new Size(100, 50));
        assertThat(centred.frame(0).pixel(0, 0)).isEqualTo(clip.frame(0).pixel(270, 155));
        assertThat(clip.crop(10, 20, 30, 40).frame(0).pixel(0, 0)).isEqualTo(clip.frame(0).pixel(10, 20));
    }

    @Test
    void cropOutsideTheFrameSaysWhatWouldFit() {
        Clip clip = TestClips.picture(640, 360, 1);
        assertThatThrownBy(() -> clip.crop(Crop.region().x1(145).x2(700)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("x1=145 y1=0 x2=700 y2=360 is outside the 640x360 frame")
                .hasMessageContaining("x2 <= 640");
        assertThatThrownBy(() -> clip.crop(Crop.region().x1(300).x2(200))).hasMessageContaining("outside");
        assertThatThrownBy(() -> clip.crop(Crop.region().x1(1).x2(5).width(4))).hasMessageContaining("over-specify");
        assertThatThrownBy(() -> clip.crop(Crop.region().xCenter(5))).hasMessageContaining("xCenter needs a width");
    }

    @Test
    void clipsAreLazyAndImmutable() {
        int[] calls = {0};
        Clip counting = new Clip() {
            @Override
            public double duration() {
                return 1;
            }

            @Override
            public Size size() {
                return new Size(8, 8);
            }

            @Override
            public java.util.Optional<FrameRate> fps() {
                return java.util.Optional.of(FrameRate.of(10));
            }

            @Override
            public dev.jiffy.image.Frame frame(double t) {
                calls[0]++;
                return dev.jiffy.image.Frame.filled(8, 8, 0xFF112233);
            }
        };
        Clip derived = counting.subclip(0.2, 0.8).resize(2).crop(0, 0, 4, 4).speed(2).withFps(5);
        assertThat(calls[0]).isZero();
        assertThat(derived.size()).isEqualTo(new Size(4, 4));
        assertThat(derived.duration()).isCloseTo(0.3, within(1e-9));
        assertThat(derived.fps()).contains(FrameRate.of(5));
        derived.frame(0.1);
        assertThat(calls[0]).isEqualTo(1);
    }

    @Test
    void fxAppliesAUsersEffect() {
        Clip doubled = tenSeconds.fx(c -> c.speed(2));
        assertThat(doubled.duration()).isCloseTo(5, within(1e-9));
    }

    /**
     * Transforms that only move time or placement hand {@link Clip#copyFrame} on to the clip below, so a video's
     * decoder still converts straight into the renderer's buffer through them: the times asked are the ones
     * {@link Clip#frame} would ask, and the pixels are the same.
     */
    @Test
    void timeAndPlacementTransformsPassCopyingAFrameThrough() {
        java.util.List<Double> asked = new java.util.ArrayList<>();
        Clip source = new WrappingClip() {
            @Override
            public Clip inner() {
                return tenSeconds;
            }

            @Override
            public dev.jiffy.image.Frame frame(double t) {
                return tenSeconds.frame(t);
            }

            @Override
            public void copyFrame(double t, int[] dest) {
                asked.add(t);
                tenSeconds.copyFrame(t, dest);
            }
        };
        int[] buffer = new int[64 * 36];
        for (Clip clip : java.util.List.of(source.subclip(2, 6), source.speed(2), source.withFps(5),
                source.withStart(3), source.subclip(1, 9).speed(0.5).withFps(12).withStart(1))) {
            asked.clear();
            clip.copyFrame(1.25, buffer);
            assertThat(asked).as("%s", clip).hasSize(1);
            assertThat(buffer).as("%s", clip).isEqualTo(clip.frame(1.25).toArgbArray());
        }
    }
}
