package dev.jiffy.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

/**
 * Plays GIFs in headless Chromium: serves {@code browser-playback.html} and the GIFs from 127.0.0.1 (a secure context,
 * which WebCodecs needs), lets the page decode them as the browser plays them, and takes what it posts back. Chromium
 * and everything it started are killed when the page is done, on error, or after {@link #TIME_LIMIT}.
 */
final class HeadlessChromium {
    static final Duration TIME_LIMIT = Duration.ofSeconds(60);

    /** One frame as the browser decoded it: the whole screen, 0xAARRGGBB, and its time and duration in microseconds. */
    record Frame(String format, int width, int height, long timestampMicros, long durationMicros, int[] argb) {
    }

    /**
     * A GIF as the browser showed it.
     *
     * @param naturalWidth    the {@code <img>}'s natural width
     * @param naturalHeight   the {@code <img>}'s natural height
     * @param shown           the {@code <img>} drawn to a canvas (which takes an animation's first frame)
     * @param repetitionCount ImageDecoder's repetition count as JavaScript prints it: "Infinity", or how many times
     *                        the animation repeats after it has played once
     * @param frames          every frame as ImageDecoder decoded it
     */
    record Played(int naturalWidth, int naturalHeight, int[] shown, String repetitionCount, List<Frame> frames) {
    }

    private HeadlessChromium() {
    }

