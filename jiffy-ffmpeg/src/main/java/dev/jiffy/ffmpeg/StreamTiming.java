package dev.jiffy.ffmpeg;

/**
 * The mapping between a stream's timestamps (in its time base) and the times of the {@link dev.jiffy.source.FrameCursor}
 * contract, which count from the start of the video stream.
 *
 * @param startPts      the timestamp that is time 0
 * @param timeBaseNum   numerator of the stream's time base (seconds per tick)
 * @param timeBaseDen   denominator of the stream's time base
 */
record StreamTiming(long startPts, int timeBaseNum, int timeBaseDen) {
    /** Timestamps are rounded to whole ticks; below this tick length, half a tick is allowed as rounding error. */
    private static final double COARSE_TICK = 0.001;

    StreamTiming {
        if (timeBaseNum <= 0 || timeBaseDen <= 0) {
            throw new IllegalArgumentException("time base must be positive, got " + timeBaseNum + "/" + timeBaseDen);
        }
    }

    /** Seconds from the start of the stream to {@code pts}. */
    double seconds(long pts) {
        return (double) (pts - startPts) * timeBaseNum / timeBaseDen;
    }

    /** The last timestamp at or before {@code seconds}. */
    long pts(double seconds) {
        return startPts + (long) Math.floor(seconds * timeBaseDen / timeBaseNum);
    }

    double tick() {
        return (double) timeBaseNum / timeBaseDen;
    }

    /**
     * How much later than t a frame may start and still count as showing at t. Containers such as Matroska and WebM keep
     * times in whole milliseconds, so a 24 fps frame meant for 41.667 ms is stamped 42 ms: half a tick of slack keeps
     * sampling at the nominal rate from dropping or repeating frames. Where ticks are at least a millisecond long (a
     * time base of 1/25 at 25 fps) timestamps are exact and the slack is {@link dev.jiffy.time.Timeline#EPSILON}.
     */
    double slack() {
        double tick = tick();
        return tick <= COARSE_TICK ? Math.max(dev.jiffy.time.Timeline.EPSILON, tick / 2) : dev.jiffy.time.Timeline.EPSILON;
    }
}
