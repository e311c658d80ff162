package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.render.GifExport;
import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.event.InputEvent;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Drives a preview window with a {@link Robot} the way a user would, and keeps what it printed. Playback runs on a
 * {@link ManualClock} the test moves, so what plays does not depend on how busy the machine is.
 */
final class Gui implements AutoCloseable {
    private static final long TIMEOUT_MS = 10_000;

    final PreviewWindow window;
    final List<String> printed = new CopyOnWriteArrayList<>();
    final Robot robot;
    /** Playback's time; touched only on the event thread. */
    final ManualClock clock = new ManualClock();

    private Gui(Clip clip, GifExport export, boolean play) throws AWTException {
        window = Preview.open(clip, export, PreviewListener.printing(printed::add, VideoMapping.identity()), clock,
                play);
        robot = new Robot();
        robot.setAutoDelay(10);
        await("the window to show its first frame", () -> onEdt(() -> window.frame().isShowing() && window.shown() != null));
        robot.waitForIdle();
        awaitInPlace();
    }

    /**
     * Waits until the picture really is on the screen where AWT says it is. Without a window manager the X server maps
     * and places a new window a little after AWT reports it showing, and once in a while AWT is left believing in a
     * place the window is not (screenshots then come back black and clicks land beside it): moving the window to
     * where it is said to be settles both.
     */
    private void awaitInPlace() {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        long nudgeAt = System.currentTimeMillis() + 1000;
        while (!inPlace()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("the preview window did not appear where AWT places it within " + TIMEOUT_MS
                        + " ms");
            }
            if (System.currentTimeMillis() > nudgeAt) {
                onEdt(() -> {
                    Point at = window.frame().getLocation();
                    window.frame().setLocation(at.x + 1, at.y);
                    window.frame().setLocation(at);
                    window.frame().toFront();
                    return null;
                });
                nudgeAt = System.currentTimeMillis() + 1000;
            }
            robot.delay(50);
            robot.waitForIdle();
        }
    }

    /** Whether a few of the shown picture's pixels are on the screen where the window should show them. */
    private boolean inPlace() {
        BufferedImage shown = onEdt(() -> window.shown().shown());
        int w = shown.getWidth();
        int h = shown.getHeight();
        int[][] probes = {{w / 2, h / 2}, {w / 4, h / 4}, {3 * w / 4, 3 * h / 4}};
        BufferedImage screen = screenshot();
        for (int[] probe : probes) {
            int expected = shown.getRGB(probe[0], probe[1]);
            if ((expected >>> 24) == 0xFF && (onScreen(screen, probe[0], probe[1]) != (expected & 0xFFFFFF))) {
                return false;
            }
        }
        return true;
    }

    /** Opens a window on {@code clip}, paused on its first frame unless {@code play}. */
    static Gui open(Clip clip, GifExport export, boolean play) throws AWTException {
        return new Gui(clip, export, play);
    }

    static Gui open(Clip clip) throws AWTException {
        return open(clip, GifExport.defaults(), false);
    }

    // ---- looking ----

    /** The picture as it is on the screen, one screen pixel per clip pixel sampled at each pixel's centre. */
    BufferedImage screenshot() {
        robot.waitForIdle();
        Rectangle r = onEdt(() -> {
            Rectangle b = window.picture().pictureBounds();
            Point origin = window.picture().getLocationOnScreen();
            b.translate(origin.x, origin.y);
            return b;
        });
        return robot.createScreenCapture(r);
    }

    /**
     * The picture once it satisfies {@code ok}: screenshots are taken until one does (painting is asynchronous), and on
     * timeout the last one is saved under target/ for a look and the test fails saying what was awaited.
     */
    BufferedImage awaitScreen(String what, java.util.function.Predicate<BufferedImage> ok) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (true) {
            BufferedImage shot = screenshot();
            if (ok.test(shot)) {
                return shot;
            }
            if (System.currentTimeMillis() > deadline) {
                java.io.File file = new java.io.File("target", "preview-test-" + System.currentTimeMillis() + ".png");
                try {
                    javax.imageio.ImageIO.write(shot, "png", file);
                } catch (java.io.IOException e) {
                    // the assertion below still says what went wrong
                }
                throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting for the screen to show " + what
                        + "; the last screenshot is " + file.getAbsolutePath());
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for the screen to show " + what);
            }
        }
    }

    /** The picture once it shows colour {@code rgb} at the clip's pixel (x, y). */
    BufferedImage awaitScreen(int x, int y, int rgb) {
        return awaitScreen(String.format("#%06X at (%d, %d)", rgb, x, y), shot -> onScreen(shot, x, y) == rgb);
    }

    /** The clip's pixel (x, y) as the screen shows it. */
    int onScreen(BufferedImage screenshot, int x, int y) {
        double s = scale();
        return screenshot.getRGB((int) Math.floor((x + 0.5) * s), (int) Math.floor((y + 0.5) * s)) & 0xFFFFFF;
    }

    double scale() {
        return onEdt(() -> window.picture().scale());
    }

    /** Where the centre of the clip's pixel (x, y) is on the screen. */
    Point screenPoint(int x, int y) {
        return onEdt(() -> {
            Point p = window.picture().centreOf(x, y);
            Point origin = window.picture().getLocationOnScreen();
            return new Point(origin.x + p.x, origin.y + p.y);
        });
    }

    // ---- acting ----

    /**
     * Moves the pointer over clip pixel (x, y) and waits until the window is laid out and the pointer is there: on a
     * loaded machine the first move can arrive before the window has its final place.
     */
    private Point settledPoint(int x, int y) {
        Point p = screenPoint(x, y);
        for (int attempt = 0; attempt < 20; attempt++) {
            robot.mouseMove(p.x, p.y);
            robot.waitForIdle();
            robot.delay(50);
            Point again = screenPoint(x, y);
            java.awt.PointerInfo pointer = java.awt.MouseInfo.getPointerInfo();
            if (again.equals(p) && pointer != null && pointer.getLocation().equals(p)) {
                return p;
            }
            p = again;
        }
        return p;
    }

    void click(int x, int y) {
        Point p = settledPoint(x, y);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    void drag(int x1, int y1, int x2, int y2) {
        Point a = settledPoint(x1, y1);
        Point b = screenPoint(x2, y2);
        robot.mousePress(InputEvent.BUTTON1_DOWN_MASK);
        for (int i = 1; i <= 10; i++) {
            robot.mouseMove(a.x + (b.x - a.x) * i / 10, a.y + (b.y - a.y) * i / 10);
        }
        robot.mouseRelease(InputEvent.BUTTON1_DOWN_MASK);
        robot.waitForIdle();
    }

    /** Presses a key; callers wait for its effect (not with waitForIdle, which is slow while the clip plays). */
    void key(int keyCode) {
        robot.keyPress(keyCode);
        robot.keyRelease(keyCode);
    }

    /** Moves playback's clock on by {@code nanos}, on the event thread, as the window's own clock would. */
    void advance(long nanos) {
        onEdt(() -> {
            clock.advance(nanos);
            return null;
        });
    }

    /** When the window wants waking for its next frame, if it does. */
    java.util.OptionalLong pending() {
        return onEdt(clock::pending);
    }

    /** The index of the frame on screen. */
    int shownIndex() {
        return onEdt(() -> window.shown().index());
    }

    /** Shows frame {@code index} in the given view and waits until it is on screen. */
    void show(int index, boolean asGif) {
        onEdt(() -> {
            window.setAsGif(asGif);
            window.goToFrame(index);
            return null;
        });
        awaitShown(index, asGif);
    }

    void awaitShown(int index, boolean asGif) {
        await("frame " + index + (asGif ? " as GIF" : "") + " on screen", () -> "the window says: "
                + onEdt(window::pickText), () -> onEdt(() -> {
            Picture p = window.shown();
            return p != null && p.index() == index && p.asGif() == asGif;
        }));
        robot.waitForIdle();
    }

    /** Waits for {@code n} printed lines and returns them. */
    List<String> awaitPrinted(int n) {
        await(n + " printed lines (have " + printed + ")", () -> printed.size() >= n);
        return List.copyOf(printed);
    }

    @Override
    public void close() throws InterruptedException {
        onEdt(() -> {
            window.close();
            return null;
        });
        assertThat(window.awaitClosed(TIMEOUT_MS, java.util.concurrent.TimeUnit.MILLISECONDS)).as("window closed").isTrue();
    }

    // ---- waiting ----

    static void await(String what, BooleanSupplier condition) {
        await(what, () -> "", condition);
    }

    /** Waits for {@code condition}; on timeout, says what it waited for and {@code state}. */
    static void await(String what, java.util.function.Supplier<String> state, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out after " + TIMEOUT_MS + " ms waiting for " + what + " " + state.get());
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + what);
            }
        }
    }

    static <T> T onEdt(Callable<T> body) {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> {
                try {
                    result.set(body.call());
                } catch (Exception e) {
                    failure.set(e);
                }
            });
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        if (failure.get() != null) {
            throw new AssertionError(failure.get());
        }
        return result.get();
    }
}
