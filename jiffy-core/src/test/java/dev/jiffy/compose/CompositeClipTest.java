package dev.jiffy.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.ImageClip;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.clip.Position;
import dev.jiffy.clip.TestClips;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class CompositeClipTest {
    private static final int RED = 0xFFFF0000;
    private static final int BLUE = 0xFF0000FF;

    private static Clip still(int w, int h, int argb, double seconds) {
        return ImageClip.color(new Size(w, h), argb).withDuration(seconds);
    }

    @Test
    void layersStackInOrderAtTheirPositions() {
        Clip composite = CompositeClip.of(still(4, 3, RED, 1), still(2, 1, BLUE, 1).withPosition(1, 1));
        Frame f = composite.frame(0.5);
        assertThat(f.size()).isEqualTo(new Size(4, 3));
        assertThat(f.pixel(0, 0)).isEqualTo(RED);
        assertThat(f.pixel(1, 1)).isEqualTo(BLUE);
        assertThat(f.pixel(2, 1)).isEqualTo(BLUE);
        assertThat(f.pixel(3, 1)).isEqualTo(RED);
    }

    @Test
    void namedAnchorsAndFractionsAndFunctionsOfTime() {
        Clip bg = still(10, 10, RED, 1);
        Clip dot = still(2, 2, BLUE, 1);
        assertThat(CompositeClip.of(bg, dot.withPosition(Position.CENTER)).frame(0).pixel(4, 4)).isEqualTo(BLUE);
        Clip corner = dot.withPosition(Position.of(Position.Anchor.RIGHT, Position.Anchor.BOTTOM));
        assertThat(CompositeClip.of(bg, corner).frame(0).pixel(9, 9)).isEqualTo(BLUE);
        assertThat(CompositeClip.of(bg, dot.withPosition(Position.fraction(0.5, 0))).frame(0).pixel(5, 0)).isEqualTo(BLUE);
        Clip moving = dot.withPosition(Position.moving(t -> new Position.Point((int) (t * 8), 0)));
        assertThat(CompositeClip.of(bg, moving).frame(0.5).pixel(4, 0)).isEqualTo(BLUE);
        assertThat(CompositeClip.of(bg, moving).frame(0.5).pixel(0, 0)).isEqualTo(RED);
    }

    @Test
    void layersShowOnlyBetweenTheirStartAndEnd() {
        Clip composite = CompositeClip.of(still(2, 2, RED, 3), still(2, 2, BLUE, 1).withStart(1));
        assertThat(composite.duration()).isCloseTo(3, within(1e-9));
        assertThat(composite.frame(0.5).pixel(0, 0)).isEqualTo(RED);
        assertThat(composite.frame(1.0).pixel(0, 0)).isEqualTo(BLUE);
        assertThat(composite.frame(1.99).pixel(0, 0)).isEqualTo(BLUE);
        assertThat(composite.frame(2.0).pixel(0, 0)).isEqualTo(RED);
        Clip later = CompositeClip.of(still(2, 2, RED, 1), still(2, 2, BLUE, 1).withStart(2));
        assertThat(later.duration()).isCloseTo(3, within(1e-9));
        assertThat(later.frame(1.5).pixel(0, 0)).isZero(); // nothing there: transparent background
        assertThat(later.frame(3.0).pixel(0, 0)).isEqualTo(BLUE); // the very end shows the last picture
    }

    @Test
    void softMasksBlendAndTransparentBackgroundsStayTransparent() {
        Mask half = Mask.filled(2, 2, 0.5f);
        Clip top = still(2, 2, BLUE, 1).withMask(half);
        Frame f = CompositeClip.of(still(2, 2, RED, 1), top).frame(0);
        int p = f.pixel(0, 0);
        assertThat(p >>> 24).isEqualTo(255);
        assertThat((p >> 16) & 0xFF).isBetween(126, 129);
        assertThat(p & 0xFF).isBetween(126, 129);
        Frame alone = CompositeClip.of(top).withSize(new Size(3, 2)).frame(0);
        assertThat(alone.pixel(0, 0) >>> 24).isBetween(127, 128);
        assertThat(alone.pixel(2, 0)).isZero();
        Frame onWhite = CompositeClip.of(top).withBackground(0xFFFFFFFF).frame(0);
        assertThat(onWhite.pixel(0, 0) >>> 24).isEqualTo(255);
    }

    @Test
    void attributesAreKeptByTransformsAndSnapshotsDecodeLazily() {
        Clip video = TestClips.numbered(8, 8, 10, 20);
        Clip placed = video.withStart(0.5).withPosition(2, 3).resize(0.5).subclip(0.1, 0.6);
        assertThat(placed.start()).isEqualTo(0.5);
        assertThat(placed.position()).isEqualTo(Position.at(2, 3));
        assertThat(placed.end()).isCloseTo(1.0, within(1e-9));
        Clip snapshot = video.toImageClip(0.35).withDuration(2);
        assertThat(snapshot.duration()).isEqualTo(2);
        assertThat(snapshot.fps()).isEmpty();
        assertThat(TestClips.indexOf(snapshot.frame(1.7).pixel(0, 0))).isEqualTo(3);
    }

    @Test
    void concatenationPlaysClipsInTurnCentredOnTheLargest() {
        Clip a = still(4, 4, RED, 1);
        Clip b = still(2, 2, BLUE, 0.5);
        Clip both = Concatenation.of(a, b);
        assertThat(both.duration()).isCloseTo(1.5, within(1e-9));
        assertThat(both.size()).isEqualTo(new Size(4, 4));
        assertThat(both.frame(0.9).pixel(0, 0)).isEqualTo(RED);
        assertThat(both.frame(1.2).pixel(1, 1)).isEqualTo(BLUE);
        assertThat(both.frame(1.2).pixel(0, 0)).isZero();
        Clip faded = Concatenation.withCrossfade(0.5, still(2, 2, RED, 1), still(2, 2, BLUE, 1));
        assertThat(faded.duration()).isCloseTo(1.5, within(1e-9));
        int mid = faded.frame(0.75).pixel(0, 0);
        assertThat((mid >> 16) & 0xFF).isBetween(120, 135);
        assertThat(mid & 0xFF).isBetween(120, 135);
    }

    @Test
    void badArgumentsSayWhatIsWrong() {
        Clip clip = still(4, 4, RED, 1);
        assertThatThrownBy(() -> clip.withMask(Mask.filled(3, 4, 1f))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the mask is 3x4 but the clip is 4x4");
        assertThatThrownBy(() -> clip.withDuration(-1)).hasMessageContaining("duration must be positive");
        assertThatThrownBy(() -> TestClips.numbered(4, 4, 10, 10).withDuration(5))
                .hasMessageContaining("cannot make a 1 s clip last 5 s");
        assertThatThrownBy(() -> clip.crossfadeIn(2)).hasMessageContaining("a 2 s fade is longer than the clip (1 s)");
        assertThatThrownBy(() -> clip.withOpacity(1.5)).hasMessageContaining("opacity goes from 0 to 1, got 1.5");
        assertThatThrownBy(() -> Concatenation.withCrossfade(2, clip, clip)).hasMessageContaining("crossfade 2 s is longer");
        Clip throwing = still(2, 2, BLUE, 1).withPosition(Position.moving(t -> {
            throw new IllegalStateException("boom");
        }));
        assertThatThrownBy(() -> CompositeClip.of(clip, throwing).frame(0.5))
                .hasMessageContaining("position function failed at t=0.5 s").hasMessageContaining("boom");
        MaskClip short1 = MaskClip.fromFunction(new Size(4, 4), 0.5, t -> Mask.filled(4, 4, 1f));
        assertThatThrownBy(() -> clip.withMask(short1)).hasMessageContaining("the mask lasts 0.5 s but the clip lasts 1 s");
        assertThatThrownBy(() -> ImageClip.color(new Size(2, 2), RED).writeGif(java.nio.file.Path.of("x.gif")))
                .hasMessageContaining("withDuration");
    }
}
