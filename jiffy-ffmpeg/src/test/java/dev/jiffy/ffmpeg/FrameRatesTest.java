package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.time.FrameRate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FrameRatesTest {
    @Test
    void plausibility() {
        assertThat(FrameRates.plausible(25, 1)).isTrue();
        assertThat(FrameRates.plausible(24000, 1001)).isTrue();
        assertThat(FrameRates.plausible(240, 1)).isTrue();
        assertThat(FrameRates.plausible(90000, 1)).isFalse();
        assertThat(FrameRates.plausible(1000, 1)).isFalse();
        assertThat(FrameRates.plausible(0, 0)).isFalse();
        assertThat(FrameRates.plausible(0, 1)).isFalse();
    }

    @Test
    void exactTimestamps() {
        assertThat(FrameRates.measure(ticks(48, 3600, 0, 0), 1, 90000)).isEqualTo(FrameRate.of(25));
        assertThat(FrameRates.measure(ticks(48, 3003, 0, 0), 1, 90000)).isEqualTo(new FrameRate(30000, 1001));
        assertThat(FrameRates.measure(ticks(48, 1, 0, 0), 1, 24)).isEqualTo(FrameRate.of(24));
    }

    @Test
    void millisecondsRoundedTimestamps() {
        long[] ms = new long[48];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = Math.round(3 + i * 1000 / 24.0);
        }
        assertThat(FrameRates.measure(ms, 1, 1000)).isEqualTo(FrameRate.of(24));
        for (int i = 0; i < ms.length; i++) {
            ms[i] = Math.round(i * 1001 / 24.0);
        }
        assertThat(FrameRates.measure(ms, 1, 1000)).isEqualTo(new FrameRate(24000, 1001));
    }

    @Test
    void jitterAndDecodingOrder() {
        long[] ts = ticks(48, 3600, 1000, 9);
        // shuffle a little, as B-frames do
        long swap = ts[5];
        ts[5] = ts[6];
        ts[6] = swap;
        assertThat(FrameRates.measure(ts, 1, 90000)).isEqualTo(FrameRate.of(25));
    }

    @Test
    void unusualRatesStayAsMeasured() {
        assertThat(FrameRates.measure(ticks(20, 7, 0, 0), 1, 100).toDouble()).isCloseTo(100 / 7.0,
                org.assertj.core.data.Offset.offset(1e-5));
        assertThat(FrameRates.measure(new long[] {5}, 1, 25)).isNull();
    }

    static long[] ticks(int n, long period, int jitter, long seed) {
        Random random = new Random(seed);
        long[] ts = new long[n];
        for (int i = 0; i < n; i++) {
            ts[i] = i * period + (jitter == 0 ? 0 : random.nextInt(2 * jitter + 1) - jitter);
        }
        return ts;
    }
}
