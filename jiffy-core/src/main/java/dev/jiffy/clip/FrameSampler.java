package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * A clip's frames as data: a stream of the frames at a frame rate (MoviePy's {@code clip.iter_frames(fps)}), the frames
 * at given times, and evenly spread times for sampling a clip.
 *
 * <pre>{@code
 * FrameSampler.sample(clip, 10).forEach(frame -> ...);          // 10 frames per second, in order
 * List<Frame> stills = FrameSampler.at(clip, 1.5, 3.0).toList();
 * }</pre>
 *
 * The streams are lazy and ordered: each frame is computed when the stream reaches it, so a long clip does not fill
 * memory. They are sequential; call {@code parallel()} to compute frames on several threads (clips allow it).
 */
public final class FrameSampler {
    private FrameSampler() {
    }

    /**
     * The frames at times {@code i / fps} for every {@code i / fps} before the end (as when writing at that rate).
     *
     * @param clip the clip, with a finite duration
     * @param fps  the sampling rate
     * @return a sequential stream; frames are computed as it is read
     * @throws IllegalArgumentException if the clip has no finite duration
     */
    public static Stream<Frame> sample(Clip clip, FrameRate fps) {
        Objects.requireNonNull(fps, "fps");
        int count = Timeline.frameCount(clip.duration(), fps);
        return IntStream.range(0, count).mapToObj(i -> clip.frame(fps.timeOf(i)));
    }

    /**
     * The frames at {@code fps} frames per second.
     *
     * @param clip the clip, with a finite duration
     * @param fps  frames per second, positive
     * @return a sequential stream; frames are computed as it is read
     * @throws IllegalArgumentException if {@code fps} is not positive or the clip has no finite duration
     */
    public static Stream<Frame> sample(Clip clip, double fps) {
        return sample(clip, FrameRate.of(fps));
    }

    /**
     * The frames at the clip's own frame rate.
     *
     * @param clip a clip with a frame rate of its own (a video)
     * @return a sequential stream; frames are computed as it is read
     * @throws IllegalArgumentException if the clip has no frame rate (a still)
     */
    public static Stream<Frame> sample(Clip clip) {
        return sample(clip, clip.fps().orElseThrow(() -> new IllegalArgumentException(
                "the clip has no frame rate of its own (it is made of still images): give one")));
    }

    /**
     * The frames at {@code times} (seconds), in that order.
     *
     * @param clip  the clip
     * @param times seconds into the clip, each inside it
     * @return a sequential stream; frames are computed as it is read; a time outside the clip throws {@code
     *         IllegalArgumentException} when reached
     */
    public static Stream<Frame> at(Clip clip, double... times) {
        double[] t = times.clone();
        return Arrays.stream(t).mapToObj(clip::frame);
    }

    /**
     * {@code count} times spread evenly over {@code duration} seconds, each in the middle of its share:
     * {@code (i + 0.5) · duration / count}. So they avoid the very first and last instants (often a cut or a fade).
     *
     * @param duration seconds, positive and finite
     * @param count    how many times, at least 1
     * @return {@code count} increasing times in seconds
     * @throws IllegalArgumentException if {@code duration} or {@code count} is out of range
     */
    public static double[] spread(double duration, int count) {
        if (!(duration > 0) || Double.isInfinite(duration)) {
            throw new IllegalArgumentException("duration must be positive and finite, got " + duration + " s");
        }
        if (count <= 0) {
            throw new IllegalArgumentException("count must be at least 1, got " + count);
        }
        double[] t = new double[count];
        for (int i = 0; i < count; i++) {
            t[i] = (i + 0.5) * duration / count;
        }
        return t;
    }
}
