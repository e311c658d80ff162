package dev.jiffy.background;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FrameSampler;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.FrameStatistics;
import dev.jiffy.image.Size;
import dev.jiffy.image.StructuringElement;
import dev.jiffy.image.Threshold;
import dev.jiffy.image.TimedFrames;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * Makes the background of a clip transparent, in one call (the seed's "big finish"):
 *
 * <pre>{@code
 * Clip cutout = BackgroundRemoval.of(clip).apply();
 * Clip seed   = BackgroundRemoval.of(clip).withMethod(BackgroundMethod.SEED).withThreshold(1500).withBlur(1.5)
 *                                .withBackgroundTimes(2.3, 2.4, 6.0, 6.2).apply();
 * }</pre>
 *
 * <p><b>The camera must be still.</b> Two methods ({@link BackgroundMethod}): by default {@code FIGURES}, which finds
 * the background also behind figures that stand still for most of the clip and sets its thresholds from the clip's
 * noise; or the seed's recipe, {@code SEED}: the per-pixel
 * median of the background frames, pixels whose squared RGB distance to it is above the threshold, minus regions
 * smaller than the minimum object size, closed (dilated then eroded with a 3x3 square), holes smaller than the minimum
 * hole size filled, blurred a little. The background frames are spread evenly over the clip, or taken at given times.
 * A camera that moves is detected on the background frames (most of them differ from the background over most of the
 * picture) and reported to the listener as a warning ({@link CameraCheck#WARNING}); the result is then meaningless.
 *
 * <p>The seed's defaults, made for pictures of a few hundred pixels: threshold {@value #DEFAULT_THRESHOLD}, minimum
 * object size {@value #DEFAULT_MIN_OBJECT_SIZE} pixels (4-connected, as scikit-image), {@value #DEFAULT_CLOSING}
 * closing iterations, holes under {@value #DEFAULT_MIN_HOLE_SIZE} pixels filled, blur sigma {@value #DEFAULT_BLUR}
 * pixels; both methods use {@value #DEFAULT_BACKGROUND_FRAMES} background frames (fewer if the clip has fewer frames
 * at its frame rate; FIGURES takes fewer from pictures over 359,511 pixels, 15 at 1280x720 and at least 8, the same
 * in any heap, so a GIF does not depend on the heap it is made in). Instances are immutable; the {@code withX} methods
 * return changed copies. Nothing is read until {@link #apply()} or {@link #cut()}; the returned clip computes each
 * frame's mask when the frame is asked for, on whatever thread asks.
 */
public final class BackgroundRemoval {
    /** SEED: squared RGB distance above which a pixel is foreground, the seed article's 1500 (about 22 a channel). */
    public static final double DEFAULT_THRESHOLD = 1500;
    /** SEED: smallest foreground region kept, in pixels: scikit-image's {@code remove_small_objects} default. */
    public static final int DEFAULT_MIN_OBJECT_SIZE = 64;
    /** SEED: closing iterations with a 3x3 square, as in the seed article. */
    public static final int DEFAULT_CLOSING = 2;
    /** SEED: smallest hole left unfilled, in pixels: scikit-image's {@code remove_small_holes} default. */
    public static final int DEFAULT_MIN_HOLE_SIZE = 64;
    /** SEED: edge blur sigma in pixels, as in the seed article. */
    public static final double DEFAULT_BLUR = 1.5;
    /** Frames the background is taken from when no times are given (both methods). */
    public static final int DEFAULT_BACKGROUND_FRAMES = 40;
    /** How many of the background frames the camera check compares with the background. */
    static final int CAMERA_CHECK_FRAMES = 9;
    /**
     * {@link BackgroundMethod#FIGURES}: the surely-different threshold is this many times the low one (hysteresis).
     * On the synthetic figure of the tests (noise 2.6 levels) 2 keeps every frame's IoU above 0.9; 3 lets the dark
     * coat's seeds go.
     */
    static final double HIGH_OVER_LOW = 2;
    /** FIGURES: regions under this fraction of the picture are specks (29 px at 160x90, 660 px at 768x432). */
    static final double MIN_OBJECT_FRACTION = 0.002;
    /** FIGURES: enclosed holes up to this fraction of the picture are filled (a figure is ~5-20 % of it). */
    static final double MAX_HOLE_FRACTION = 0.01;
    /**
     * FIGURES: the clip has colour (and shadows can be told by it) when the background's mean chroma (max minus min
     * channel) is at least this many levels; a black-and-white film measures 0-3 after compression.
     */
    static final double MIN_CHROMA = 8;
    /** The background as floats: 3 channels of 4 bytes. */
    private static final long FLOAT_RGB_BYTES_PER_PIXEL = 12;
    /**
     * What a rendering thread holds making a FIGURES mask beyond the analyses kept, bytes a pixel: the window's soft
     * masks unpacked (5 of 4 bytes), its shapes and steps (1 byte each), the persistence's labels, and the room the
     * collector needs beside them. 32 put the walk at 1280x720 (4 s from 5 s) at 240 MB, which a 256 MB heap passed but
     * ran out of during the render in 5 runs of 6 (2026-12-07, main's estimate as this one's: the heap held 238 MB
     * after collections); 48 puts it at 270 MB, refused in 256 MB. 1920x1080 at 449 MB is made in 512 MB, 3840x2160
     * (2 s) at 1.4 GB in 2 GB (and was made in 1 GB, slower: fewer analyses kept).
     */
    static final long WINDOW_BYTES_PER_PIXEL = 48;
    /** What a rendering thread holds making a SEED mask, bytes a pixel: the shape, its labels, the blur's floats. */
    private static final long SEED_BYTES_PER_PIXEL = 16;

    private final Clip clip;
    private final BackgroundMethod method;
    private final OptionalDouble threshold;
    private final OptionalInt minObjectSize;
    private final int closing;
    private final OptionalInt minHoleSize;
    private final Connectivity connectivity;
    private final OptionalDouble blur;
    private final Optional<double[]> backgroundTimes;
    private final int backgroundFrames;
    private final Optional<FloatRgb> background;
    private final Optional<FrameRate> gifFps;
    private final RenderListener listener;

    private BackgroundRemoval(Clip clip, BackgroundMethod method, OptionalDouble threshold, OptionalInt minObjectSize,
            int closing, OptionalInt minHoleSize, Connectivity connectivity, OptionalDouble blur,
            Optional<double[]> backgroundTimes, int backgroundFrames, Optional<FloatRgb> background,
            Optional<FrameRate> gifFps, RenderListener listener) {
        this.clip = clip;
        this.method = method;
        this.threshold = threshold;
        this.minObjectSize = minObjectSize;
        this.closing = closing;
        this.minHoleSize = minHoleSize;
        this.connectivity = connectivity;
        this.blur = blur;
        this.backgroundTimes = backgroundTimes;
        this.backgroundFrames = backgroundFrames;
        this.background = background;
        this.gifFps = gifFps;
        this.listener = listener;
    }

    /**
     * Background removal of {@code clip} with the default settings ({@link BackgroundMethod#FIGURES}).
     *
     * @param clip a clip with a finite duration, filmed by a still camera
     * @return the removal, not yet computed
     * @throws IllegalArgumentException if the clip has no finite duration
     */
    public static BackgroundRemoval of(Clip clip) {
        Objects.requireNonNull(clip, "clip");
        if (Double.isInfinite(clip.duration())) {
            throw new IllegalArgumentException("background removal needs a clip with a duration (a still has none: "
                    + "give it one with withDuration)");
        }
        return new BackgroundRemoval(clip, BackgroundMethod.FIGURES, OptionalDouble.empty(), OptionalInt.empty(),
                DEFAULT_CLOSING, OptionalInt.empty(), Connectivity.FOUR, OptionalDouble.empty(), Optional.empty(),
                DEFAULT_BACKGROUND_FRAMES, Optional.empty(), Optional.empty(), RenderListener.DEFAULT);
    }

    /**
     * Which method finds the background and cuts the masks (default {@link BackgroundMethod#FIGURES}).
     *
     * @param method FIGURES or SEED
     * @return a copy with that change; this one is unchanged
     */
    public BackgroundRemoval withMethod(BackgroundMethod method) {
        return new BackgroundRemoval(clip, Objects.requireNonNull(method, "method"), threshold, minObjectSize, closing,
                minHoleSize, connectivity, blur, backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * Squared RGB distance above which a pixel differs from the background. {@link BackgroundMethod#SEED}: the seed's
     * 1500 by default; {@link BackgroundMethod#FIGURES}: measured from the clip's noise unless given (then it is the
     * low threshold, and twice its distance the high one).
     *
     * @param threshold 0 or more; lower keeps more of the picture
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code threshold} is negative or not finite
     */
    public BackgroundRemoval withThreshold(double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a squared RGB distance of 0 or more (e.g. 1500), got "
                    + threshold);
        }
        return new BackgroundRemoval(clip, method, OptionalDouble.of(threshold), minObjectSize, closing, minHoleSize,
                connectivity, blur, backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * Regions of differing pixels smaller than this many pixels are dropped (0 keeps everything); by default 64
     * ({@link BackgroundMethod#SEED}) or 0.2 % of the picture ({@link BackgroundMethod#FIGURES}).
     *
     * @param pixels 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code pixels} is negative
     */
    public BackgroundRemoval withMinObjectSize(int pixels) {
        requireNonNegative("minimum object size", pixels);
        return new BackgroundRemoval(clip, method, threshold, OptionalInt.of(pixels), closing, minHoleSize,
                connectivity, blur, backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * {@link BackgroundMethod#SEED}: how many 3x3 dilations, then as many erosions, close gaps (0 for none).
     *
     * @param iterations 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code iterations} is negative
     */
    public BackgroundRemoval withClosing(int iterations) {
        requireNonNegative("closing iterations", iterations);
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, iterations, minHoleSize, connectivity,
                blur, backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * {@link BackgroundMethod#SEED}: holes smaller than this many pixels are filled (0 leaves them; default 64).
     * {@link BackgroundMethod#FIGURES}: holes enclosed by a figure up to this many pixels are filled (default 1 % of
     * the picture).
     *
     * @param pixels 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code pixels} is negative
     */
    public BackgroundRemoval withMinHoleSize(int pixels) {
        requireNonNegative("minimum hole size", pixels);
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, OptionalInt.of(pixels),
                connectivity, blur, backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * {@link BackgroundMethod#SEED}: how pixels join into objects and holes (default {@link Connectivity#FOUR}).
     *
     * @param connectivity four or eight neighbours
     * @return a copy with that change; this one is unchanged
     */
    public BackgroundRemoval withConnectivity(Connectivity connectivity) {
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize,
                Objects.requireNonNull(connectivity, "connectivity"), blur, backgroundTimes, backgroundFrames,
                background, gifFps, listener);
    }

    /**
     * Standard deviation in pixels of the Gaussian blur that softens the mask's edges (0 for none): by default the
     * seed's 1.5 ({@link BackgroundMethod#SEED}) or 0 ({@link BackgroundMethod#FIGURES}, whose edges are already soft
     * and follow the picture).
     *
     * @param sigma pixels, 0 or more
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if {@code sigma} is negative or not finite
     */
    public BackgroundRemoval withBlur(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("blur sigma must be 0 or more pixels, got " + sigma);
        }
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity,
                OptionalDouble.of(sigma),
                backgroundTimes, backgroundFrames, background, gifFps, listener);
    }

    /**
     * Takes the background from the frames at these times (seconds in the clip; a time may be repeated to weigh it
     * more, as the seed does) instead of frames spread over the clip.
     *
     * @param times seconds, each inside the clip; at least one
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if no time is given or one is outside the clip
     */
    public BackgroundRemoval withBackgroundTimes(double... times) {
        double[] t = times.clone();
        if (t.length == 0) {
            throw new IllegalArgumentException("give at least one background time");
        }
        for (int i = 0; i < t.length; i++) {
            if (!(t[i] >= -Timeline.EPSILON && t[i] <= clip.duration() + Timeline.EPSILON)) {
                throw new IllegalArgumentException("background time " + Times.format(t[i]) + " is outside the clip (0 to "
                        + Times.format(clip.duration()) + ")");
            }
            t[i] = Math.max(0, Math.min(clip.duration(), t[i])); // off by rounding only
        }
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                Optional.of(t), backgroundFrames, background, gifFps, listener);
    }

    /**
     * How many frames, spread evenly over the clip, the background is taken from (when no times are given).
     *
     * @param count 1..{@link FrameStatistics#MAX_FRAMES}
     * @return a copy with that change; this one is unchanged; times given earlier are dropped
     * @throws IllegalArgumentException if {@code count} is out of range
     */
    public BackgroundRemoval withBackgroundFrames(int count) {
        if (count < 1 || count > FrameStatistics.MAX_FRAMES) {
            throw new IllegalArgumentException("background frame count must be 1 to " + FrameStatistics.MAX_FRAMES
                    + ", got " + count);
        }
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                Optional.empty(), count, background, gifFps, listener);
    }

    /**
     * Uses {@code plate} (a picture of the empty scene, the clip's size) as the background instead of a median.
     *
     * @param plate the empty scene
     * @return a copy with that change; this one is unchanged
     * @throws IllegalArgumentException if its size differs from the clip's
     */
    public BackgroundRemoval withBackground(Frame plate) {
        if (!plate.size().equals(clip.size())) {
            throw new IllegalArgumentException("the background picture is " + plate.size() + " but the clip is "
                    + clip.size());
        }
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, Optional.of(FloatRgb.of(plate)), gifFps, listener);
    }

    /**
     * The rate the clip will be written at, when it is below the clip's own (a 24 fps video made into a 10 fps GIF):
     * {@link BackgroundMethod#FIGURES} then analyses the frames the GIF shows, and looks at those around each, instead
     * of every frame of the video (measured on the bundled sample's bird, 24 fps written at 10: README's "Background
     * removal"). Masks asked for at other times are still right, only slower. By default, and at a rate the clip's
     * own or above, the frames around each are the clip's.
     *
     * @param fps the GIF's frame rate
     * @return a copy with that change; this one is unchanged
     */
    public BackgroundRemoval withGifFps(FrameRate fps) {
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, Optional.of(Objects.requireNonNull(fps, "fps")),
                listener);
    }

    /**
     * Who hears warnings (a moving camera); by default they are printed on standard error. Its
     * {@link RenderListener#cancelled()} is asked before each frame that {@link #cut()} reads to find the background
     * (up to {@value #DEFAULT_BACKGROUND_FRAMES} of them, the slow part), so a caller that no longer wants the cutout
     * (a new setting on a page) can stop it; {@code cut()} then throws {@link CancelledException}.
     *
     * @param listener told about warnings
     * @return a copy with that change; this one is unchanged
     */
    public BackgroundRemoval withListener(RenderListener listener) {
        return new BackgroundRemoval(clip, method, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, gifFps, Objects.requireNonNull(listener, "listener"));
    }

    /**
     * The times the background is taken from: those given, or {@code n} spread evenly over the clip.
     *
     * @return seconds in the clip, a new array
     */
    public double[] backgroundTimes() {
        if (backgroundTimes.isPresent()) {
            return backgroundTimes.get().clone();
        }
        int available = clip.fps().map(f -> Timeline.frameCount(clip.duration(), f)).orElse(backgroundFrames);
        return FrameSampler.spread(clip.duration(), Math.min(backgroundFrames, available));
    }

    /**
     * Heap this removal takes at most for frames of {@code size}, bytes, given a heap of {@code maxMemory}: before the
     * render, finding the background (FIGURES: its frames, the same number in any heap, at 5 bytes a pixel each, and
     * what it works with beside them; SEED: the median's counts, or the frames it keeps instead of reading them twice);
     * beside the render, the background and, per rendering thread, the masks being made (FIGURES: a window of frames
     * unpacked, 48 bytes a pixel, and the analyses kept for the neighbours, at most an eighth of the heap). The result
     * does not depend on {@code maxMemory}: a heap with less room than this is refused, not given a different GIF.
     * Measured with person_walking_static_cam (4 s from 5 s), 2 threads: {@link #WINDOW_BYTES_PER_PIXEL}.
     *
     * @param size      the frames' size (the clip's)
     * @param maxMemory the heap Java may use, bytes ({@link Runtime#maxMemory()})
     * @return the bytes before and beside the render
     */
    public HeapNeed heapNeeded(Size size, long maxMemory) {
        long pixels = size.pixels();
        long threads = Math.min(GifOptions.MAX_THREADS, Runtime.getRuntime().availableProcessors());
        if (method == BackgroundMethod.SEED) {
            long frames = 4L * pixels * backgroundTimes().length; // kept between the median's passes if they fit
            long median = frames <= FrameStatistics.defaultCacheBytes()
                    ? frames + BackgroundEstimator.MEDIAN_IN_MEMORY_BYTES_PER_PIXEL * pixels
                            + Runtime.getRuntime().availableProcessors() * BackgroundEstimator.MEDIAN_BAND_BYTES
                    : BackgroundEstimator.MEDIAN_BYTES_PER_PIXEL * pixels;
            return new HeapNeed(median, (FLOAT_RGB_BYTES_PER_PIXEL + threads * SEED_BYTES_PER_PIXEL) * pixels);
        }
        long analyses = Math.min(SteadyFigureMask.CACHED_FRAMES * SteadyFigureMask.ANALYSIS_BYTES_PER_PIXEL * pixels,
                maxMemory / SteadyFigureMask.HEAP_SHARE);
        return new HeapNeed(BackgroundEstimator.bytesNeeded(size, estimateFrames(size)),
                (FLOAT_RGB_BYTES_PER_PIXEL + threads * WINDOW_BYTES_PER_PIXEL) * pixels + analyses);
    }

    /** How many frames FIGURES finds the background of {@code size} in: the times', thinned to the estimate's most. */
    private int estimateFrames(Size size) {
        return Math.min(backgroundTimes().length, BackgroundEstimator.maxFrames(size));
    }

    /**
     * Estimates the background, checks the camera and returns the cutout; a moving camera is also reported to the
     * listener.
     *
     * @return the clip with its background transparent, its mask, the background and the camera check
     * @throws CancelledException if the listener cancelled while the background frames were read
     */
    public Cutout cut() {
        return cut(SteadyFigureMask.WINDOW);
    }

    /** {@link #cut()}, FIGURES looking at {@code window} frames on each side of each frame (0: each by itself). */
    Cutout cut(int window) {
        return cut(window, SteadyFigureMask.SPEED);
    }

    /** {@link #cut(int)} with subjects moving at most {@code speed} diagonals of the picture per second. */
    Cutout cut(int window, double speed) {
        return cut(window, speed, SteadyFigureMask.defaultCacheBytes());
    }

    /** {@link #cut(int, double)} keeping at most {@code cacheBytes} of frame analyses for their neighbours. */
    Cutout cut(int window, double speed, long cacheBytes) {
        double[] times = backgroundTimes();
        return method == BackgroundMethod.SEED ? cutAsSeed(times) : cutFigures(times, window, speed, cacheBytes);
    }

    /**
     * {@link #cut()}'s clip: this clip with its background transparent.
     *
     * @return the clip with its background transparent
     * @throws CancelledException if the listener cancelled while the background frames were read
     */
    public Clip apply() {
        return cut().clip();
    }

    private Cutout cutAsSeed(double[] times) {
        FloatRgb bg = background.orElseGet(() -> FrameStatistics.of(cancellable(), times).median());
        double t = threshold.orElse(DEFAULT_THRESHOLD);
        MaskRecipe recipe = new MaskRecipe(bg, t, minObjectSize.orElse(DEFAULT_MIN_OBJECT_SIZE), closing,
                StructuringElement.square(3), minHoleSize.orElse(DEFAULT_MIN_HOLE_SIZE), connectivity,
                blur.orElse(DEFAULT_BLUR));
        return cutout(recipe, bg, checkCamera(bg, times, t));
    }

    private Cutout cutFigures(double[] times, int window, double speed, long cacheBytes) {
        // only the pixels are kept, each frame's copy made as it is read: the estimate evens them out in place
        int[][] frames = FrameSampler.at(cancellable(), thin(times, BackgroundEstimator.maxFrames(clip.size())))
                .map(Frame::toArgbArray)
                .toArray(int[][]::new);
        BackgroundEstimate estimate = background
                .map(plate -> BackgroundEstimator.withPlate(plate, frames))
                .orElseGet(() -> BackgroundEstimator.estimate(clip.size().width(), clip.size().height(), frames));
        FloatRgb bg = estimate.background();
        double low = threshold.isPresent() ? Math.sqrt(threshold.getAsDouble())
                : BackgroundEstimator.LOW_SIGMAS * estimate.noise() * Math.sqrt(3);
        long pixels = clip.size().pixels();
        FigureMask recipe = new FigureMask(bg, low, HIGH_OVER_LOW * low,
                minObjectSize.orElse((int) Math.round(MIN_OBJECT_FRACTION * pixels)),
                minHoleSize.orElse((int) Math.round(MAX_HOLE_FRACTION * pixels)), blur.orElse(0),
                meanChroma(bg) >= MIN_CHROMA ? FigureMask.ShadowRule.BY_COLOUR : FigureMask.ShadowRule.NONE);
        // two frames' noise adds up: the same thing differs between them by √2 times what it differs from the
        // (noise-free) background, and stays under that but for one pixel in a thousand
        MaskMaker masks = clip.fps().filter(fps -> window > 0)
                .map(fps -> gifFps.filter(gif -> gif.compareTo(fps) < 0).orElse(fps))
                .<MaskMaker>map(fps -> new SteadyFigureMask(recipe, clip, fps, Math.sqrt(2) * low, window,
                        speed, cacheBytes))
                .orElse((t, frame) -> recipe.maskOf(frame)); // no frames to look around: each by itself
        // the camera check's threshold stays the seed's: the noise measured on a panning clip is the pan itself
        return cutout(masks, bg, checkCamera(bg, times, threshold.orElse(DEFAULT_THRESHOLD)));
    }

    /**
     * The clip's frames, each read only if the listener has not cancelled: reading the background frames is most of
     * {@link #cut()}'s time (a decode and seek each), and what a caller that changed its mind waits for.
     */
    private Clip cancellable() {
        return FunctionClip.of(clip.size(), clip.duration(), t -> {
            if (listener.cancelled()) {
                throw new CancelledException("background removal cancelled while reading its background frames");
            }
            return clip.frame(t);
        });
    }

    private Cutout cutout(MaskMaker recipe, FloatRgb bg, CameraCheck camera) {
        if (camera.seemsToMove()) {
            listener.warning(CameraCheck.WARNING + " (" + camera.framesMostlyChanged() + " of "
                    + camera.framesChecked() + " frames differ from the background over most of the picture)");
        }
        CutoutClip cutout = new CutoutClip(clip, recipe);
        return new Cutout(clip.fx(c -> cutout), cutout.mask(), bg, camera);
    }

    /** At most {@code max} of {@code times}, evenly picked (all of them if there are no more). */
    private static double[] thin(double[] times, int max) {
        if (times.length <= max) {
            return times;
        }
        double[] out = new double[max];
        for (int i = 0; i < max; i++) {
            out[i] = times[(int) ((i + 0.5) * times.length / max)];
        }
        return out;
    }

    /** Mean over the pixels of max minus min channel: 0 for grey. */
    private static double meanChroma(FloatRgb bg) {
        float[] v = bg.toFloatArray();
        double sum = 0;
        for (int j = 0; j < v.length; j += 3) {
            sum += Math.max(v[j], Math.max(v[j + 1], v[j + 2])) - Math.min(v[j], Math.min(v[j + 1], v[j + 2]));
        }
        return sum / (v.length / 3);
    }

    private CameraCheck checkCamera(FloatRgb bg, double[] times, double threshold) {
        int k = Math.min(CAMERA_CHECK_FRAMES, times.length);
        TimedFrames frames = cancellable();
        double[] fractions = new double[k];
        java.util.stream.IntStream.range(0, k).parallel().forEach(i -> {
            double t = times[(int) ((i + 0.5) * times.length / k)];
            fractions[i] = Threshold.changedFraction(frames.frame(t), bg, threshold);
        });
        int mostly = 0;
        for (double f : fractions) {
            if (f > 0.5) {
                mostly++;
            }
        }
        double[] sorted = fractions.clone();
        Arrays.sort(sorted);
        double median = k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
        return new CameraCheck(k, mostly, median);
    }

    private static void requireNonNegative(String what, int value) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must be 0 or more, got " + value);
        }
    }
}
