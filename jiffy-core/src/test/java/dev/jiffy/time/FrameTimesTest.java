package dev.jiffy.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameTimesTest {
    private final FrameTimes uneven = FrameTimes.ofDelays(new int[] {7, 23, 5, 40, 12});

    @Test
    void delaysBecomeStartsAndEnds() {
        assertThat(uneven.count()).isEqualTo(5);
        assertThat(uneven.duration()).isEqualTo(0.87);
        assertThat(uneven.timeOf(2)).isEqualTo(0.30);
        assertThat(uneven.endOf(2)).isEqualTo(0.35);
        assertThat(uneven.endOf(4)).isEqualTo(0.87);
        assertThat(uneven.indexAt(0)).isZero();
        assertThat(uneven.indexAt(0.3)).isEqualTo(2);
        assertThat(uneven.indexAt(0.349)).isEqualTo(2);
        assertThat(uneven.indexAt(0.87)).isEqualTo(4);
    }

    @Test
    void anExcerptStartsWithTheFrameShowingAndScalesWithSpeed() {
        FrameTimes cut = uneven.excerpt(0.32, 0.80, 1);
        assertThat(cut.count()).isEqualTo(3);
        assertThat(cut.timeOf(1)).isCloseTo(0.03, within());
        assertThat(cut.timeOf(2)).isCloseTo(0.43, within());
        assertThat(cut.duration()).isCloseTo(0.48, within());

        FrameTimes slow = uneven.excerpt(0, 0.87, 0.5);
        assertThat(slow.count()).isEqualTo(5);
        assertThat(slow.timeOf(1)).isCloseTo(0.14, within());
        assertThat(slow.duration()).isCloseTo(1.74, within());
        assertThat(slow.warning()).isEmpty();
        // in the library's terms: the CLI names its own option
        assertThat(uneven.excerpt(0, 0.87, 4).warning()).get().asString().contains("2 of 5 frames")
                .contains("less than 2/100 s, which browsers slow down to 10/100 s")
                .contains("resampling at a frame rate (at most 50 fps)").doesNotContain("--");
    }

    @Test
    void badTimesAreRefused() {
        assertThatThrownBy(() -> FrameTimes.ofDelays(new int[] {5, 0})).hasMessageContaining("frame 1");
        assertThatThrownBy(() -> FrameTimes.of(new double[] {0, 0.2, 0.1}, 1)).hasMessageContaining("frame 2");
        assertThatThrownBy(() -> FrameTimes.of(new double[] {0.1}, 1)).hasMessageContaining("start at 0");
        assertThatThrownBy(() -> uneven.excerpt(0.5, 0.4, 1)).hasMessageContaining("0.5 s to 0.4 s");
    }

    private static org.assertj.core.data.Offset<Double> within() {
        return org.assertj.core.data.Offset.offset(1e-9);
    }
}
