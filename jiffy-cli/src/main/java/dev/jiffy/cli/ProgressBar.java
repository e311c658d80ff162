package dev.jiffy.cli;

import dev.jiffy.progress.RenderListener;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

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
    /** What is counted: "frames" for a GIF, "GIFs" for a batch. */
    private final String unit;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private boolean shown;
    /** Length of the line drawn last: a shorter one is padded to it, or its tail would stay on screen. */
    private int drawnLength;

    ProgressBar(PrintWriter err, boolean enabled, String label) {
        this(err, enabled, label, "frames", System::nanoTime);
    }

    /** A bar counting {@code unit} rather than frames. */
    ProgressBar(PrintWriter err, boolean enabled, String label, String unit) {
        this(err, enabled, label, unit, System::nanoTime);
    }

    /** With the clock the bar reads (nanoseconds), so tests can step time. */
    ProgressBar(PrintWriter err, boolean enabled, String label, String unit, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.label = label;
        this.unit = unit;
        this.clock = clock;
        this.started = clock.getAsLong();
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
        long now = clock.getAsLong();
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
        String line = String.format(Locale.ROOT, "%s [%s%s] %d/%d %s, %s", label, "#".repeat(filled),
                ".".repeat(width - filled), done, total, unit, last ? "done" : Math.round(left) + " s left");
        err.print("\r" + line + " ".repeat(Math.max(0, drawnLength - line.length())));
        drawnLength = line.length();
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
