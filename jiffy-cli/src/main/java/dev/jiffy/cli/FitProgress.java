package dev.jiffy.cli;

import dev.jiffy.render.FitListener;
import dev.jiffy.render.FitSettings;
import dev.jiffy.render.FitTry;
import dev.jiffy.progress.RenderListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * What a terminal shows of a size search: a progress bar per try, then the try's size and an estimate of the rest
 * ("try 3: quality 55, 15 fps, 480x270: 1.12 MB, too big; about 3 more tries, 4 s left"). It stands in for the
 * render's own listener during the search, so it keeps that listener's cancel flag (a batch's Ctrl-C) and, when it
 * shows nothing itself, passes warnings on to it (a batch row's warnings go to the batch).
 */
final class FitProgress implements FitListener, RenderListener {
    private final PrintWriter err;
    private final boolean enabled;
    private final RenderListener render;
    private final long started = System.nanoTime();
    private ProgressBar bar;

    /**
     * @param render the listener the search's tries replace: asked whether to stop, and told warnings when the bar
     *               is off
     */
    FitProgress(PrintWriter err, boolean enabled, RenderListener render) {
        this.err = err;
        this.enabled = enabled;
        this.render = render;
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
        if (enabled) {
            bar.warning(message);   // the bar on screen ends its line first
        } else {
            render.warning(message);
        }
    }

    @Override
    public boolean cancelled() {
        return render.cancelled();
    }
}