    /** The Chromium (or Chrome) command: the system property {@code jiffy.chromium}, else the first on the PATH; null if none. */
    static String find() {
        String configured = System.getProperty("jiffy.chromium");
        List<String> candidates = configured != null && !configured.isBlank() ? List.of(configured)
                : List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");
        for (String candidate : candidates) {
            try {
                Process p = new ProcessBuilder(candidate, "--version").redirectErrorStream(true).start();
                String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0 && text.contains("Chrom")) {
                    return candidate;
                }
                p.destroyForcibly();
            } catch (IOException e) {
                // not installed under this name
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return null;
            }
        }
        return null;
    }

    /** Plays every GIF (name to file; names must be plain file names) in one browser run. */
    static Map<String, Played> play(String chromium, Map<String, Path> gifs) throws Exception {
        byte[] page;
        try (InputStream in = HeadlessChromium.class.getResourceAsStream("browser-playback.html")) {
            page = in.readAllBytes();
        }
        Map<String, byte[]> posted = new ConcurrentHashMap<>();
        CompletableFuture<Void> done = new CompletableFuture<>();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                serve(exchange, page, gifs, posted, done);
            } catch (IOException | RuntimeException e) {
                done.completeExceptionally(e);
            } finally {
                exchange.close();
            }
        });
        server.start();

        Path run = runFolder();
        Path log = run.resolve("chromium.log");
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/page.html?gifs="
                + URLEncoder.encode(String.join(",", gifs.keySet()), StandardCharsets.UTF_8);
        Process browser = null;
        try {
            browser = launch(chromium, run, List.of(), url);
            long deadline = System.nanoTime() + TIME_LIMIT.toNanos();
            while (true) {
                try {
                    done.get(200, TimeUnit.MILLISECONDS);
                    break;
                } catch (ExecutionException e) {
                    throw new AssertionError(e.getCause().getMessage() + "\nChromium's log ends:\n" + tail(log), e.getCause());
                } catch (TimeoutException e) {
                    if (!browser.isAlive()) {
                        throw new AssertionError("Chromium exited (status " + browser.exitValue()
                                + ") before the page was done; its log ends:\n" + tail(log));
                    }
                    if (System.nanoTime() > deadline) {
                        throw new AssertionError("Chromium did not finish the page in " + TIME_LIMIT.toSeconds()
                                + " s; its log ends:\n" + tail(log));
                    }
                }
            }
        } finally {
            if (browser != null) {
                stop(browser);
            }
            server.stop(0);
            deleteTree(run);
        }

        Map<String, Played> played = new LinkedHashMap<>();
        for (String name : gifs.keySet()) {
            byte[] text = posted.get(name + ".txt");
            byte[] rgba = posted.get(name + ".rgba");
            if (text == null || rgba == null) {
                throw new AssertionError("the page sent nothing for " + name);
            }
            played.put(name, parse(name, new String(text, StandardCharsets.UTF_8), rgba));
        }
        return played;
    }

    /**
     * A short path in the system's temporary folder for one run: Chromium's sockets go under TMPDIR, and a Unix
     * socket's path must stay under 108 bytes (a JUnit @TempDir nested in a build folder can be too deep).
     */
    static Path runFolder() throws IOException {
        return Files.createTempDirectory("jiffy-chromium");
    }

    /**
     * Starts headless Chromium on {@code url} with everything it writes (profile, NSS database, caches, shared memory
     * files, its log as run/chromium.log) kept in {@code run}; {@code extra} are further switches.
     */
    static Process launch(String chromium, Path run, List<String> extra, String url) throws IOException {
        Path home = Files.createDirectories(run.resolve("home"));
        Path tmp = Files.createDirectories(run.resolve("tmp"));
        List<String> command = new ArrayList<>(List.of(chromium, "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--no-default-browser-check",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--mute-audio", "--user-data-dir=" + run.resolve("profile")));
        command.addAll(extra);
        command.add(url);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(run.resolve("chromium.log").toFile());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("TMPDIR", tmp.toString());
        builder.environment().put("XDG_CONFIG_HOME", home.resolve(".config").toString());
        builder.environment().put("XDG_CACHE_HOME", home.resolve(".cache").toString());
        return builder.start();
    }

    private static void serve(HttpExchange exchange, byte[] page, Map<String, Path> gifs, Map<String, byte[]> posted,
            CompletableFuture<Void> done) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (method.equals("GET") && path.equals("/page.html")) {
            respond(exchange, "text/html; charset=utf-8", page);
        } else if (method.equals("GET") && path.startsWith("/gif/") && gifs.containsKey(path.substring(5))) {
            respond(exchange, "image/gif", Files.readAllBytes(gifs.get(path.substring(5))));
        } else if (method.equals("POST") && path.startsWith("/result/")) {
            posted.put(path.substring(8), exchange.getRequestBody().readAllBytes());
            respond(exchange, "text/plain", new byte[0]);
        } else if (method.equals("POST") && path.equals("/done")) {
            respond(exchange, "text/plain", new byte[0]);
            done.complete(null);
        } else if (method.equals("POST") && path.equals("/error")) {
            String message = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            respond(exchange, "text/plain", new byte[0]);
            done.completeExceptionally(new AssertionError("the page in Chromium failed: " + message));
        } else {
            exchange.sendResponseHeaders(404, -1);
        }
    }

    private static void respond(HttpExchange exchange, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static Played parse(String name, String text, byte[] rgba) {
        Map<String, String> values = new HashMap<>();
        List<Map<String, String>> frameLines = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("frame=")) {
                Map<String, String> frame = new HashMap<>();
                for (String field : line.split(" ")) {
                    int eq = field.indexOf('=');
                    frame.put(field.substring(0, eq), field.substring(eq + 1));
                }
                frameLines.add(frame);
            } else if (line.contains("=")) {
                values.put(line.substring(0, line.indexOf('=')), line.substring(line.indexOf('=') + 1));
            }
        }
        int width = Integer.parseInt(values.get("naturalWidth"));
        int height = Integer.parseInt(values.get("naturalHeight"));
        int offset = 0;
        int[] shown = argb(rgba, offset, width * height, name);
        offset += width * height * 4;
        List<Frame> frames = new ArrayList<>();
        for (Map<String, String> f : frameLines) {
            int w = Integer.parseInt(f.get("width"));
            int h = Integer.parseInt(f.get("height"));
            if (!f.get("complete").equals("true")) {
                throw new AssertionError(name + ": ImageDecoder gave an incomplete frame " + f.get("frame"));
            }
            frames.add(new Frame(f.get("format"), w, h, Long.parseLong(f.get("timestamp")),
                    Long.parseLong(f.get("duration")), argb(rgba, offset, w * h, name)));
            offset += w * h * 4;
        }
        if (offset != rgba.length || frames.size() != Integer.parseInt(values.get("frameCount"))) {
            throw new AssertionError(name + ": the page sent " + rgba.length + " bytes of pixels for "
                    + values.get("frameCount") + " frames");
        }
        return new Played(width, height, shown, values.get("repetitionCount"), frames);
    }

    private static int[] argb(byte[] rgba, int offset, int pixels, String name) {
        if (offset + pixels * 4 > rgba.length) {
            throw new AssertionError(name + ": the page sent too few pixels");
        }
        return OutputKinds.argbFromRgba(rgba, offset, pixels);
    }

    /** Asks Chromium and its children to quit, then kills what is left, and waits for them to be gone. */
    static void stop(Process browser) {
        List<ProcessHandle> all = new ArrayList<>(browser.descendants().toList());
        all.add(browser.toHandle());
        all.forEach(ProcessHandle::destroy);
        waitFor(all, 5);
        all.forEach(ProcessHandle::destroyForcibly);
        waitFor(all, 10);
    }

    private static void waitFor(List<ProcessHandle> processes, int seconds) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (ProcessHandle p : processes) {
            try {
                p.onExit().get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException | ExecutionException e) {
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // JUnit's @TempDir removes what is left
        }
    }
}
