package dev.jiffy.cli;

import dev.jiffy.render.FitListener;
import dev.jiffy.render.FitSettings;
import dev.jiffy.render.FitTry;
import dev.jiffy.progress.RenderListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a terminal shows of a size search: a progress bar per try, then the try's size and an estimate of the rest
 * ("try 3: quality 55, 15 fps, 480x270: 1.12 MB, too big; about 3 more tries, 4 s left").
 */
final class FitProgress implements FitListener, RenderListener {
    private final PrintWriter err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    FitProgress(PrintWriter err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
        this.bar = new ProgressBar(err, enabled, "size search");
    }

    @Override
    public void starting(int number, FitSettings settings) {
        bar = new ProgressBar(err, enabled, "try " + number + ": " + settings);
    }

    @Override
    public void tried(FitTry attempt, int moreTries) {
        if (!enabled) {
            return;
        }
        String line = "try " + attempt.number() + ": " + attempt.settings() + ": " + attempt.bytes() + ", "
                + (attempt.fits() ? "fits" : "too big") + "; ";
        if (moreTries == 0) {
            line += "done";
        } else {
            double perTry = (System.nanoTime() - started) / 1e9 / attempt.number();
            line += String.format(Locale.ROOT, "about %d more %s, %d s left", moreTries,
                    moreTries == 1 ? "try" : "tries", Math.round(perTry * moreTries));
        }
        err.println(line);
        err.flush();
    }

    @Override
    public void progress(int done, int total) {
        bar.progress(done, total);
    }

    @Override
    public void warning(String message) {
        bar.warning(message);
    }
}
