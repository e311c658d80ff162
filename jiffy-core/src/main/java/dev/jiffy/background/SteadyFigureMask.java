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
 * {@link FigureMask} with what the frames around each frame say: the clip's frames {@value #WINDOW} before and after.
 *
 * <ul>
 *   <li><b>Persistence</b>: a region of the frame's shape is kept only when a shape of a frame around it touches it
 *       (within {@value #MOTION} pixels). A figure is there in the next frame too, near where it was; a blob of noise
 *       or a compression flash is not.</li>
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
 * ({@value #CACHED_FRAMES} at most).
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
    /** How far, pixels, a figure's region may move between two frames and still count as the same region. */
    static final int MOTION = 2;
    /** Frames analysed and kept for their neighbours: a few per rendering thread. */
    static final int CACHED_FRAMES = 24;

    private final FigureMask figure;
    private final Clip clip;
    private final FrameRate fps;
    private final int window;
    private final int frameCount;
    /** Squared RGB distance under which a pixel shows the same thing in two frames. */
    private final double still2;
    /** Frame index to its analysis, made once: a thread that needs one another thread is making waits for it. */
    private final Map<Integer, CompletableFuture<Analysis>> analyses = new ConcurrentHashMap<>();

    /**
     * @param still  RGB distance under which two frames' pixel is the same but for noise
     * @param window frames looked at on each side ({@link #WINDOW})
     */
    SteadyFigureMask(FigureMask figure, Clip clip, FrameRate fps, double still, int window) {
        this.figure = figure;
        this.clip = clip;
        this.fps = fps;
        this.window = window;
        this.frameCount = Timeline.frameCount(clip.duration(), fps);
        this.still2 = still * still;
    }

    /**
     * One frame's pixels, shape (before persistence) and soft mask of that shape. The pixels are kept once, as the
     * array the picture tests read: the frame is wrapped around them again when its shape needs softening anew.
     */
    private record Analysis(int[] argb, BinaryMask shape, float[] soft) {
        Frame frame() {
            return Frame.wrap(shape.width(), shape.height(), argb);
        }
    }

    @Override
    public Mask maskAt(double t, Frame frame) {
        int k = (int) Math.max(0, Math.min(frameCount - 1, fps.indexAt(t)));
        boolean onFrame = Math.abs(fps.timeOf(k) - t) <= Timeline.EPSILON;
        Analysis now = onFrame ? analysis(k, frame) : analyse(frame);
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
            BinaryMask near = Morphology.dilate(elsewhere, StructuringElement.square(3), MOTION);
            BinaryMask kept = ConnectedComponents.of(now.shape(), Connectivity.EIGHT).keepTouching(near);
            if (!kept.equals(now.shape())) {
                soft = figure.soften(kept, now.frame()).toFloatArray();
            }
        }
        return Mask.wrap(frame.width(), frame.height(), steady(soft, span, k - from));
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
        float[] out = new float[soft.length];
        // a full window's worth, frames past the clip's ends counted as this one: a median of an even count would
        // average this frame's value with a neighbour's, a cut at one half on a tie
        float[] values = new float[2 * window + 1];
        for (int i = 0; i < out.length; i++) {
            float own = soft[i];
            Arrays.fill(values, own);
            int n = 0;
            for (int j = self + 1; j < span.length && steps[j - 1][i]; j++) {
                values[n++] = span[j].soft()[i];
            }
            for (int j = self - 1; j >= 0 && steps[j][i]; j--) {
                values[n++] = span[j].soft()[i];
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
        if (analyses.size() > CACHED_FRAMES) {
            // the rendering threads work near each other: drop what is far from this one
            analyses.keySet().removeIf(key -> Math.abs(key - j) > CACHED_FRAMES / 2);
        }
        return mine.join();
    }

    private Analysis analyse(Frame frame) {
        BinaryMask shape = figure.shapeOf(frame);
        return new Analysis(frame.toArgbArray(), shape, figure.soften(shape, frame).toFloatArray());
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
