package dev.jiffy.preview;

import java.awt.AWTError;
import java.awt.GraphicsEnvironment;
import java.awt.HeadlessException;
import java.util.Locale;
import java.util.Optional;

/** Whether a window can be shown, and why not. */
public final class Display {
    private Display() {
    }

    /**
     * Checks that windows can be shown, without connecting to the display (a display that is named but unreachable is
     * found when the window opens, and reported by {@link #unreachable}).
     *
     * @throws NoDisplayException saying why not
     */
    public static void require() {
        Optional<String> problem = problem(GraphicsEnvironment.isHeadless(), System.getProperty("java.awt.headless"),
                System.getenv("DISPLAY"), System.getProperty("os.name", ""));
        if (problem.isPresent()) {
            throw new NoDisplayException(problem.get(), null);
        }
    }

    /**
     * Why there is no display, if there is none.
     *
     * @param headless         what {@link GraphicsEnvironment#isHeadless()} says
     * @param headlessProperty the {@code java.awt.headless} system property, or null
     * @param display          the {@code DISPLAY} environment variable, or null
     * @param osName           the {@code os.name} system property
     */
    static Optional<String> problem(boolean headless, String headlessProperty, String display, String osName) {
        if (!headless) {
            return Optional.empty();
        }
        if (usesX11(osName) && (display == null || display.isBlank())) {
            return Optional.of("DISPLAY is not set");
        }
        if ("true".equalsIgnoreCase(headlessProperty)) {
            return Optional.of("Java runs headless: java.awt.headless=true");
        }
        return Optional.of("Java reports no screen");
    }

    /** The exception to throw when opening a window failed with {@code error} (an unreachable X server, say). */
    static NoDisplayException unreachable(Throwable error) {
        if (error instanceof HeadlessException) {
            return new NoDisplayException("Java runs headless", error);
        }
        if (error instanceof UnsatisfiedLinkError) {
            return new NoDisplayException("this Java runtime has no window libraries (a headless JRE): "
                    + error.getMessage(), error);
        }
        String display = System.getenv("DISPLAY");
        return new NoDisplayException(display == null ? "cannot open a window: " + error.getMessage()
                : "cannot connect to the display DISPLAY=" + display, error);
    }

    /** Whether {@code error} means "no display" rather than a bug. */
    static boolean isNoDisplay(Throwable error) {
        return error instanceof AWTError || error instanceof HeadlessException || error instanceof UnsatisfiedLinkError;
    }

    private static boolean usesX11(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        return !os.startsWith("windows") && !os.startsWith("mac");
    }
}
