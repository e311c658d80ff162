package dev.jiffy.studio;

import dev.jiffy.render.FitSettings;
import dev.jiffy.render.FitTry;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A preview's events as server-sent events ({@code text/event-stream}): {@code estimate}, {@code progress},
 * {@code starting} and {@code try} (a size search), {@code warning}, then one of {@code done}, {@code failed},
 * {@code stale}. Each event's data is one JSON object. When the page has gone, writing fails and {@link #gone()} says
 * so, which stops the render.
 */
final class EventStream implements PreviewEvents {
    private final OutputStream out;
    private volatile boolean gone;
    /** The last progress sent, in percent: frames arrive by the hundred, the page needs at most a hundred updates. */
    private int lastPercent = -1;

    EventStream(OutputStream out) {
        this.out = out;
    }

    /** Sends one event; a page that has gone is noted, not an error. */
    synchronized void send(String event, Map<String, ?> data) {
        if (gone) {
            return;
        }
        try {
            out.write(("event: " + event + "\ndata: " + Json.object(data) + "\n\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException e) {
            gone = true;
        }
    }

    @Override
    public void estimate(long bytes, double written) {
        send("estimate", Json.fields("bytes", bytes, "written", Math.round(100 * written) / 100.0));
    }

    @Override
    public synchronized void progress(int done, int total) {
        int percent = total <= 0 ? 0 : (int) (100L * done / total);
        if (percent != lastPercent || done == total) {
            lastPercent = percent;
            send("progress", Json.fields("done", done, "total", total));
        }
    }

    @Override
    public void warning(String message) {
        send("warning", Map.of("message", message));
    }

    @Override
    public void starting(int number, FitSettings settings) {
        synchronized (this) {
            lastPercent = -1;   // each try's frames count from 0 again
        }
        send("starting", Json.fields("number", number, "settings", settings.toString()));
    }

    @Override
    public void tried(FitTry attempt, int moreTries) {
        send("try", Json.fields("number", attempt.number(), "settings", attempt.settings().toString(),
                "bytes", attempt.bytes().bytes(), "fits", attempt.fits(), "more", moreTries));
    }

    @Override
    public boolean gone() {
        return gone;
    }
}
