package dev.jiffy.cli;

import dev.jiffy.background.BackgroundMethod;
import dev.jiffy.background.BackgroundRemoval;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Excerpt;
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
     * {@code clip} (made from {@code excerpt}, perhaps with more effects of the same timing) with its background
     * removed, or unchanged when --remove-background is not given. Warnings (a moving camera) go to {@code listener}.
     */
    Clip apply(Clip clip, Excerpt excerpt, RenderListener listener) {
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
            removal = removal.withBackgroundTimes(excerptTimes(excerpt));
        }
        // before the background is looked for: that alone may need more than the heap at a large size
        MemoryCheck.require(clip.size(), removal, Runtime.getRuntime().maxMemory());
        return removal.apply();
    }

    /** --bg-times, given in the video's time like --from and --to, as times in the excerpt. */
    private double[] excerptTimes(Excerpt excerpt) {
        double[] out = new double[times.size()];
        for (int i = 0; i < out.length; i++) {
            if (!excerpt.contains(times.get(i))) {
                throw new IllegalArgumentException("--bg-times " + Times.format(times.get(i)) + " is outside the excerpt ("
                        + Times.format(excerpt.from()) + " to " + Times.format(excerpt.to())
                        + "): background frames must come from the part made into a GIF");
            }
            out[i] = excerpt.excerptTime(times.get(i));
        }
        return out;
    }
}
