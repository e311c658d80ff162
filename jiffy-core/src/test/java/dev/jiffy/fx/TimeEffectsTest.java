package dev.jiffy.fx;

import static dev.jiffy.clip.BitmapClip.toAscii;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.clip.BitmapClip;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ImageClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.time.FrameRate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeEffectsTest {
    private static final String A = "RG";
    private static final String B = "GB";
    private static final String C = "BW";
    private final BitmapClip abc = BitmapClip.of(1, A, B, C);

    @Test
    void timeMirrorPlaysTheFramesBackwards() {
        Clip mirrored = abc.fx(Fx.timeMirror());
        assertThat(toAscii(mirrored)).containsExactly(C, B, A);
        assertThat(mirrored.duration()).isEqualTo(3);
        assertThat(mirrored.fps()).contains(FrameRate.of(1));
        assertThat(mirrored.size()).isEqualTo(new Size(2, 1));
        assertThat(toAscii(mirrored.frame(0.5))).isEqualTo(C);
        assertThat(toAscii(mirrored.frame(2.999))).isEqualTo(A);
        assertThat(toAscii(mirrored.frame(3))).as("the end instant shows the first frame").isEqualTo(A);
    }

    @Test
    void timeMirrorIsExactAtFrameBoundariesOfAwkwardRates() {
        BitmapClip ntsc = BitmapClip.of(30000 / 1001.0, "R", "G", "B", "W", "K", "Y", "C");
        assertThat(toAscii(ntsc.fx(Fx.timeMirror()))).containsExactly("C", "Y", "K", "W", "B", "G", "R");
        BitmapClip ten = BitmapClip.of(10, "R", "G", "B");
        assertThat(toAscii(ten.fx(Fx.timeMirror()))).containsExactly("B", "G", "R");
        BitmapClip slow = BitmapClip.of(0.5, "R", "G");
        assertThat(toAscii(slow.fx(Fx.timeMirror()))).containsExactly("G", "R");
    }

    @Test
    void timeMirrorAsksNoTimeOutsideTheClip() {
        List<Double> asked = Collections.synchronizedList(new ArrayList<>());
        Clip recording = recording(abc, asked);
        Clip mirrored = recording.fx(Fx.timeMirror());
        for (double t = 0; t <= 3; t += 0.25) {
            mirrored.frame(t);
        }
        mirrored.frame(3 + 1e-9);
        mirrored.frame(-1e-9);
        assertThat(asked).isNotEmpty().allSatisfy(t -> assertThat(t).isBetween(0.0, 3.0));
    }

    @Test
    void timeMirrorTwiceIsTheClipItself() {
        assertThat(abc.fx(Fx.timeMirror()).fx(Fx.timeMirror())).isSameAs(abc);
    }

    @Test
    void timeSymmetrizeIsForwardsThenBackwards() {
        Clip boomerang = abc.fx(Fx.timeSymmetrize());
        assertThat(toAscii(boomerang)).containsExactly(A, B, C, C, B, A);
        assertThat(boomerang.duration()).isCloseTo(6, within(1e-9));
        assertThat(boomerang.fps()).contains(FrameRate.of(1));
        assertThat(toAscii(BitmapClip.of(10, "R", "G", "B").fx(Fx.boomerang())))
                .containsExactly("R", "G", "B", "B", "G", "R");
    }

    @Test
    void loopRepeatsTheClip() {
        BitmapClip ab = BitmapClip.of(1, A, B);
        Clip looped = ab.fx(Fx.loop(3));
        assertThat(looped.duration()).isEqualTo(6);
        assertThat(looped.fps()).contains(FrameRate.of(1));
        assertThat(toAscii(looped)).containsExactly(A, B, A, B, A, B);
        assertThat(toAscii(looped.frame(6))).as("end instant: the last frame").isEqualTo(B);
        assertThat(toAscii(ab.fx(Fx.loop(1)))).containsExactly(A, B);
    }

    @Test
    void loopOfAClipWithAnInexactDurationHasExactlyTheRightFrames() {
        String[] ten = {"R", "G", "B", "W", "K", "Y", "C", "M", "O", "H"};
        BitmapClip clip = BitmapClip.of(25, ten);
        List<String> frames = toAscii(clip.fx(Fx.loop(3)));
        assertThat(frames).hasSize(30);
        for (int i = 0; i < 30; i++) {
            assertThat(frames.get(i)).as("frame %d", i).isEqualTo(ten[i % 10]);
        }
    }

    @Test
    void loopForCutsTheLastRound() {
        BitmapClip ab = BitmapClip.of(1, A, B);
        Clip looped = ab.fx(Fx.loopFor(2.5));
        assertThat(looped.duration()).isEqualTo(2.5);
        assertThat(toAscii(looped)).containsExactly(A, B, A);
        assertThat(toAscii(ab.fx(Fx.loopFor(5)))).containsExactly(A, B, A, B, A);
        assertThat(toAscii(ab.fx(Fx.loopFor(1)))).containsExactly(A);
        assertThat(toAscii(ab.fx(Fx.loopFor(4)).frame(4))).isEqualTo(B);
    }

    @Test
    void freezeHoldsAFrameAndCarriesOn() {
        Clip frozen = abc.fx(Fx.freeze(1, 2));
        assertThat(frozen.duration()).isEqualTo(5);
        assertThat(frozen.fps()).contains(FrameRate.of(1));
        assertThat(toAscii(frozen)).containsExactly(A, B, B, B, C);
        assertThat(toAscii(abc.fx(Fx.freeze(0, 1)))).containsExactly(A, A, B, C);
        assertThat(toAscii(abc.fx(Fx.freeze(1.5, 1)))).containsExactly(A, B, B, C);
        assertThat(toAscii(abc.fx(Fx.freeze(-1, 1)))).as("negative: from the end").containsExactly(A, B, C, C);
        assertThat(toAscii(abc.fx(Fx.freeze(3, 2)))).containsExactly(A, B, C, C, C);
        assertThat(toAscii(abc.fx(Fx.freezeLast(2)))).containsExactly(A, B, C, C, C);
    }

    @Test
    void timeEffectsRejectBadArgumentsNamingTheValues() {
        BitmapClip two = BitmapClip.of(1, A, B);
        assertThatThrownBy(() -> Fx.loop(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("loop count must be at least 1, got 0");
        assertThatThrownBy(() -> Fx.loopFor(-1)).hasMessage("loop duration must be a positive number of seconds, got -1 s");
        assertThatThrownBy(() -> Fx.loopFor(Double.POSITIVE_INFINITY)).hasMessageContaining("got Infinity");
        assertThatThrownBy(() -> two.fx(Fx.freeze(5, 1))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("freeze at 5 s is past the end of the clip (2 s)");
        assertThatThrownBy(() -> two.fx(Fx.freeze(-5, 1)))
                .hasMessage("freeze at -5 s is before the beginning of the clip (2 s long)");
        assertThatThrownBy(() -> Fx.freeze(1, 0)).hasMessage("freeze duration must be a positive number of seconds, got 0 s");
        assertThatThrownBy(() -> Fx.freeze(Double.NaN, 1)).hasMessage("freeze time must be a finite number of seconds, got NaN");
        assertThatThrownBy(() -> Fx.freezeLast(-2)).hasMessageContaining("got -2 s");
        Clip still = ImageClip.of(Frame.filled(2, 2, 0xFFFF0000));
        assertThatThrownBy(() -> still.fx(Fx.timeMirror())).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot play backwards a clip that lasts forever")
                .hasMessageContaining("withDuration(seconds)");
        assertThatThrownBy(() -> still.fx(Fx.loop(2))).hasMessageContaining("cannot loop a clip that lasts forever");
        assertThatThrownBy(() -> still.fx(Fx.timeSymmetrize())).hasMessageContaining("lasts forever");
        assertThatThrownBy(() -> still.fx(Fx.freezeLast(1))).hasMessageContaining("lasts forever");
    }

    @Test
    void stillsWithADurationWork() {
        Clip still = ImageClip.of(BitmapClip.frame("RG")).withDuration(2);
        Clip looped = still.fx(Fx.loop(2)).fx(Fx.timeMirror());
        assertThat(looped.duration()).isEqualTo(4);
        assertThat(looped.fps()).isEmpty();
        assertThat(toAscii(looped, 1)).containsExactly("RG", "RG", "RG", "RG");
    }

    @Test
    void placedClipsStayWhereTheyWerePut() {
        Clip placed = abc.withStart(2);
        Clip mirrored = placed.fx(Fx.timeMirror());
        assertThat(mirrored.start()).isEqualTo(2);
        assertThat(toAscii(mirrored)).containsExactly(C, B, A);
        assertThat(toAscii(placed.fx(Fx.boomerang()))).containsExactly(A, B, C, C, B, A);
    }

    /** {@code clip}, noting every time asked of it. */
    static Clip recording(Clip clip, List<Double> asked) {
        return new Clip() {
            @Override
            public double duration() {
                return clip.duration();
            }

            @Override
            public Size size() {
                return clip.size();
            }

            @Override
            public Optional<FrameRate> fps() {
                return clip.fps();
            }

            @Override
            public Frame frame(double t) {
                asked.add(t);
                return clip.frame(t);
            }
        };
    }
}
