package dev.jiffy.studio;

import java.util.ArrayDeque;
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
 * merged into the one before (which cost nothing) count as they should. The first estimate is withheld until the
 * last {@value #AGREEING_ESTIMATES} agree within {@value #AGREEMENT} of it and the frames' costs vary little enough
 * ({@link #MOST_UNCERTAINTY}), or half the animation is written ({@value #SHOWN_BY}): a few frames' cost can be far
 * from the rest's (the page says "estimating…" meanwhile). Fed one frame at a time, from the encoding thread.
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
     * bounded at 6 34 / 37, at 4 33 / 36, at 2 31 / 36. Beyond it the first estimate is withheld ({@link #after}):
     * on those 40, with the agreement below, within 15 % from the first estimate shown on 28 either way, and shown
     * and within 15 % after a quarter of the frames 33 against 34 (withholding beyond 4 instead: 30 from the first
     * on, but 35 after half the frames against 37).
     */
    static final double MOST_CHANGE_RATIO = 6;

    /**
     * How many estimates in a row, the last one made included, must agree before the first is shown: while the frames
     * written are few, one costly or cheap frame moves the estimate much, and an estimate that still moves is far
     * off. Over the 40 GIFs of {@code bench/studio.sh estimate} (2026-12-07, a prototype over the benchmark's
     * written reports, {@code target/size-estimate-reports.txt}), with {@link #AGREEMENT}: within 15 % from the first
     * estimate shown on / the worst estimate shown / the first shown after a median (most) of the frames: shown at
     * once 19 / 246 % / 15 % (18 %); 2 within 6 % 26 / 53 % / 19 % (42 %), 10 % 23 / 152 % / 17 % (32 %); 3 within
     * 8 % 29 / 53 % / 21 % (50 %, at half), 10 % 28 / 53 % / 21 % (50 %), 15 % 26 / 53 % / 20 % (45 %); 4 within
     * 10 % 30 / 53 % / 23 % (50 %) but after a quarter of the frames only 25 shown within 15 %, against 34 (each
     * without the withholding beyond {@link #MOST_CHANGE_RATIO} and {@link #MOST_UNCERTAINTY}, added after).
     */
    static final int AGREEING_ESTIMATES = 3;
    /**
     * How close the last {@link #AGREEING_ESTIMATES} estimates must be, the largest less the smallest as a share of the
     * last, for the first to be shown (measured with it: 6 % left 26 of 40 shown and within 15 % after a quarter of
     * the frames, 8 % 32, 10 % and 12 % 34).
     */
    static final double AGREEMENT = 0.10;
    /**
     * The share of the animation written by which the first estimate is shown even if the estimates do not agree yet:
     * the walking figure's never do sooner (they agree after 45-52 % of its frames, its costly flicker frames coming
     * once a second), and at half its four GIFs' estimates are 3 % to 20 % over.
     */
    static final double SHOWN_BY = 0.5;
    /**
     * How uncertain the first estimate shown may be besides agreeing with those before it: the standard error of the
     * steady cost per second (from the spread of the frames' costs written after the warm-up, as a share of their
     * mean) times the share of the estimate still to write. Frames whose costs vary much (the test pattern's, 0.8-3.5
     * KB at 480 px; the screencast's, 0-2.5 KB) leave an average of a few far from the rest's even when three
     * estimates in a row happen to agree. Over the 40 GIFs (as {@link #AGREEING_ESTIMATES}), within 15 % from the
     * first estimate shown on / the worst estimate shown, with the agreement: without this 28 / 53 %; 0.10 32 / 41 %
     * (but 30 shown within 15 % after a quarter of the frames, against 33); 0.12 31 / 41 %; 0.15 30 / 41 %; 0.20 29 /
     * 52 %; this alone, without the agreement, at 0.10: 26 / 53 %.
     */
    static final double MOST_UNCERTAINTY = 0.12;

    private final Supplier<Optional<CodedChange>> change;
    private int frames;
    private long warmBytes;
    private long warmCentiseconds;
    private double warmSeconds;
    /** The last {@link #AGREEING_ESTIMATES} estimates made, oldest first, until one is shown. */
    private final ArrayDeque<Long> lastMade = new ArrayDeque<>();
    private boolean shown;
    /** The bytes and animation time (centiseconds) written by the last frame reported. */
    private long lastBytes;
    private long lastCentiseconds;
    /** The steady frames' costs per centisecond: how many, their mean and summed squared deviations (Welford). */
    private int costs;
    private double costMean;
    private double costSquares;

    /**
     * An estimate made, with what {@link #after} weighs before showing the first: the steady cost per centisecond it
     * was made from (0 once nothing is left to write), and how many times more the picture changes per second in what
     * is left than in what was written (1 while the change is not known).
     */
    private record Made(long bytes, double steadyCost, double changeAhead) {
    }

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
     * Takes the report of one more frame written (or, last, of the trailer) and gives the estimate to show: empty
     * until the estimates made agree ({@link #AGREEING_ESTIMATES}, {@link #AGREEMENT}) and the steady cost is known
     * closely enough ({@link #MOST_UNCERTAINTY}), or half the animation is written ({@link #SHOWN_BY}), and the
     * change ahead is within {@link #MOST_CHANGE_RATIO} of that written; then each one made; the bytes written once
     * nothing is left to write.
     *
     * @param seconds  animation time of the frames written so far
     * @param duration animation time of the whole GIF
     * @param bytes    bytes written so far
     */
    OptionalLong after(double seconds, double duration, long bytes) {
        Made made = make(seconds, duration, bytes);
        if (made == null) {
            return OptionalLong.empty();
        }
        long estimate = made.bytes();
        if (shown) {
            return OptionalLong.of(estimate);
        }
        lastMade.addLast(estimate);
        if (lastMade.size() > AGREEING_ESTIMATES) {
            lastMade.removeFirst();
        }
        long spread = lastMade.stream().mapToLong(Long::longValue).max().orElseThrow()
                - lastMade.stream().mapToLong(Long::longValue).min().orElseThrow();
        double uncertainty = costs < 2 || !(made.steadyCost() > 0) ? Double.POSITIVE_INFINITY
                : Math.sqrt(costSquares / (costs - 1) / costs) / made.steadyCost() * (estimate - bytes) / estimate;
        // Beyond the bound, the estimate believes less change ahead than the video shows, so it cannot be trusted
        // however steady it is: a still first half before a busy one.
        boolean believable = made.changeAhead() <= MOST_CHANGE_RATIO && made.changeAhead() >= 1 / MOST_CHANGE_RATIO;
        shown = seconds >= duration || believable
                && (lastMade.size() == AGREEING_ESTIMATES && spread <= AGREEMENT * estimate
                && uncertainty <= MOST_UNCERTAINTY || seconds >= SHOWN_BY * duration);
        return shown ? OptionalLong.of(estimate) : OptionalLong.empty();
    }

    /**
     * As {@link #after}, but every estimate made, none withheld: empty until a frame after the warm-up is written.
     * (For the benchmark, which measures what withholding gains; an estimate is fed through one of the two.)
     */
    OptionalLong made(double seconds, double duration, long bytes) {
        Made made = make(seconds, duration, bytes);
        return made == null ? OptionalLong.empty() : OptionalLong.of(made.bytes());
    }

    /** The estimate after one more frame's report, or null until a frame after the warm-up is written. */
    private Made make(double seconds, double duration, long bytes) {
        long written = Math.round(seconds * 100);
        long left = Math.max(0, Math.round(duration * 100) - written);
        if (left == 0) {
            return new Made(bytes, 0, 1);
        }
        frames++;
        if (frames > WARM_FRAMES && written > lastCentiseconds) {
            double cost = (double) (bytes - lastBytes) / (written - lastCentiseconds);
            costs++;
            double before = costMean;
            costMean += (cost - before) / costs;
            costSquares += (cost - before) * (cost - costMean);
        }
        lastBytes = bytes;
        lastCentiseconds = written;
        if (frames <= WARM_FRAMES) {
            warmBytes = bytes;
            warmCentiseconds = written;
            warmSeconds = seconds;
            return null;
        }
        double perCentisecond = (double) (bytes - warmBytes) / (written - warmCentiseconds);
        Optional<CodedChange> known = change.get();
        double changeAhead = known.map(c -> changeAhead(c, seconds, duration)).orElse(1.0);
        double factor = known.map(c -> changeFactor(changeAhead, seconds)).orElse(1.0);
        return new Made(bytes + Math.round(perCentisecond * left * factor), perCentisecond, changeAhead);
    }

    /**
     * How many times more the picture changes per second in what is left than in what was written after the warm-up:
     * infinite when nothing measurable changed in what was written but something is ahead, 1 when nothing changes.
     */
    private double changeAhead(CodedChange c, double seconds, double duration) {
        double writtenRate = (c.upTo(seconds) - c.upTo(warmSeconds)) / (seconds - warmSeconds);
        double aheadRate = (c.upTo(duration) - c.upTo(seconds)) / (duration - seconds);
        if (!(writtenRate > 0)) {
            return aheadRate > 0 ? Double.POSITIVE_INFINITY : 1;
        }
        return aheadRate / writtenRate;
    }

    /**
     * {@code 1 - w + w * r} ({@link #CHANGE_SHARE}, {@code r} the change ahead within {@link #MOST_CHANGE_RATIO}); 1
     * when nothing measurable changed in what was written (the change ahead infinite, or 1).
     */
    private double changeFactor(double changeAhead, double seconds) {
        if (Double.isInfinite(changeAhead) || changeAhead == 1) {
            return 1;
        }
        double ratio = Math.max(1 / MOST_CHANGE_RATIO, Math.min(MOST_CHANGE_RATIO, changeAhead));
        double share = CHANGE_SHARE * Math.min(1, (seconds - warmSeconds) / CHANGE_RAMP_SECONDS);
        return 1 - share + share * ratio;
    }
}
