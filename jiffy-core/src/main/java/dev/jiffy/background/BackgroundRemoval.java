package dev.jiffy.background;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FrameSampler;
import dev.jiffy.image.Connectivity;
import dev.jiffy.image.FloatRgb;
import dev.jiffy.image.Frame;
import dev.jiffy.image.FrameStatistics;
import dev.jiffy.image.StructuringElement;
import dev.jiffy.image.Threshold;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.Timeline;
import dev.jiffy.time.Times;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * Makes the background of a clip transparent, in one call (the seed's "big finish"):
 *
 * <pre>{@code
 * Clip cutout = BackgroundRemoval.of(clip).apply();
 * Clip tuned  = BackgroundRemoval.of(clip).withThreshold(1500).withBlur(1.5)
 *                                .withBackgroundTimes(2.3, 2.4, 6.0, 6.2).apply();
 * }</pre>
 *
 * <p><b>The camera must be still.</b> The background is the per-pixel median of frames spread evenly over the clip (or
 * taken at given times), so each part of the scene must show its background in more than half of those frames: the
 * subjects must move around. A frame's mask is then: pixels whose squared RGB distance to the background is above the
 * threshold; minus regions smaller than the minimum object size; closed (dilated then eroded with a 3x3 square) to
 * bridge small gaps; with holes smaller than the minimum hole size filled; blurred a little for soft edges. A camera
 * that moves is detected on the background frames (most of them differ from the background over most of the picture)
 * and reported to the listener as a warning ({@link CameraCheck#WARNING}); the result is then meaningless.
 *
 * <p>Defaults are the seed's, made for pictures of a few hundred pixels: threshold {@value #DEFAULT_THRESHOLD}, minimum
 * object size {@value #DEFAULT_MIN_OBJECT_SIZE} pixels (4-connected, as scikit-image), {@value #DEFAULT_CLOSING}
 * closing iterations, holes under {@value #DEFAULT_MIN_HOLE_SIZE} pixels filled, blur sigma
 * {@value #DEFAULT_BLUR} pixels, and {@value #DEFAULT_BACKGROUND_FRAMES} background frames (fewer if the clip has fewer
 * frames at its frame rate). Instances are immutable; the {@code withX} methods return changed copies. Nothing is read
 * until {@link #apply()} or {@link #cut()}; the returned clip computes each frame's mask when the frame is asked for,
 * on whatever thread asks.
 */
public final class BackgroundRemoval {
    public static final double DEFAULT_THRESHOLD = 1500;
    public static final int DEFAULT_MIN_OBJECT_SIZE = 64;
    public static final int DEFAULT_CLOSING = 2;
    public static final int DEFAULT_MIN_HOLE_SIZE = 64;
    public static final double DEFAULT_BLUR = 1.5;
    public static final int DEFAULT_BACKGROUND_FRAMES = 40;
    /** How many of the background frames the camera check compares with the background. */
    static final int CAMERA_CHECK_FRAMES = 9;

    private final Clip clip;
    private final double threshold;
    private final int minObjectSize;
    private final int closing;
    private final int minHoleSize;
    private final Connectivity connectivity;
    private final double blur;
    private final Optional<double[]> backgroundTimes;
    private final int backgroundFrames;
    private final Optional<FloatRgb> background;
    private final RenderListener listener;

    private BackgroundRemoval(Clip clip, double threshold, int minObjectSize, int closing, int minHoleSize,
            Connectivity connectivity, double blur, Optional<double[]> backgroundTimes, int backgroundFrames,
            Optional<FloatRgb> background, RenderListener listener) {
        this.clip = clip;
        this.threshold = threshold;
        this.minObjectSize = minObjectSize;
        this.closing = closing;
        this.minHoleSize = minHoleSize;
        this.connectivity = connectivity;
        this.blur = blur;
        this.backgroundTimes = backgroundTimes;
        this.backgroundFrames = backgroundFrames;
        this.background = background;
        this.listener = listener;
    }

    /** Background removal of {@code clip} with the default settings. */
    public static BackgroundRemoval of(Clip clip) {
        Objects.requireNonNull(clip, "clip");
        if (Double.isInfinite(clip.duration())) {
            throw new IllegalArgumentException("background removal needs a clip with a duration (a still has none: "
                    + "give it one with withDuration)");
        }
        return new BackgroundRemoval(clip, DEFAULT_THRESHOLD, DEFAULT_MIN_OBJECT_SIZE, DEFAULT_CLOSING,
                DEFAULT_MIN_HOLE_SIZE, Connectivity.FOUR, DEFAULT_BLUR, Optional.empty(), DEFAULT_BACKGROUND_FRAMES,
                Optional.empty(), RenderListener.DEFAULT);
    }

    /** Squared RGB distance (channels 0..255) above which a pixel differs from the background; the seed's 1500. */
    public BackgroundRemoval withThreshold(double threshold) {
        if (!(threshold >= 0) || Double.isInfinite(threshold)) {
            throw new IllegalArgumentException("threshold must be a squared RGB distance of 0 or more (e.g. 1500), got "
                    + threshold);
        }
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, listener);
    }

    /** Regions of differing pixels smaller than this many pixels are dropped (0 keeps everything). */
    public BackgroundRemoval withMinObjectSize(int pixels) {
        requireNonNegative("minimum object size", pixels);
        return new BackgroundRemoval(clip, threshold, pixels, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, listener);
    }

    /** How many 3x3 dilations, then as many erosions, close gaps in the mask (0 for none). */
    public BackgroundRemoval withClosing(int iterations) {
        requireNonNegative("closing iterations", iterations);
        return new BackgroundRemoval(clip, threshold, minObjectSize, iterations, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, listener);
    }

    /** Holes in the mask smaller than this many pixels are filled (0 leaves them). */
    public BackgroundRemoval withMinHoleSize(int pixels) {
        requireNonNegative("minimum hole size", pixels);
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, pixels, connectivity, blur,
                backgroundTimes, backgroundFrames, background, listener);
    }

    /** How pixels join into objects and holes for the size limits (default {@link Connectivity#FOUR}). */
    public BackgroundRemoval withConnectivity(Connectivity connectivity) {
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize,
                Objects.requireNonNull(connectivity, "connectivity"), blur, backgroundTimes, backgroundFrames,
                background, listener);
    }

    /** Standard deviation in pixels of the Gaussian blur that softens the mask's edges (0 for a hard mask). */
    public BackgroundRemoval withBlur(double sigma) {
        if (!(sigma >= 0) || Double.isInfinite(sigma)) {
            throw new IllegalArgumentException("blur sigma must be 0 or more pixels, got " + sigma);
        }
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, sigma,
                backgroundTimes, backgroundFrames, background, listener);
    }

    /**
     * Takes the background as the median of the frames at these times (seconds in the clip; a time may be repeated
     * to weigh it more, as the seed does) instead of frames spread over the clip.
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
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                Optional.of(t), backgroundFrames, background, listener);
    }

    /** How many frames, spread evenly over the clip, the background is the median of (when no times are given). */
    public BackgroundRemoval withBackgroundFrames(int count) {
        if (count < 1 || count > FrameStatistics.MAX_FRAMES) {
            throw new IllegalArgumentException("background frame count must be 1 to " + FrameStatistics.MAX_FRAMES
                    + ", got " + count);
        }
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                Optional.empty(), count, background, listener);
    }

    /** Uses {@code plate} (a picture of the empty scene, the clip's size) as the background instead of a median. */
    public BackgroundRemoval withBackground(Frame plate) {
        if (!plate.size().equals(clip.size())) {
            throw new IllegalArgumentException("the background picture is " + plate.size() + " but the clip is "
                    + clip.size());
        }
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, Optional.of(FloatRgb.of(plate)), listener);
    }

    /** Who hears warnings (a moving camera); by default they are printed on standard error. */
    public BackgroundRemoval withListener(RenderListener listener) {
        return new BackgroundRemoval(clip, threshold, minObjectSize, closing, minHoleSize, connectivity, blur,
                backgroundTimes, backgroundFrames, background, Objects.requireNonNull(listener, "listener"));
    }

    /** The times the background is taken from: those given, or {@code n} spread evenly over the clip. */
    public double[] backgroundTimes() {
        if (backgroundTimes.isPresent()) {
            return backgroundTimes.get().clone();
        }
        int available = clip.fps().map(f -> Timeline.frameCount(clip.duration(), f)).orElse(backgroundFrames);
        return FrameSampler.spread(clip.duration(), Math.min(backgroundFrames, available));
    }

    /**
     * Estimates the background, checks the camera and returns the cutout; a moving camera is also reported to the
     * listener.
     */
    public Cutout cut() {
        double[] times = backgroundTimes();
        FloatRgb bg = background.orElseGet(() -> FrameStatistics.of(clip, times).median());
        CameraCheck camera = checkCamera(bg, times);
        if (camera.seemsToMove()) {
            listener.warning(CameraCheck.WARNING + " (" + camera.framesMostlyChanged() + " of "
                    + camera.framesChecked() + " frames differ from the background over most of the picture)");
        }
        MaskRecipe recipe = new MaskRecipe(bg, threshold, minObjectSize, closing, StructuringElement.square(3),
                minHoleSize, connectivity, blur);
        CutoutClip cutout = new CutoutClip(clip, recipe);
        return new Cutout(clip.fx(c -> cutout), cutout.mask(), bg, camera);
    }

    /** {@link #cut()}'s clip: this clip with its background transparent. */
    public Clip apply() {
        return cut().clip();
    }

    private CameraCheck checkCamera(FloatRgb bg, double[] times) {
        int k = Math.min(CAMERA_CHECK_FRAMES, times.length);
        double[] fractions = new double[k];
        java.util.stream.IntStream.range(0, k).parallel().forEach(i -> {
            double t = times[(int) ((i + 0.5) * times.length / k)];
            fractions[i] = Threshold.changedFraction(clip.frame(t), bg, threshold);
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
