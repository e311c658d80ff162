package dev.jiffy.gif.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TimingAndFuzzTest {

    @Test
    void delaysFollowTheRoundedRunningTotalAtAnyFrameRate() {
        for (double fps : new double[] {10, 12, 15, 23.976, 24, 25, 29.97, 30, 50}) {
            DelayClock clock = new DelayClock();
            long total = 0;
            int frames = (int) Math.round(3 * fps);
            for (int i = 1; i <= frames; i++) {
                int d = clock.advance(i / fps);
                assertThat(d).isBetween((int) Math.floor(100 / fps), (int) Math.ceil(100 / fps));
                total += d;
            }
            assertThat(total).as("%s fps", fps).isEqualTo(Math.round(100.0 * frames / fps));
        }
    }

    @Test
    void endTimesMustBeFiniteAndIncreasing() {
        DelayClock clock = new DelayClock();
        assertThatThrownBy(() -> clock.advance(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("frame end time 0.0 s must be after the previous frame's end 0.0 s"
                        + " (the first frame starts at 0 s)");
        assertThat(clock.advance(0.25)).isEqualTo(25);
        assertThatThrownBy(() -> clock.advance(0.2)).hasMessageContaining("0.2 s must be after");
        assertThatThrownBy(() -> clock.advance(Double.POSITIVE_INFINITY)).hasMessageContaining("not a finite number");
        assertThat(clock.advance(0.254)).isZero();
        assertThat(clock.advance(0.26)).isZero();
        assertThat(clock.advance(0.27)).isEqualTo(2);
    }

    @Test
    void noDelayIsBelowTwoCentisecondsAndTheRemainderKeepsTheTotalExact() {
        // 0.55 s at 24 fps: 13 frames of 4 or 5 cs end at 54 cs, and the last, partial frame lasts 1 cs
        DelayClock clock = new DelayClock();
        java.util.List<Integer> delays = new java.util.ArrayList<>();
        for (int i = 1; i <= 14; i++) {
            delays.add(clock.advance(Math.min(i / 24.0, 0.55)));
        }
        assertThat(delays.subList(0, 13)).allSatisfy(d -> assertThat(d).isBetween(4, 5));
        assertThat(delays.get(13)).as("not shown").isZero();
        assertThat(clock.remainder()).isEqualTo(1);
        assertThat(delays.stream().mapToInt(Integer::intValue).sum() + clock.remainder()).isEqualTo(55);
    }

    @Test
    void aboveFiftyFramesPerSecondEveryOtherFrameIsShownForTwoCentiseconds() {
        DelayClock clock = new DelayClock();
        int[] delays = new int[10];
        for (int i = 0; i < 10; i++) {
            delays[i] = clock.advance((i + 1) / 100.0);
        }
        assertThat(delays).containsExactly(0, 2, 0, 2, 0, 2, 0, 2, 0, 2);
        assertThat(clock.remainder()).isZero();
    }

    @Test
    void fuzzMatchesImageMagicksDefinition() {
        // ImageMagick: same when dr² + dg² + db² <= 3 (fuzz · QuantumRange)², i.e. within fuzz % of the black-to-white
        // distance 255·√3. At 10 %: radius 44.17 levels.
        Fuzz ten = new Fuzz(10);
        assertThat(ten.same(0x000000, 0x2C0000)).isTrue(); // 44
        assertThat(ten.same(0x000000, 0x2D0000)).isFalse(); // 45
        assertThat(ten.same(0x101010, 0x292929)).isTrue(); // 25 per channel: 43.3
        assertThat(ten.same(0x101010, 0x2A2A2A)).isFalse(); // 26 per channel: 45.0
        assertThat(ten.limit()).isEqualTo(1950); // floor(3 · 25.5²)
    }

    @Test
    void zeroFuzzMeansIdenticalAndFullFuzzMeansEverything() {
        Fuzz none = new Fuzz(0);
        assertThat(none.same(0xFF123456, 0x00123456)).isTrue(); // alpha is not compared
        assertThat(none.same(0x123456, 0x123457)).isFalse();
        Fuzz all = new Fuzz(100);
        assertThat(all.same(0x000000, 0xFFFFFF)).isTrue();
    }
}
