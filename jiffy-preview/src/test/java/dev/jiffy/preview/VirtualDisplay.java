package dev.jiffy.preview;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Gives GUI tests a virtual X display: starts {@code Xvfb} on the display named by {@code DISPLAY} (which surefire sets
 * for this module, see its pom) before any test class using it runs, and stops it when the test JVM ends. AWT connects
 * to the display on first use, so every test class that opens a window must use this extension and nothing may touch
 * the toolkit before it runs.
 *
 * <p>Without Xvfb the GUI tests are skipped, and the reason is printed once. If another test run (a concurrent build)
 * holds the display with its Xvfb, this one waits for it to finish, then starts its own (a display that stays busy is
 * shared); a real X server on that display is used as it is.
 */
final class VirtualDisplay implements BeforeAllCallback {
    private static final Duration WAIT_FOR_BUSY_DISPLAY = new Duration(90);
    private static final Duration WAIT_FOR_START = new Duration(15);

    private static boolean decided;
    private static String unavailable;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        String reason;
        synchronized (VirtualDisplay.class) {
            if (!decided) {
                unavailable = start();
                decided = true;
                if (unavailable != null) {
                    System.err.println("[jiffy-preview] GUI tests SKIPPED: " + unavailable);
                }
            }
            reason = unavailable;
        }
        Assumptions.assumeTrue(reason == null, () -> "GUI tests skipped: " + reason);
    }

    /** Starts the server; returns why the GUI tests cannot run, or null when they can. */
    private static String start() throws IOException, InterruptedException {
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            return "DISPLAY is not set for the tests (jiffy-preview's pom sets it for surefire)";
        }
        if (!display.startsWith(":")) {
            return null; // a remote display somebody chose on purpose: use it as it is
        }
        String number = display.substring(1).replaceAll("\\..*", "");
        Path socket = Path.of("/tmp/.X11-unix/X" + number);
        Path lock = Path.of("/tmp/.X" + number + "-lock");
        if (!Files.exists(Path.of(System.getProperty("java.home"), "lib", "libawt_xawt.so"))) {
            return "this Java runtime has no X11 window libraries (a headless JDK; install the full one)";
        }
        String xvfb = onPath("Xvfb");
        if (xvfb == null) {
            return Files.exists(socket) ? null
                    : "Xvfb is not installed (apt-get install xvfb; .ci/run installs it)";
        }
        long busyUntil = System.nanoTime() + WAIT_FOR_BUSY_DISPLAY.nanos();
        boolean waited = false;
        while (true) {
            Optional<ProcessHandle> holder = liveServer(lock);
            if (holder.isPresent()) {
                if (!isXvfb(holder.get())) {
                    return null; // a real X server (a developer's desktop named by DISPLAY): use it
                }
                if (System.nanoTime() > busyUntil) {
                    System.err.println("[jiffy-preview] display " + display + " stays busy; sharing it");
                    return null;
                }
                if (!waited) {
                    System.err.println("[jiffy-preview] display " + display + " is in use (another test run?); waiting");
                    waited = true;
                }
                Thread.sleep(250); // another test run's display: wait for it to end
                continue;
            }
            Process server = new ProcessBuilder(xvfb, display, "-screen", "0", "1280x1024x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).start();
            stopAfterThisJvm(server);
            long deadline = System.nanoTime() + WAIT_FOR_START.nanos();
            while (server.isAlive() && !Files.exists(socket) && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            if (server.isAlive() && Files.exists(socket)) {
                drain(server);
                return null;
            }
            if (server.isAlive()) {
                server.destroyForcibly();
                return "Xvfb did not start on " + display + " within " + WAIT_FOR_START.seconds + " s";
            }
            String output = new String(server.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!output.toLowerCase(Locale.ROOT).contains("already active")) {
                throw new IllegalStateException("Xvfb " + display + " failed (exit " + server.exitValue() + "): "
                        + output.strip());
            }
            // lost a race with another test run for the display: wait for it like for any busy display
        }
    }

    /** The running X server that holds the display's lock file, if any. */
    private static Optional<ProcessHandle> liveServer(Path lock) {
        try {
            long pid = Long.parseLong(Files.readString(lock).strip());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean isXvfb(ProcessHandle server) {
        return server.info().command().map(c -> c.endsWith("Xvfb")).orElse(true);
    }

    /**
     * Ends the server once this JVM has exited. Not from a shutdown hook: AWT is still connected then, and Xlib ends a
     * process whose display goes away with exit code 1, which surefire reports as a crashed fork.
     */
    private static void stopAfterThisJvm(Process server) throws IOException {
        long jvm = ProcessHandle.current().pid();
        new ProcessBuilder("sh", "-c", "while kill -0 " + jvm + " 2>/dev/null; do sleep 1; done; kill " + server.pid())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    }

    private static void drain(Process server) {
        Thread t = new Thread(() -> {
            try {
                server.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            } catch (IOException ignored) {
                // the server ended
            }
        }, "xvfb-output");
        t.setDaemon(true);
        t.start();
    }

    private static String onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir.isEmpty() ? "." : dir, program);
            if (Files.isExecutable(p)) {
                return p.toString();
            }
        }
        return null;
    }

    private record Duration(long seconds) {
        long nanos() {
            return TimeUnit.SECONDS.toNanos(seconds);
        }
    }
}
