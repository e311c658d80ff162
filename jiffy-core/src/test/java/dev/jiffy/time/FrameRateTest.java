package dev.jiffy.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FrameRateTest {
    @Test
    void keepsRatesExact() {
        assertThat(FrameRate.of(29.97)).isEqualTo(new FrameRate(30000, 1001));
        assertThat(FrameRate.of(23.976)).isEqualTo(new FrameRate(24000, 1001));
        assertThat(FrameRate.of(12.5)).isEqualTo(new FrameRate(25, 2));
        assertThat(FrameRate.of(15.0)).isEqualTo(new FrameRate(15, 1));
        assertThat(new FrameRate(50, 2)).isEqualTo(FrameRate.of(25));
    }

    @Test
    void framesCountWithoutFloatingPointDrift() {
        // MoviePy's castle example: 0.4 s at speed 0.2 is 2 s; at 5 fps that is 10 frames, not 11.
        double d = (23.2 - 22.8) / 0.2;
        assertThat(Timeline.frameCount(d, FrameRate.of(5))).isEqualTo(10);
        assertThat(Timeline.frameCount(88.1 - 87.9, FrameRate.of(15))).isEqualTo(3);
        assertThat(Timeline.frameCount(0.55, FrameRate.of(10))).isEqualTo(6);
        assertThat(Timeline.frameCount(10, new FrameRate(30000, 1001))).isEqualTo(300);
    }

    @Test
    void mapsTimesAndIndicesBothWays() {
        FrameRate ntsc = new FrameRate(30000, 1001);
        for (int i = 0; i < 10_000; i += 7) {
            assertThat(ntsc.indexAt(ntsc.timeOf(i))).isEqualTo(i);
        }
        assertThat(FrameRate.of(24).indexAt(0.5)).isEqualTo(12);
    }

    @Test
    void rejectsNonPositiveRates() {
        assertThatThrownBy(() -> FrameRate.of(0.0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new FrameRate(-1, 1)).hasMessageContaining("-1/1");
    }
}
