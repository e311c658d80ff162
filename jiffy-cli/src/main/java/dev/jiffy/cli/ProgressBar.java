package dev.jiffy.cli;

import dev.jiffy.progress.RenderListener;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * A one-line progress bar on standard error ("[#####.....] 45/120 frames, 3 s left"), shown only for work that
 * lasts more than about a second and only when standard error is a terminal.
 */
final class ProgressBar implements RenderListener {
    private static final long SHOW_AFTER_NANOS = 800_000_000L;
    private static final long REDRAW_EVERY_NANOS = 100_000_000L;

    private final PrintWriter err;
    private final boolean enabled;
    private final String label;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean shown;

    ProgressBar(PrintWriter err, boolean enabled, String label) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
    }

    /** Whether a progress bar makes sense here: not quiet and standard error is an interactive terminal. */
    static boolean wanted(boolean quiet) {
        return !quiet && System.console() != null && System.getenv("CI") == null;
    }

    @Override
    public void progress(int done, int total) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        long elapsed = now - started;
        boolean last = done >= total;
        if (elapsed < SHOW_AFTER_NANOS || (!last && now - lastDrawn < REDRAW_EVERY_NANOS)) {
            return;
        }
        lastDrawn = now;
        shown = true;
        int width = 30;
        int filled = (int) ((long) width * done / Math.max(1, total));
        double left = done == 0 ? 0 : elapsed / 1e9 * (total - done) / done;
        err.print(String.format(Locale.ROOT, "\r%s [%s%s] %d/%d frames, %s   ", label, "#".repeat(filled),
                ".".repeat(width - filled), done, total, last ? "done" : Math.round(left) + " s left"));
        if (last) {
            err.println();
        }
        err.flush();
    }

    @Override
    public void warning(String message) {
        if (shown) {
            err.println();
        }
        err.println("jiffy: warning: " + message);
        err.flush();
    }
}
