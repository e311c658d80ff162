package dev.jiffy.studio;

import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The size of a GIF while it is encoded, from what is written so far ({@link
 * dev.jiffy.progress.RenderListener#written}): the bytes written, plus the animation time still to write at the
 * steady cost per second of the frames written after the first {@value #WARM_FRAMES}, scaled by how much more or less
 * the picture changes in what is still to write than in what was written, where a {@link CodedChange} says so. It
 * costs nothing besides the encode (and the coded change, read beside it), sees every frame, and converges on the
 * exact size, which it is once the last frame is written. Counted in animation time, not frames, so that frames
 * merged into the one before (which cost nothing) count as they should. Fed one frame at a time, from the encoding
 * thread.
 */
final class RunningEstimate {
    /**
     * Frames at the start of a GIF that cost more than those after them, left out of the steady cost. The first frame
     * is drawn whole, and a few after it cost more while the encoder learns the footage's noise (it keeps a pixel
     * still by the noise of its region over the last frames). Bytes per frame on 4 s at 12 fps, 320 px, frames 1-3
     * and 4-6 against 13-47: bunny 23.2 K and 15.0 K against 14.7 K, football 12.3 K and 9.2 K against 7.1 K,
     * cockatoo 29.3 K and 25.5 K against 22.9 K, the testcard flat (5.2 K); a grainy synthetic clip 10.5 K for frames
     * 1-4, then 0.6 K rising to a steady 3 K.
     */
    static final int WARM_FRAMES = 6;
    /**
     * How far the coded change moves the estimate: the cost still to come is the steady cost per second times
     * {@code 1 - w + w * r}, where {@code r} is how many times more the picture changes per second in what is left than
     * in what was written after the warm-up, and {@code w} is this share. Bytes and coded sizes are not proportional
     * (a still picture's grain costs the GIF, a codec little), so the change only shares the say with time. Over the
     * 40 GIFs of {@code bench/studio.sh estimate} (2026-12-07, a prototype over their written reports, with the bound
     * and the ramp below), within 15 % after a quarter / half of the frames / from the first estimate on: share 0.3:
     * 31 / 35 / 19; 0.5: 34 / 37 / 21; 0.7: 35 / 39 / 19; 1 (all the say to the change): 33 / 38 / 14; time alone 28 /
     * 34 / 18. 0.5 and 0.7 are alike within what 40 GIFs of 10 clips tell apart; 0.5 keeps more first estimates close.
     */
    static final double CHANGE_SHARE = 0.5;
    /**
     * Seconds of animation written after the warm-up before the coded change has its full {@link #CHANGE_SHARE}: a
     * few frames' coded sizes are a noisy measure of their change, so it grows in over this time. Over the 40 GIFs,
     * within 15 % after a quarter of the frames / from the first estimate on: at once 33 / 10, over 0.5 s 33 / 16, 1 s
     * 34 / 21, 2 s 30 / 18 (time alone 28 / 18).
     */
    static final double CHANGE_RAMP_SECONDS = 1.0;

    /**
     * The most times more (or less) change ahead than written that the estimate believes. A GIF frame costs bytes
     * that do not grow with its change (its header, the LZW of a still stretch), so a change ratio far from 1 overstates
     * the cost ratio: on the quiet-then-busy test clip the coded change grows 80 times, the GIF's cost 15 times, and
     * unbounded estimates overshot by up to 260 % once the busy frames began. Real clips rarely go beyond: over the 40
     * GIFs of {@code bench/studio.sh estimate}, within 15 % after a quarter / half of the frames unbounded 34 / 38,
     * bounded at 6 34 / 37, at 4 33 / 36, at 2 31 / 36.
     */
    static final double MOST_CHANGE_RATIO = 6;

    private final Supplier<Optional<CodedChange>> change;
    private int frames;
    private long warmBytes;
    private long warmCentiseconds;
    private double warmSeconds;

    /** An estimate from the bytes and time written alone. */
    RunningEstimate() {
        this(Optional::empty);
    }

    /**
     * An estimate that also weighs the change still to come, once {@code change} knows it (it may be read beside the
     * encode, and say nothing until it is done).
     */
    RunningEstimate(Supplier<Optional<CodedChange>> change) {
        this.change = change;
    }

    /**
     * Takes the report of one more frame written (or, last, of the trailer) and gives the estimate it makes: empty
     * until a frame after the warm-up is written; the bytes written once nothing is left to write.
     *
     * @param seconds  animation time of the frames written so far
     * @param duration animation time of the whole GIF
     * @param bytes    bytes written so far
     */
    OptionalLong after(double seconds, double duration, long bytes) {
        long written = Math.round(seconds * 100);
        long left = Math.max(0, Math.round(duration * 100) - written);
        if (left == 0) {
            return OptionalLong.of(bytes);
        }
        frames++;
        if (frames <= WARM_FRAMES) {
            warmBytes = bytes;
            warmCentiseconds = written;
            warmSeconds = seconds;
            return OptionalLong.empty();
        }
        double perCentisecond = (double) (bytes - warmBytes) / (written - warmCentiseconds);
        double factor = change.get().map(c -> changeFactor(c, seconds, duration)).orElse(1.0);
        return OptionalLong.of(bytes + Math.round(perCentisecond * left * factor));
    }

    /**
     * {@code 1 - w + w * r} ({@link #CHANGE_SHARE}, {@code r} within {@link #MOST_CHANGE_RATIO}); 1 when nothing
     * measurable changed in what was written.
     */
    private double changeFactor(CodedChange c, double seconds, double duration) {
        double steadySeconds = seconds - warmSeconds;
        double writtenRate = (c.upTo(seconds) - c.upTo(warmSeconds)) / steadySeconds;
        if (!(writtenRate > 0)) {
            return 1;
        }
        double aheadRate = (c.upTo(duration) - c.upTo(seconds)) / (duration - seconds);
        double ratio = Math.max(1 / MOST_CHANGE_RATIO, Math.min(MOST_CHANGE_RATIO, aheadRate / writtenRate));
        double share = CHANGE_SHARE * Math.min(1, steadySeconds / CHANGE_RAMP_SECONDS);
        return 1 - share + share * ratio;
    }
}
