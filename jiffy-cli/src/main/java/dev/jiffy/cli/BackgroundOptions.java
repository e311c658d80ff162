package dev.jiffy.cli;

import dev.jiffy.background.BackgroundMethod;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.time.Times;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --remove-background} and its settings: the seed's "big finish", for videos shot with a still camera. */
final class BackgroundOptions {
    @Option(names = "--remove-background",
            description = "Make the background transparent. The camera must be still: the background is estimated "
                    + "from frames spread over the excerpt (also behind subjects that stand still for most of it), "
                    + "and what differs from it is kept.")
    boolean remove;

    @Option(names = "--bg-method", paramLabel = "METHOD",
            description = "${COMPLETION-CANDIDATES}: FIGURES keeps whole figures (thresholds from the clip's noise); "
                    + "SEED is the article's recipe (median, fixed threshold). Default: FIGURES.")
    BackgroundMethod method;

    @Option(names = "--bg-threshold", paramLabel = "N", converter = Converters.Positive.class,
            description = "Squared RGB distance above which a pixel differs from the background. Default: measured "
                    + "from the clip's noise (SEED: 1500).")
    Double threshold;

    @Option(names = "--bg-min-size", paramLabel = "PX", converter = Converters.WholeOrZero.class,
            description = "Drop moving specks smaller than PX pixels and fill holes smaller than PX. Default: 0.2 %% "
                    + "of the picture and enclosed holes up to 1 %% (SEED: 64 and 64).")
    Integer minSize;

    @Option(names = "--bg-blur", paramLabel = "SIGMA", converter = Converters.NumberOrZero.class,
            description = "Soften the mask's edges with a Gaussian blur of SIGMA pixels (0 = hard edges). Default: 1.5.")
    Double blur;

    @Option(names = "--bg-times", paramLabel = "T1,T2,...", split = ",", converter = Converters.Time.class,
            description = "Times in the video (inside the excerpt) whose median is the background, instead of times "
                    + "spread over the excerpt; choose them where the subjects are elsewhere.")
    List<Double> times;

    /**
     * {@code clip} (the excerpt cut from {@code video} by {@code cut}) with its background removed, or unchanged when
     * --remove-background is not given. Warnings (a moving camera) go to {@code listener}.
     */
    Clip apply(Clip clip, Clip video, ClipOptions cut, RenderListener listener) {
        if (!remove) {
            String stray = method != null ? "--bg-method" : threshold != null ? "--bg-threshold"
                    : minSize != null ? "--bg-min-size"
                    : blur != null ? "--bg-blur" : times != null ? "--bg-times" : null;
            if (stray != null) {
                throw new IllegalArgumentException(stray + " only applies with --remove-background");
            }
            return clip;
        }
        BackgroundRemoval removal = BackgroundRemoval.of(clip).withListener(listener);
        if (method != null) {
            removal = removal.withMethod(method);
        }
        if (threshold != null) {
            removal = removal.withThreshold(threshold);
        }
        if (minSize != null) {
            removal = removal.withMinObjectSize(minSize).withMinHoleSize(minSize);
        }
        if (blur != null) {
            removal = removal.withBlur(blur);
        }
        if (times != null) {
            removal = removal.withBackgroundTimes(excerptTimes(clip, video, cut));
        }
        return removal.apply();
    }

    /** --bg-times, given in the video's time like --from and --to, as times in the excerpt. */
    private double[] excerptTimes(Clip clip, Clip video, ClipOptions cut) {
        double start = cut.from == null ? 0 : cut.from < 0 ? video.duration() + cut.from : cut.from;
        double speed = cut.speed == null ? 1 : cut.speed;
        double[] out = new double[times.size()];
        for (int i = 0; i < out.length; i++) {
            double t = times.get(i) < 0 ? video.duration() + times.get(i) : times.get(i);
            double local = (t - start) / speed;
            if (local < -1e-6 || local > clip.duration() + 1e-6) {
                throw new IllegalArgumentException("--bg-times " + Times.format(times.get(i)) + " is outside the excerpt ("
                        + Times.format(start) + " to " + Times.format(start + clip.duration() * speed)
                        + "): background frames must come from the part made into a GIF");
            }
            out[i] = Math.max(0, Math.min(clip.duration(), local));
        }
        return out;
    }
}
