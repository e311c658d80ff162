package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.BinaryMask;
import dev.jiffy.image.ConnectedComponents;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.Morphology;
import dev.jiffy.image.StructuringElement;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link FigureMask} with what the frames around each frame say: the frames {@value #WINDOW} before and after on a
 * grid of frames, the clip's, or the GIF's when it is written at a lower rate ({@link BackgroundRemoval#withGifFps}:
 * then only the frames the GIF shows are analysed, not every video frame between them).
 *
 * <ul>
 *   <li><b>Persistence</b>: a region of the frame's shape is kept only when a frame around it has it too: a region
 *       that touches it (within {@value #MOTION} pixels: a slow figure, or one whose shape split or merged), or a
 *       region of about its size (within a factor {@value #SIZE_MATCH}) whose centre is as far as a subject can move
 *       in the frames between (a small fast subject: a bird, a ball, whose regions in two frames are apart). A figure
 *       is there in the next frame too; a blob of noise or a compression flash is not.</li>
 *   <li><b>A steady cut</b>: GIF transparency is one bit, so the soft mask is cut at one half, and where a soft value
 *       hovers near one half, noise flips the cut from frame to frame and the outline crawls. So each pixel's value
 *       is the median of its values in the window's frames, counting a frame only where the picture there is the
 *       same as in this frame (within the noise: {@code still} RGB distance); elsewhere (the figure moved) this
 *       frame's own value stands in. A still outline then keeps its cut, a moving one follows the picture without
 *       lag.</li>
 * </ul>
 *
 * <p>Why a median of the frames around, not hysteresis against the previous frame's cut: the previous frame's cut
 * would depend on its own previous one, back to the first frame, so a frame asked for alone (a preview, a subclip, the
 * rendering threads in any order) would cost the whole clip before it. The window needs only its own frames, and each
 * frame's mask is the same whoever asks first. Frames are analysed once and kept for the neighbours that follow
 * ({@value #CACHED_FRAMES} at most, and no more bytes than {@link #defaultCacheBytes()}: an analysis dropped for room
 * is made again when asked for, the same, so a large picture in a small heap is slower, never out of memory).
 */
final class SteadyFigureMask implements MaskMaker {
    /**
     * Frames on each side of a frame that the cut and the persistence look at. Measured on the tests' figure
     * (worst-frame IoU / flicker / edge crawl, % of the figure per frame): 0 (each frame alone) 0.922 / 0.66 / 0.36;
     * 1: 0.922 / 0.63 / 0.33; 2: 0.922 / 0.63 / 0.32; 3 to 7: 0.922 / 0.62 / 0.31-0.32. Without the step-by-step
     * test (each frame compared with this one directly) 3 measured 0.958 / 0.46 / 0.08 but 4 opened holes of 2.5 %
     * (a figure's colour matching the floor by chance): not robust. 2 keeps a cut 2 frames from lagging a change.
     */
    static final int WINDOW = 2;
    /**
     * How far apart, pixels, two frames' regions may be and still count as touching: they are one subject whatever
     * their sizes (a figure's shape splits and merges as it moves: legs, an arm).
     */
    static final int MOTION = 2;
    /**
     * How fast a subject may move, in diagonals of the picture per second: a region of about the same size whose
     * centre is within that reach in a frame around counts as the same subject. So the reach grows with the picture
     * and shrinks with the frame rate (a pixel constant fitted one 160x90 10 fps clip and dropped a 12-pixel subject
     * moving 20 pixels a frame, IoU 0). Measured (FootageBenchmark, 0 = touching only, as before; 0.5, 1, 2, 4): the
     * synthetic score is the same for all (worst IoU 0.922, flicker 0.63 %, edge crawl 0.32 %: its figure's regions
     * touch frame to frame); on person_walking_static_cam (320x180, 10 fps) and his_girl_friday_1940 (320x240,
     * 30 fps) persistence drops the same floor and grain patches at every speed (flicker where the picture is still
     * 2.08 % and 2.66 % of the mask, against 4.07 % and 4.92 % with each frame by itself); on the bundled sample's bird
     * (400x310, 10 fps) touching alone removes 14.4 % of the mask per frame, 1 to 4 remove 11.3 % (fast wing tips
     * kept). The tests' fast subject moves 0.57 diagonals a second. 2: the picture's diagonal in half a second.
     */
    static final double SPEED = 2;
    /** Two regions are of about the same size when the smaller has at least this fraction of the larger's pixels. */
    static final double SIZE_MATCH = 0.5;
    /** Frames analysed and kept for their neighbours: a few per rendering thread. */
    static final int CACHED_FRAMES = 24;
    /**
     * The share of the heap ({@link Runtime#maxMemory()}) the kept analyses may take. An analysis takes 4.3 bytes a
     * pixel (its picture and its packed masks: 4 MB at 1280x720); the render beside it needs what
     * {@code MemoryCheck} counts (138 MB at 1280x720), each rendering thread a window of 5 analyses unpacked and one
     * being made (about 60 bytes a pixel while made). An eighth of 256 MB keeps 8 analyses of 1280x720, a window and a
     * half per thread: each frame is analysed once (measured README's walk scaled to 1280x720, 2 threads).
     */
    static final int HEAP_SHARE = 8;
    /** What an analysis keeps, bytes a pixel, rounded up: its picture (4) and packed masks (2 bits and the edge). */
    static final long ANALYSIS_BYTES_PER_PIXEL = 5;

    private final FigureMask figure;
    private final Clip clip;
    private final FrameRate fps;
    private final int window;
    private final int frameCount;
    /** Squared RGB distance under which a pixel shows the same thing in two frames. */
    private final double still2;
    /** How far, pixels, a subject may move in one frame ({@link #SPEED}). */
    private final double reach;
    /** Frame index to its analysis, made once: a thread that needs one another thread is making waits for it. */
    private final Map<Integer, CompletableFuture<Analysis>> analyses = new ConcurrentHashMap<>();
    /** Bytes the kept analyses may take, at most; at least the newest is kept. */
    private final long cacheBytes;

    /**
     * @param still  RGB distance under which two frames' pixel is the same but for noise
     * @param window frames looked at on each side ({@link #WINDOW})
     * @param speed  how fast a subject may move, diagonals of the picture per second ({@link #SPEED})
     * @param cacheBytes bytes the analyses kept for the neighbours may take ({@link #defaultCacheBytes()})
     */
    SteadyFigureMask(FigureMask figure, Clip clip, FrameRate fps, double still, int window, double speed,
            long cacheBytes) {
        this.figure = figure;
        this.clip = clip;
        this.fps = fps;
        this.window = window;
        this.frameCount = Timeline.frameCount(clip.duration(), fps);
        this.still2 = still * still;
        this.reach = speed * Math.hypot(clip.size().width(), clip.size().height()) / fps.toDouble();
        this.cacheBytes = cacheBytes;
    }

    /** {@link #HEAP_SHARE} of the heap Java may use. */
    static long defaultCacheBytes() {
        return Runtime.getRuntime().maxMemory() / HEAP_SHARE;
    }

    /**
     * One frame's pixels, shape (before persistence) and soft mask of that shape. The pixels are kept once, as the
     * array the picture tests read: the frame is wrapped around them again when its shape needs softening anew. The
     * masks are kept packed (a shape is one bit a pixel, a soft mask 0 or 1 but along its outline), unpacked for the
     * mask being made: 4.3 bytes a pixel kept instead of 9.
     */
    private record Analysis(int width, int height, int[] argb, PackedMask packedShape, PackedMask packedSoft,
            Region[] regions) {
        Frame frame() {
            return Frame.wrap(width, height, argb);
        }

        /** The shape, a new mask. */
        BinaryMask shape() {
            return packedShape.toBinaryMask();
        }

        /** The soft mask's values, a new array. */
        float[] soft() {
            return packedSoft.toFloatArray();
        }

        /** Heap it takes, bytes: the picture, the packed masks, the regions. */
        long bytes() {
            return 4L * argb.length + packedShape.bytes() + packedSoft.bytes() + 48L * (regions.length + 2);
        }
    }

    /** A region of a frame's shape: its pixel count and centre. */
    private record Region(int size, double x, double y) {
        /** The regions of a shape {@code width} pixels wide, in the order of their labels. */
        static Region[] of(ConnectedComponents components, int width) {
            int n = components.count();
            double[] sx = new double[n + 1];
            double[] sy = new double[n + 1];
            int[] labels = components.toLabelArray();
            for (int i = 0; i < labels.length; i++) {
                sx[labels[i]] += i % width;
                sy[labels[i]] += i / width;
            }
            Region[] out = new Region[n];
            for (int l = 1; l <= n; l++) {
                int size = components.size(l);
                out[l - 1] = new Region(size, sx[l] / size, sy[l] / size);
            }
            return out;
        }

        /** Whether {@code other} is about this one's size and its centre within {@code reach} pixels. */
        boolean matches(Region other, double reach) {
            return Math.min(size, other.size) >= SIZE_MATCH * Math.max(size, other.size)
                    && Math.hypot(x - other.x, y - other.y) <= reach;
        }
    }

    @Override
    public Mask maskAt(double t, Frame frame) {
        int before = (int) Math.max(0, Math.min(frameCount - 1, fps.indexAt(t)));
        boolean onFrame = Math.abs(fps.timeOf(before) - t) <= Timeline.EPSILON;
        int shown = onFrame ? before : shownFrame(before, frame);
        int k = shown >= 0 ? shown : before; // the window's centre
        Analysis now = onFrame ? analysis(k, frame) : shown >= 0 ? analysis(k, null) : analyse(frame);
        int from = Math.max(0, k - window);
        int to = Math.min(frameCount - 1, k + window);
        Analysis[] span = new Analysis[to - from + 1];
        BinaryMask elsewhere = BinaryMask.filled(frame.size(), false);
        for (int j = from; j <= to; j++) {
            span[j - from] = j == k ? now : analysis(j, null);
            if (j != k) {
                elsewhere = elsewhere.or(span[j - from].shape());
            }
        }
        float[] soft = now.soft();
        if (span.length > 1) {
            BinaryMask shape = now.shape();
            BinaryMask kept = persistent(shape, now.regions(), span, k - from, elsewhere);
            if (!kept.equals(shape)) {
                soft = figure.soften(kept, now.frame()).toFloatArray();
            }
        }
        return Mask.wrap(frame.width(), frame.height(), steady(soft, span, k - from));
    }

    /**
     * The regions of {@code span[self]}'s shape that a frame around has too: touching one of its regions
     * ({@code elsewhere}, all of theirs), or matching one of its regions by size within the reach of the frames
     * between. {@code shape} and {@code mine} are that frame's shape and regions.
     */
    private BinaryMask persistent(BinaryMask shape, Region[] mine, Analysis[] span, int self, BinaryMask elsewhere) {
        // labelled again rather than kept from analyse(): keeping the labels in each cached analysis (4 bytes a
        // pixel more, 24 frames) measured no gain (FootageBenchmark, bird at 10 and at 24 written at 10, 2 runs
        // each alternated: 970-1040 vs 1000-1020 ms and 790-840 vs 830-850 ms of CPU, the same masks)
        ConnectedComponents components = ConnectedComponents.of(shape, Connectivity.EIGHT); // mine's labelling
        boolean[] matched = new boolean[mine.length + 1];
        for (int l = 1; l <= mine.length; l++) {
            matched[l] = matchedAround(mine[l - 1], span, self);
        }
        // seeds: near a region of a frame around, or anywhere in a matched region
        boolean[] seeds = Morphology.dilate(elsewhere, StructuringElement.square(3), MOTION).toBooleanArray();
        int[] labels = components.toLabelArray();
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] |= matched[labels[i]];
        }
        return components.keepTouching(BinaryMask.wrap(shape.width(), shape.height(), seeds));
    }

    /** Whether a frame of the span other than {@code self} has a region of about this size within reach. */
    private boolean matchedAround(Region region, Analysis[] span, int self) {
        for (int j = 0; j < span.length; j++) {
            if (j == self) {
                continue;
            }
            for (Region other : span[j].regions()) {
                if (region.matches(other, Math.abs(j - self) * reach)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Per pixel, the median of the soft values of this frame ({@code span[self]}, whose values are {@code soft}) and
     * of the frames around it that show the same picture there, step by step from this one (a frame counts only if
     * every frame between shows it too: a figure that passed by changed the picture on its way in or out, even when
     * its colour happens to match the background's); this frame's value stands in for the others.
     */
    private float[] steady(float[] soft, Analysis[] span, int self) {
        if (span.length == 1) {
            return soft;
        }
        // steps[j]: where frames j and j + 1 show the same picture
        boolean[][] steps = new boolean[span.length - 1][];
        for (int j = 0; j < steps.length; j++) {
            steps[j] = samePicture(span[j].argb(), span[j + 1].argb());
        }
        float[][] softs = new float[span.length][];
        for (int j = 0; j < span.length; j++) {
            softs[j] = j == self ? soft : span[j].soft();
        }
        float[] out = new float[soft.length];
        // a full window's worth, frames past the clip's ends counted as this one: a median of an even count would
        // average this frame's value with a neighbour's, a cut at one half on a tie
        float[] values = new float[2 * window + 1];
        for (int i = 0; i < out.length; i++) {
            float own = soft[i];
            Arrays.fill(values, own);
            int n = 0;
            for (int j = self + 1; j < span.length && steps[j - 1][i]; j++) {
                values[n++] = softs[j][i];
            }
            for (int j = self - 1; j >= 0 && steps[j][i]; j--) {
                values[n++] = softs[j][i];
            }
            if (n == 0) {
                out[i] = own;
            } else {
                Arrays.sort(values);
                out[i] = values[window];
            }
        }
        return out;
    }

    /**
     * Which of the grid's frames {@code frame} (its picture at a time after frame {@code before}'s and before the
     * next one's) is: {@code before}, the next, or neither (-1: the clip's picture changes between them). A GIF
     * written at a lower rate than the video's (the bundled sample's 24 fps at 10) without its rate being known asks
     * for times between the video's frames, where the video shows one of the two (which one depends on where the
     * excerpt starts). That
     * frame's analysis, which the neighbours need anyway, is then this one; the pixels are compared, so nothing is
     * assumed of the clip. Measured (FootageBenchmark, the bird at 24 fps written at 10, 18 masks, CPU): each frame
     * by itself 1.09 s; the window with its own analysis of each between-frame time 1.96 s; reusing frame k's 1.39 s,
     * the same masks. On README's bird excerpt (from 8.2 s, where the video shows the next frame), 18 masks, second
     * run, CPU with decoding: 2.88 s before, 2.33 s.
     */
    private int shownFrame(int before, Frame frame) {
        int[] argb = frame.toArgbArray();
        for (int j = before; j <= Math.min(frameCount - 1, before + 1); j++) {
            if (Arrays.equals(analysis(j, null).argb(), argb)) {
                return j;
            }
        }
        return -1;
    }

    /**
     * Frame j's analysis, from the cache or made (from {@code frame} if given: the clip's frame j). The rendering
     * threads work on neighbouring frames, so two often need the same neighbour at once: one makes it, the other waits
     * (measured on the tests' figure at 2 threads: 42 analyses for 30 frames when each made its own, now 30).
     */
    private Analysis analysis(int j, Frame frame) {
        CompletableFuture<Analysis> mine = new CompletableFuture<>();
        CompletableFuture<Analysis> theirs = analyses.putIfAbsent(j, mine);
        if (theirs != null) {
            try {
                return theirs.join();
            } catch (CompletionException | CancellationException e) {
                // the thread making it failed (its render was cancelled, or the frame cannot be read): try here,
                // where a failure is this thread's own
                return analysis(j, frame);
            }
        }
        try {
            mine.complete(analyse(frame != null ? frame : clip.frame(fps.timeOf(j))));
        } catch (RuntimeException | Error e) {
            analyses.remove(j, mine);
            mine.completeExceptionally(e);
            throw e;
        }
        makeRoomAround(j);
        return mine.join();
    }

    /**
     * Drops the analyses farthest from frame {@code j} (the rendering threads work near each other) until at most
     * {@value #CACHED_FRAMES} are kept, in at most {@link #cacheBytes} (but for {@code j}'s own). One thread at a time.
     */
    private synchronized void makeRoomAround(int j) {
        while (true) {
            long bytes = 0;
            int farthest = j;
            for (Map.Entry<Integer, CompletableFuture<Analysis>> e : analyses.entrySet()) {
                CompletableFuture<Analysis> f = e.getValue();
                if (f.isDone() && !f.isCompletedExceptionally()) {
                    bytes += f.join().bytes();
                    if (Math.abs(e.getKey() - j) > Math.abs(farthest - j)) {
                        farthest = e.getKey();
                    }
                }
            }
            if (farthest == j || analyses.size() <= CACHED_FRAMES && bytes <= cacheBytes) {
                return;
            }
            analyses.remove(farthest);
        }
    }

    private Analysis analyse(Frame frame) {
        BinaryMask shape = figure.shapeOf(frame);
        return new Analysis(frame.width(), frame.height(), frame.toArgbArray(), PackedMask.of(shape),
                PackedMask.of(frame.width(), frame.height(), figure.soften(shape, frame).toFloatArray()),
                Region.of(ConnectedComponents.of(shape, Connectivity.EIGHT), shape.width()));
    }

    /** Where two frames' pixels are the same but for noise. */
    private boolean[] samePicture(int[] a, int[] b) {
        boolean[] out = new boolean[a.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = distance2(a[i], b[i]) <= still2;
        }
        return out;
    }

    private static double distance2(int p, int q) {
        int dr = ((p >> 16) & 0xFF) - ((q >> 16) & 0xFF);
        int dg = ((p >> 8) & 0xFF) - ((q >> 8) & 0xFF);
        int db = (p & 0xFF) - (q & 0xFF);
        return dr * dr + dg * dg + db * db;
    }
}
