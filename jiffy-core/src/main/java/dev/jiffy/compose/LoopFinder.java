package dev.jiffy.compose;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Resizer;
import dev.jiffy.image.Size;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Sampling;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Finds loops: the in/out pairs near a selection whose frame at "out" best matches the frame at "in", so that jumping
 * back from the end to the start looks like one more step of the motion. Frames are decoded once, at the clip's frame
 * rate, only around the selection's two ends ({@code start ± radius}, {@code end ± radius}), as grey thumbnails
 * {@value #THUMBNAIL_WIDTH} pixels wide (a few KB each, so memory stays small whatever the video's size); every pair is
 * scored by SSIM of the thumbnails, and durations near the selection's are preferred. Pure Java, cancellable through
 * the listener.
 *
 * <pre>{@code
 * LoopCandidate best = LoopFinder.find(video, 4.6, 5.9, 1.0, RenderListener.SILENT).get(0);
 * video.subclip(best.from(), best.to()).writeGif("loop.gif");
 * }</pre>
 */
public final class LoopFinder {
    /**
     * Similarity from which a jump back passes for an ordinary step of smooth footage, whatever the clip's own steps
     * (see {@link LoopCandidate#seamless()}). Measured (64 px thumbnails, SSIM) around 2 s selections of seven clips
     * of {@code ../shared/media}: the median step between neighbouring frames is 0.97 to 1.00 on the smooth ones (3D
     * animation, foliage, static camera, cel animation, screencast), 0.87 on handheld live action, 0.57 on smoke; the
     * best loop within 1 s scored 0.92 to 0.99 on the smooth ones, 0.29 on the handheld clip and 0.52 on the smoke.
     */
    public static final double SEAMLESS = 0.9;
    /** The widest search around each end, seconds: 2 × 5 s at 50 fps is 500 thumbnails of 64 px, about 4 MB. */
    public static final double MAX_RADIUS = 5;
    /** Candidates returned at most. */
    public static final int RESULTS = 5;
    /** Thumbnail width, pixels: enough for the shape of a scene, small enough that noise and grain average out. */
    static final int THUMBNAIL_WIDTH = 64;
    /** The rate a clip without one of its own (stills, effects) is searched at. */
    static final FrameRate FALLBACK_FPS = FrameRate.of(25);
    /**
     * How much a duration away from the selection's costs in ranking: a loop 10 % longer or shorter than selected
     * ranks as 0.01 less similar, so a clearly better match further away still wins but a tie goes to the nearer.
     */
    static final double DURATION_WEIGHT = 0.1;
    /** SSIM window, pixels square. */
    private static final int WINDOW = 8;
    private static final double C1 = Math.pow(0.01 * 255, 2);
    private static final double C2 = Math.pow(0.03 * 255, 2);

    private LoopFinder() {
    }

    /**
     * The best loops near the selection, best first.
     *
     * @param clip     the clip to search
     * @param start    the selection's start, seconds into the clip
     * @param end      the selection's end, seconds, after {@code start}
     * @param radius   how far each end may move, seconds, 0 to {@link #MAX_RADIUS}
     * @param listener told of progress (frames decoded) and asked whether to stop
     * @return up to {@link #RESULTS} candidates, best first, no two within a frame of each other at both ends; empty
     *         only if no pair fits (a selection shorter than two frames)
     * @throws IllegalArgumentException if the times or radius are out of range
     * @throws CancelledException       if the listener cancelled
     */
    public static List<LoopCandidate> find(Clip clip, double start, double end, double radius,
            RenderListener listener) {
        Objects.requireNonNull(clip, "clip");
        Objects.requireNonNull(listener, "listener");
        double duration = clip.duration();
        if (!(start >= 0 && end > start && end <= duration + Timeline.EPSILON)) {
            throw new IllegalArgumentException("a loop selection must lie within the clip (0 to " + Times.format(duration)
                    + ") with its end after its start, got " + Times.format(start) + " to " + Times.format(end));
        }
        if (!(radius >= 0 && radius <= MAX_RADIUS)) {
            throw new IllegalArgumentException("the loop search radius must be 0 to " + Times.format(MAX_RADIUS)
                    + ", got " + radius + " s");
        }
        FrameRate fps = clip.fps().orElse(FALLBACK_FPS);
        if (fps.compareTo(Sampling.MAX_FPS) > 0) {
            fps = Sampling.MAX_FPS;
        }
        long lastFrame = fps.indexAt(duration - Timeline.EPSILON);
        long[] ins = window(fps, start, radius, lastFrame);
        long[] outs = window(fps, end, radius, lastFrame);
        long in0 = ins[0];
        long in1 = ins[1];
        long out0 = outs[0];
        long out1 = outs[1];
        double selected = end - start;
        // at least two frames, and at least half the selection: a loop of a few frames is a stutter, not what was asked
        long shortest = Math.max(2, (long) Math.ceil(selected / 2 * fps.toDouble() - Timeline.EPSILON));
        Thumbnails thumbnails = new Thumbnails(clip, fps, in0, in1, out0, out1, listener);

        List<Scored> scored = new ArrayList<>();
        for (long i = in0; i <= in1; i++) {
            if (listener.cancelled()) {
                throw cancelled();
            }
            for (long j = Math.max(out0, i + shortest); j <= out1; j++) {
                double similarity = thumbnails.get(i).ssim(thumbnails.get(j));
                double loopLength = fps.timeOf(j) - fps.timeOf(i);
                double rank = similarity - DURATION_WEIGHT * Math.abs(loopLength - selected) / selected;
                scored.add(new Scored(i, j, similarity, rank));
            }
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> -s.rank).thenComparingLong(s -> s.in)
                .thenComparingLong(s -> s.out));
        List<Scored> chosen = new ArrayList<>();
        for (Scored s : scored) {
            if (chosen.size() == RESULTS) {
                break;
            }
            // neighbours of a good pair are nearly as good; one of each is enough to choose from
            if (chosen.stream().noneMatch(c -> Math.abs(c.in - s.in) <= 1 && Math.abs(c.out - s.out) <= 1)) {
                chosen.add(s);
            }
        }
        double step = thumbnails.typicalStep();
        List<LoopCandidate> result = new ArrayList<>();
        for (Scored s : chosen) {
            result.add(new LoopCandidate(fps.timeOf(s.in), fps.timeOf(s.out), s.similarity, step));
        }
        return List.copyOf(result);
    }

    /** The frames within {@code radius} of {@code t}, or the nearest one if none is (a radius under a frame). */
    private static long[] window(FrameRate fps, double t, double radius, long lastFrame) {
        long first = Math.max(0, ceilIndex(fps, t - radius));
        long last = Math.min(lastFrame, fps.indexAt(t + radius + Timeline.EPSILON));
        if (first > last) {
            long nearest = Math.min(lastFrame, Math.round(t * fps.toDouble()));
            return new long[] {nearest, nearest};
        }
        return new long[] {first, last};
    }

    private static long ceilIndex(FrameRate fps, double t) {
        long i = fps.indexAt(Math.max(0, t));
        return fps.timeOf(i) < t - Timeline.EPSILON ? i + 1 : i;
    }

    private static CancelledException cancelled() {
        return new CancelledException("the loop search was cancelled");
    }

    private record Scored(long in, long out, double similarity, double rank) {
    }

    /** Grey thumbnails of the frames in the two windows, decoded once each, in time order. */
    private static final class Thumbnails {
        private final long first;
        private final Thumbnail[] grey;

        Thumbnails(Clip clip, FrameRate fps, long in0, long in1, long out0, long out1, RenderListener listener) {
            first = Math.min(in0, out0);
            long last = Math.max(in1, out1);
            grey = new Thumbnail[(int) (last - first + 1)];
            Size from = clip.size();
            int width = Math.min(THUMBNAIL_WIDTH, from.width());
            Size size = new Size(width, Math.max(1, (int) Math.round((double) from.height() * width / from.width())));
            Resizer resizer = new Resizer(from, size, Resampling.AREA);
            int total = (int) (Math.max(0, in1 - in0 + 1) + Math.max(0, out1 - out0 + 1)
                    - Math.max(0, Math.min(in1, out1) - Math.max(in0, out0) + 1));
            int done = 0;
            for (long k = first; k <= last; k++) {
                boolean needed = (k >= in0 && k <= in1) || (k >= out0 && k <= out1);
                if (!needed) {
                    continue; // the middle of a long selection is never compared
                }
                if (listener.cancelled()) {
                    throw cancelled();
                }
                grey[(int) (k - first)] = new Thumbnail(luma(resizer.resize(clip.frame(fps.timeOf(k)))), size);
                listener.progress(++done, total);
            }
        }

        Thumbnail get(long index) {
            return grey[(int) (index - first)];
        }

        /** The median similarity of neighbouring frames decoded: how much the clip changes in one ordinary step. */
        double typicalStep() {
            List<Double> steps = new ArrayList<>();
            for (int k = 0; k + 1 < grey.length; k++) {
                if (grey[k] != null && grey[k + 1] != null) {
                    steps.add(grey[k].ssim(grey[k + 1]));
                }
            }
            if (steps.isEmpty()) {
                return 1; // a single frame: nothing to compare, so a jump must match exactly to pass as a step
            }
            steps.sort(null);
            return steps.get(steps.size() / 2);
        }

        private static float[] luma(Frame frame) {
            int[] argb = frame.toArgbArray();
            float[] y = new float[argb.length];
            for (int p = 0; p < argb.length; p++) {
                y[p] = Mask.luma(argb[p]);
            }
            return y;
        }
    }

    /**
     * A thumbnail's greys and, for each {@value #WINDOW}-pixel square window (the last row and column of windows may be
     * smaller), their mean and variance: what SSIM needs of one picture, worked out once rather than for each of the
     * hundreds of pictures it is compared with.
     */
    private static final class Thumbnail {
        private final float[] grey;
        private final Size size;
        private final double[] mean;
        private final double[] variance;

        Thumbnail(float[] grey, Size size) {
            this.grey = grey;
            this.size = size;
            int w = size.width();
            int h = size.height();
            int windows = ((w + WINDOW - 1) / WINDOW) * ((h + WINDOW - 1) / WINDOW);
            mean = new double[windows];
            variance = new double[windows];
            int k = 0;
            for (int y0 = 0; y0 < h; y0 += WINDOW) {
                for (int x0 = 0; x0 < w; x0 += WINDOW) {
                    int y1 = Math.min(h, y0 + WINDOW);
                    int x1 = Math.min(w, x0 + WINDOW);
                    double sum = 0;
                    double squares = 0;
                    int n = (y1 - y0) * (x1 - x0);
                    for (int y = y0; y < y1; y++) {
                        for (int x = x0; x < x1; x++) {
                            double v = grey[y * w + x];
                            sum += v;
                            squares += v * v;
                        }
                    }
                    mean[k] = sum / n;
                    variance[k] = squares / n - mean[k] * mean[k];
                    k++;
                }
            }
        }

        /** Mean SSIM of the windows of this thumbnail and {@code other}, of the same size. */
        double ssim(Thumbnail other) {
            float[] a = grey;
            float[] b = other.grey;
            int w = size.width();
            int h = size.height();
            double sum = 0;
            int k = 0;
            for (int y0 = 0; y0 < h; y0 += WINDOW) {
                for (int x0 = 0; x0 < w; x0 += WINDOW) {
                    int y1 = Math.min(h, y0 + WINDOW);
                    int x1 = Math.min(w, x0 + WINDOW);
                    double sab = 0;
                    int n = (y1 - y0) * (x1 - x0);
                    for (int y = y0; y < y1; y++) {
                        for (int x = x0; x < x1; x++) {
                            sab += (double) a[y * w + x] * b[y * w + x];
                        }
                    }
                    double ma = mean[k];
                    double mb = other.mean[k];
                    double cov = sab / n - ma * mb;
                    sum += (2 * ma * mb + C1) * (2 * cov + C2)
                            / ((ma * ma + mb * mb + C1) * (variance[k] + other.variance[k] + C2));
                    k++;
                }
            }
            return sum / k;
        }
    }
}
