package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.source.CodedPicture;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running estimate on the events of real encodes of synthetic clips whose cost is uneven in time, with and without
 * the {@link CodedChange}. The coded pictures stand in for a codec's: each costs a few bytes plus one a pixel that
 * changed since the picture before (what a codec spends between keyframes grows with what changed, which is what the
 * estimate reads them for).
 */
class RunningEstimateTest {
    private static final int WIDTH = 160;
    private static final int HEIGHT = 90;
    private static final double FPS = 12;
    private static final double SECONDS = 4;
    private static final int FRAMES = 48;

    @TempDir
    Path scratch;

    /** Coloured rings moving outwards 3 pixels a frame over the left {@code share} of a still, textured picture. */
    private static int[] rings(int k, double share) {
        int[] argb = new int[WIDTH * HEIGHT];
        int moving = (int) Math.round(WIDTH * share);
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int ring = ((int) Math.hypot(x - moving / 2.0, y - HEIGHT / 2.0) - 3 * k) & 0xFF;
                argb[y * WIDTH + x] = x < moving
                        ? 0xFF000000 | (ring * 5 & 0xFF) << 16 | (ring * 11 & 0xFF) << 8 | (ring * 3 & 0xFF)
                        : 0xFF000000 | ((x * 3 + y * 5) & 0xFF) * 0x010101;
            }
        }
        return argb;
    }

    /**
     * A quarter of the picture moving for the first two seconds, half of it for the last two: the GIF's cost per
     * second higher in the second half. Time alone, having seen only the quiet half, is 58 % under the size
     * all through it; weighing the coded change takes 14 points off that after a quarter of the frames and 20 after
     * half, and never overshoots. It does not reach the size early: the change has half the say ({@link
     * RunningEstimate#CHANGE_SHARE}), the share that served the real clips best.
     */
    @Test
    void aBusySecondHalfIsForeseenFromTheCodedChange() {
        IntFunction<int[]> painter = k -> rings(k, k < FRAMES / 2 ? 0.125 : 0.5);
        Encoded encoded = encode(painter);
        List<Double> plain = encoded.errors(new RunningEstimate());
        List<Double> weighed = encoded.errors(new RunningEstimate(() -> Optional.of(codedChange(painter))));
        int quarter = FRAMES / 4 - 1;
        int half = FRAMES / 2 - 1;
        assertThat(plain.get(quarter)).as("time alone after a quarter of the frames").isLessThan(-50);
        assertThat(plain.get(half)).as("time alone after half the frames").isLessThan(-50);
        assertThat(weighed.get(quarter)).as("weighing the change after a quarter").isGreaterThan(plain.get(quarter) + 10)
                .isGreaterThan(-50);
        assertThat(weighed.get(half)).as("weighing the change after half").isGreaterThan(plain.get(half) + 10)
                .isGreaterThan(-45);
        assertThat(weighed).as("no estimate over the size").allSatisfy(e -> assertThat(e).isLessThanOrEqualTo(0.5));
        assertThat(weighed.get(weighed.size() - 1)).as("the last estimate is the size").isZero();
    }

    /**
     * Half the picture moving all through: every second costs the same, and the coded change says so; weighing it
     * keeps the estimate where time alone has it (both within 4 % from the first estimate on).
     */
    @Test
    void anEvenClipKeepsItsAccuracy() {
        IntFunction<int[]> painter = k -> rings(k, 0.5);
        Encoded encoded = encode(painter);
        List<Double> plain = encoded.errors(new RunningEstimate());
        List<Double> weighed = encoded.errors(new RunningEstimate(() -> Optional.of(codedChange(painter))));
        for (int i = RunningEstimate.WARM_FRAMES; i < weighed.size(); i++) {
            assertThat(plain.get(i)).as("time alone after frame " + (i + 1)).isBetween(-5.0, 5.0);
            assertThat(weighed.get(i)).as("weighing the change after frame " + (i + 1)).isBetween(-5.0, 5.0);
        }
    }

    /** Until the change is known (it is read beside the encode) the estimate is time's alone, then weighs it. */
    @Test
    void theChangeCountsOnceKnown() {
        IntFunction<int[]> painter = k -> rings(k, k < FRAMES / 2 ? 0.125 : 0.5);
        Encoded encoded = encode(painter);
        CodedChange change = codedChange(painter);
        int knownAfter = FRAMES / 4;
        boolean[] known = {false};
        RunningEstimate late = new RunningEstimate(() -> known[0] ? Optional.of(change) : Optional.empty());
        List<Double> lateErrors = new ArrayList<>();
        for (double[] report : encoded.reports()) {
            known[0] = lateErrors.size() >= knownAfter;
            lateErrors.add(encoded.error(late.made(report[0], report[1], (long) report[2]).orElse(0)));
        }
        assertThat(lateErrors.subList(0, knownAfter))
                .isEqualTo(encoded.errors(new RunningEstimate()).subList(0, knownAfter));
        assertThat(lateErrors.subList(knownAfter, lateErrors.size())).isEqualTo(encoded.errors(
                new RunningEstimate(() -> Optional.of(change))).subList(knownAfter, lateErrors.size()));
    }

    /**
     * A still picture for the first two seconds, then rings moving over all of it: the frames of the still half cost
     * next to nothing, so every estimate made from them is far under the size, however steadily they agree. The coded
     * change sees far more change ahead than written (beyond {@link RunningEstimate#MOST_CHANGE_RATIO}), so none is
     * shown until the busy frames are being written; from then on each one shown is within the bound measured here.
     */
    @Test
    void aStillFirstHalfShowsNoEstimateUntilTheBusyHalfBegins() {
        IntFunction<int[]> painter = k -> k < FRAMES / 2 ? withDot(rings(0, 0), k) : rings(k, 1);
        Encoded encoded = encode(painter);
        CodedChange change = codedChange(painter);
        List<Double> made = encoded.errors(new RunningEstimate(() -> Optional.of(change)));
        List<Double> shown = encoded.shown(new RunningEstimate(() -> Optional.of(change)));
        int half = FRAMES / 2;
        assertThat(made.subList(RunningEstimate.WARM_FRAMES, half)).as("made while the still half is written")
                .allSatisfy(e -> assertThat(e).isLessThan(-90));
        assertThat(shown.subList(0, half + 1)).as("shown until a busy frame is written").containsOnlyNulls();
        // measured: the first shown after the third busy frame, 47 % under (the busy frames just begun), then closer
        int first = shown.indexOf(shown.stream().filter(e -> e != null).findFirst().orElseThrow());
        assertThat(first).as("the first estimate shown").isLessThan(FRAMES * 3 / 4);
        assertThat(shown.subList(first, shown.size())).as("every estimate from the first shown on")
                .doesNotContainNull().allSatisfy(e -> assertThat(e).isBetween(-50.0, 0.5));
        assertThat(shown.get(shown.size() - 1)).as("the last estimate is the size").isZero();
    }

    /**
     * A still picture that flickers brighter for one frame once a second, as the walking figure's light does, its
     * coded change four frames (0.33 s) late: the first estimates made swing as flicker frames come and go, and are
     * far over and under. None is shown until three in a row agree within {@link RunningEstimate#AGREEMENT} and the
     * frames' costs vary little enough ({@link RunningEstimate#MOST_UNCERTAINTY}), or half is written: here, with a
     * costly frame a second among cheap ones, at half.
     */
    @Test
    void flickerLeadingTheCodedChangeIsWithheldUntilTheEstimatesAgree() {
        IntFunction<int[]> painter = k -> withDot(flicker(k % 12 == 9), k);
        Encoded encoded = encode(painter);
        CodedChange change = codedChange(painter, 4);
        List<Double> made = encoded.errors(new RunningEstimate(() -> Optional.of(change)));
        List<Double> shown = encoded.shown(new RunningEstimate(() -> Optional.of(change)));
        // measured: made 77 % under before the first flicker frame, 116 % over after it; shown from the 24th frame
        // (half) on, 14 % under to 16 % over
        assertThat(made).as("made").anySatisfy(e -> assertThat(e).isGreaterThan(100))
                .anySatisfy(e -> assertThat(e).isBetween(-90.0, -70.0));
        int first = shown.indexOf(shown.stream().filter(e -> e != null).findFirst().orElseThrow());
        assertThat(first).as("the first estimate shown, by half the frames").isLessThan(FRAMES / 2);
        assertThat(shown.subList(first, shown.size())).as("every estimate from the first shown on")
                .doesNotContainNull().allSatisfy(e -> assertThat(e).isBetween(-20.0, 20.0));
        assertThat(shown.get(shown.size() - 1)).as("the last estimate is the size").isZero();
    }

    /**
     * A still picture (a dot moving over it, so that each frame is written) whose codec writes a keyframe every
     * second, as phones and video sites do so that a player can seek: the keyframes cost the codec a whole picture but
     * the GIF nothing more, so the coded change must not say more change is ahead when one is: weighing it leaves the
     * estimate where time alone has it.
     */
    @Test
    void regularKeyframesOfAStillClipDoNotRaiseTheEstimate() {
        IntFunction<int[]> painter = k -> withDot(rings(0, 0), k);
        Encoded encoded = encode(painter);
        List<Double> plain = encoded.errors(new RunningEstimate());
        CodedChange regular = codedChange(painter, 0, k -> k % 12 == 0);
        List<Double> weighed = encoded.errors(new RunningEstimate(() -> Optional.of(regular)));
        // measured: weighed at most 3.0 points from time alone (the GIF's centisecond times against the pictures'
        // twelfths of a second put one picture more or less on the side written), which is within 2.2 % of the size;
        // the keyframes counted at their size (before they were told from cuts): 19 % over after the 8th frame
        for (int i = RunningEstimate.WARM_FRAMES; i < weighed.size(); i++) {
            assertThat(weighed.get(i)).as("weighing the change after frame " + (i + 1))
                    .isCloseTo(plain.get(i), within(3.5));
        }
    }

    /**
     * A still picture that cuts to another still one two thirds in (a dot moving over both), its codec writing
     * a keyframe every half second and one at the cut (starting its interval again there, as x264 does): the cut costs
     * the GIF a whole new picture, and its keyframe, irregular among the others, says so before it comes.
     */
    @Test
    void aKeyframeAtACutRaisesTheEstimate() {
        int cut = 33;
        IntFunction<int[]> painter = k -> withDot(k < cut ? rings(0, 0) : rings(0, 1), k);
        Encoded encoded = encode(painter);
        List<Double> plain = encoded.errors(new RunningEstimate());
        CodedChange change = codedChange(painter, 0, k -> k < cut ? k % 6 == 0 : (k - cut) % 6 == 0);
        List<Double> weighed = encoded.errors(new RunningEstimate(() -> Optional.of(change)));
        // measured: time alone 52 % under until the cut; weighing the change 26 % under after a quarter of the frames,
        // 8-27 % under until the cut's keyframe is a quarter of a second ahead (the smoothing then counts part of it
        // as written, and the estimate sinks back toward time alone's)
        int quarter = FRAMES / 4 - 1;
        for (int i = quarter; i < cut - 3; i++) {
            assertThat(plain.get(i)).as("time alone after frame " + (i + 1)).isLessThan(-50);
            assertThat(weighed.get(i)).as("weighing the change after frame " + (i + 1))
                    .isGreaterThan(plain.get(i) + 20);
        }
        assertThat(weighed.get(weighed.size() - 1)).as("the last estimate is the size").isZero();
    }

    /**
     * {@code argb} with a small white square moved 2 pixels right at each frame {@code k}: frames that differ a
     * little, so that the encoder writes each (it merges identical frames into one).
     */
    private static int[] withDot(int[] argb, int k) {
        for (int y = HEIGHT / 2; y < HEIGHT / 2 + 4; y++) {
            for (int x = 2 * k % WIDTH; x < Math.min(WIDTH, 2 * k % WIDTH + 4); x++) {
                argb[y * WIDTH + x] = 0xFFFFFFFF;
            }
        }
        return argb;
    }

    /** A textured still picture, brighter by a quarter where {@code bright}. */
    private static int[] flicker(boolean bright) {
        int[] argb = new int[WIDTH * HEIGHT];
        for (int y = 0; y < HEIGHT; y++) {
            for (int x = 0; x < WIDTH; x++) {
                int grey = (x * 3 + y * 5) & 0xFF;
                grey = bright ? Math.min(255, grey + grey / 4 + 16) : grey;
                argb[y * WIDTH + x] = 0xFF000000 | grey * 0x010101;
            }
        }
        return argb;
    }

    /** Pictures count at the animation time they show (from the start of the part, at its speed), smoothed. */
    @Test
    void theChangeFollowsTheAnimationsTime() {
        // from 10 s at twice the speed: the pictures at 10, 10.5, 11, 11.5 s show at 0, 0.25, 0.5, 0.75 s
        List<CodedPicture> pictures = List.of(new CodedPicture(10, 1000, true), new CodedPicture(10.5, 100, false),
                new CodedPicture(11, 100, false), new CodedPicture(11.5, 400, false));
        CodedChange change = CodedChange.of(pictures, 10, 2);
        // each is the mean of the pictures within a quarter of a second (of the video) either side: only itself here
        assertThat(change.upTo(0)).isEqualTo(1000);
        assertThat(change.upTo(0.2)).isEqualTo(1000);
        assertThat(change.upTo(0.25)).isEqualTo(1100);
        assertThat(change.upTo(0.75)).isEqualTo(1600);
        assertThat(change.upTo(9)).isEqualTo(1600);
        // at 25 fps the window holds 13 pictures: a P picture's bytes are shared with the B pictures around it
        List<CodedPicture> rhythm = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            rhythm.add(new CodedPicture(i / 25.0, i % 3 == 0 ? 3000 : 300, false));
        }
        CodedChange smoothed = CodedChange.of(rhythm, 0, 1);
        for (int i = 7; i < 43; i++) {
            double own = smoothed.upTo(i / 25.0) - smoothed.upTo((i - 1) / 25.0);
            assertThat(own).as("picture " + i).isBetween(1100.0, 1500.0);
        }
    }

    /** The GIF of {@code painter}'s frames at 12 fps for 4 s, and every report of it written. */
    private Encoded encode(IntFunction<int[]> painter) {
        Clip clip = FunctionClip.of(new Size(WIDTH, HEIGHT), SECONDS,
                t -> Frame.wrap(WIDTH, HEIGHT, painter.apply((int) Math.round(t * FPS))));
        List<double[]> reports = new ArrayList<>();
        RenderListener listener = new RenderListener() {
            @Override
            public void written(double seconds, double duration, long bytes) {
                reports.add(new double[] {seconds, duration, bytes});
            }

            @Override
            public void warning(String message) {
            }
        };
        long bytes = clip.writeGif(scratch.resolve("uneven.gif"), GifExport.defaults().withFps(FPS)
                .withListener(listener)).bytes();
        return new Encoded(reports, bytes);
    }

    /** The pictures a codec would code for {@code painter}'s frames: a keyframe, then a byte a changed pixel. */
    private static CodedChange codedChange(IntFunction<int[]> painter) {
        return codedChange(painter, 0);
    }

    /**
     * As {@link #codedChange(IntFunction)}, each picture coded {@code lag} frames after the frame it is of: a codec
     * that spends its bytes on a change later than the GIF does (the walking figure's large P pictures come up to
     * 0.4 s after its costly flicker frames).
     */
    private static CodedChange codedChange(IntFunction<int[]> painter, int lag) {
        return codedChange(painter, lag, k -> k == 0);
    }

    /**
     * As {@link #codedChange(IntFunction, int)}, a keyframe (the whole picture coded) at each picture {@code keyframe}
     * tells.
     */
    private static CodedChange codedChange(IntFunction<int[]> painter, int lag, IntPredicate keyframe) {
        List<CodedPicture> pictures = new ArrayList<>();
        int[] before = null;
        for (int k = 0; k < FRAMES; k++) {
            int[] now = painter.apply(k);
            int changed = 0;
            for (int p = 0; p < now.length; p++) {
                changed += keyframe.test(k) || before[p] != now[p] ? 1 : 0;
            }
            pictures.add(new CodedPicture((k + (k == 0 ? 0 : lag)) / FPS, 20 + changed, keyframe.test(k)));
            before = now;
        }
        return CodedChange.of(pictures, 0, 1);
    }

    /** A GIF's reports as it was written, and its size. */
    private record Encoded(List<double[]> reports, long bytes) {
        /**
         * How far each estimate {@code estimate} makes is from the size, after each report, in percent (-100 where it
         * makes none: the warm-up), none withheld ({@link RunningEstimate#made}).
         */
        List<Double> errors(RunningEstimate estimate) {
            return reports.stream().map(r -> error(estimate.made(r[0], r[1], (long) r[2]).orElse(0))).toList();
        }

        /**
         * How far each estimate {@code estimate} shows is from the size, after each report, in percent; null where
         * it shows none ({@link RunningEstimate#after}).
         */
        List<Double> shown(RunningEstimate estimate) {
            return reports.stream().map(r -> estimate.after(r[0], r[1], (long) r[2]))
                    .map(e -> e.isPresent() ? error(e.getAsLong()) : null).toList();
        }

        /** How far {@code estimate} is from the size, in percent. */
        double error(long estimate) {
            return 100.0 * (estimate - bytes) / bytes;
        }
    }
}
