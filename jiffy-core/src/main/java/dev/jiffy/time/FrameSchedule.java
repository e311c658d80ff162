package dev.jiffy.time;

import java.util.Optional;

/**
 * Which instants of a clip become GIF frames and how long each shows: a fixed rate ({@link Sampling}) or the frames'
 * own times ({@link FrameTimes}, a GIF read back with uneven delays). The renderer writes whatever schedule it is
 * given, so both go through the same encoder.
 */
public interface FrameSchedule {
    /**
     * Frames in the schedule.
     *
     * @return at least 1
     */
    int count();

    /**
     * When frame {@code index} starts.
     *
     * @param index 0..count-1
     * @return seconds from the clip's start
     */
    double timeOf(int index);

    /**
     * When frame {@code index} stops showing: when the next one starts, or the end for the last.
     *
     * @param index 0..count-1
     * @return seconds from the clip's start
     */
    double endOf(int index);

    /**
     * Seconds covered.
     *
     * @return positive and finite
     */
    double duration();

    /**
     * The rate to report: the sampling rate, or the average rate of uneven frames.
     *
     * @return frames per second
     */
    FrameRate fps();

    /**
     * What to tell the user about the schedule (a rate that was capped), else empty.
     *
     * @return one line, or empty
     */
    default Optional<String> warning() {
        return Optional.empty();
    }
}
