package dev.jiffy.ffmpeg;

import dev.jiffy.time.FrameRate;
import java.util.Arrays;

/**
 * Picks a stream's frame rate: the container's average rate when it is plausible, else FFmpeg's guess (r_frame_rate),
 * else one measured from the first timestamps. Nominal rates can be nonsense: a time base's tick rate (90000/1)
 * reported as a frame rate, or 0/0.
 */
final class FrameRates {
    /** At or above this, a "frame rate" is a tick rate (Matroska's 1000, MPEG-TS's 90000), not a camera's. */
    static final double MAX_PLAUSIBLE_FPS = 1000;
    /** Relative difference within which a measured rate is taken for a common one. */
    static final double SNAP_TOLERANCE = 0.005;
    /** Common rates that a measurement snaps to when it is within the rounding of the timestamps. */
    private static final FrameRate[] COMMON = {
        new FrameRate(24000, 1001), FrameRate.of(24), FrameRate.of(25), new FrameRate(30000, 1001), FrameRate.of(30),
        new FrameRate(48000, 1001), FrameRate.of(48), FrameRate.of(50), new FrameRate(60000, 1001), FrameRate.of(60),
        FrameRate.of(1), FrameRate.of(5), FrameRate.of(6), FrameRate.of(8), FrameRate.of(10), new FrameRate(25, 2),
        FrameRate.of(12), FrameRate.of(15), FrameRate.of(20), FrameRate.of(72), FrameRate.of(90), FrameRate.of(100),
        new FrameRate(120000, 1001), FrameRate.of(120), FrameRate.of(144), FrameRate.of(240),
    };

    private FrameRates() {
    }

    static boolean plausible(long num, long den) {
        return num > 0 && den > 0 && (double) num / den < MAX_PLAUSIBLE_FPS;
    }

    /**
     * The rate shown by frames starting at {@code timestamps} (any order, in ticks of {@code timeBaseNum/timeBaseDen}
     * seconds), or null if there are fewer than two distinct ones. The frame period is the least-squares slope of the
     * sorted timestamps against their rank, which shrugs off the jitter of sloppy captures (the usual reason for a
     * nonsense nominal rate); it snaps to the closest common rate within {@link #SNAP_TOLERANCE}.
     */
    static FrameRate measure(long[] timestamps, int timeBaseNum, int timeBaseDen) {
        long[] sorted = Arrays.stream(timestamps).sorted().distinct().toArray();
        int n = sorted.length;
        if (n < 2) {
            return null;
        }
        double meanRank = (n - 1) / 2.0;
        double meanTs = 0;
        for (long ts : sorted) {
            meanTs += (double) (ts - sorted[0]) / n;
        }
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < n; i++) {
            covariance += (i - meanRank) * ((sorted[i] - sorted[0]) - meanTs);
            variance += (i - meanRank) * (i - meanRank);
        }
        double period = covariance / variance * timeBaseNum / timeBaseDen;
        if (!(period > 0)) {
            return null;
        }
        FrameRate closest = null;
        double closestError = SNAP_TOLERANCE;
        for (FrameRate common : COMMON) {
            double error = Math.abs(period * common.toDouble() - 1);
            if (error <= closestError) {
                closest = common;
                closestError = error;
            }
        }
        return closest != null ? closest : FrameRate.of(1 / period);
    }
}
