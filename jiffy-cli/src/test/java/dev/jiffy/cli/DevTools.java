package dev.jiffy.cli;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chromium's DevTools protocol, as much as a test needs: send a command to the page, get its answer as JSON text.
 * Over the WebSocket Chromium opens with {@code --remote-debugging-port=0} (the port it chose is in the profile's
 * DevToolsActivePort file).
 */
final class DevTools implements AutoCloseable {
    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");
    private static final Pattern PAGE_SOCKET = Pattern.compile(
            "\"type\":\\s*\"page\",[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"");
    private final Map<Integer, CompletableFuture<String>> waiting = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Duration limit;
    private WebSocket socket;

    private DevTools(Duration limit) {
        this.limit = limit;
    }

    /** The switch that makes Chromium listen for DevTools on a free port. */
    static List<String> switches() {
        return List.of("--remote-debugging-port=0", "--window-size=1280,900");
    }

    /** Connects to the first page of the Chromium whose profile folder is {@code profile}, once it listens. */
    static DevTools connect(Path profile, Process browser, Duration limit) throws Exception {
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + limit.toNanos();
        // Chromium writes the file once its port is open; waiting on the process wakes early if it dies instead.
        while (!Files.isRegularFile(portFile) || Files.readAllLines(portFile).isEmpty()) {
            if (!browser.isAlive() || System.nanoTime() > deadline) {
                throw new AssertionError("Chromium did not open its DevTools port (running: " + browser.isAlive() + ")");
            }
            try {
                browser.onExit().get(50, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // still running: look for the file again
            }
        }
        String port = Files.readAllLines(portFile).get(0).trim();
        HttpClient http = HttpClient.newHttpClient();
        String targets = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher page = PAGE_SOCKET.matcher(targets);
        if (!page.find()) {
            throw new AssertionError("Chromium shows no page to drive: " + targets);
        }
        DevTools tools = new DevTools(limit);
        tools.socket = http.newWebSocketBuilder().buildAsync(URI.create(page.group(1)), tools.new Answers())
                .get(limit.toMillis(), TimeUnit.MILLISECONDS);
        return tools;
    }

    /** Sends {@code method} with {@code params} (a JSON object) and returns the whole answer. */
    String call(String method, String params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<String> answer = new CompletableFuture<>();
        waiting.put(id, answer);
        socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true)
                .get(limit.toMillis(), TimeUnit.MILLISECONDS);
        String text;
        try {
            text = answer.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new AssertionError("Chromium did not answer " + method + " within " + limit.toSeconds() + " s", e);
        }
        if (text.contains("\"error\":{")) {
            throw new AssertionError(method + " failed: " + text);
        }
        return text;
    }

    @Override
    public void close() {
        if (socket != null) {
            socket.abort();
        }
    }

    /** Collects each message (which may come in parts) and completes the call that has its id. */
    private final class Answers implements WebSocket.Listener {
        private final StringBuilder message = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            message.append(data);
            if (last) {
                String text = message.toString();
                message.setLength(0);
                Matcher m = ID.matcher(text);
                if (m.find()) {
                    CompletableFuture<String> call = waiting.remove(Integer.parseInt(m.group(1)));
                    if (call != null) {
                        call.complete(text);
                    }
                }
            }
            webSocket.request(1);
            return null;
        }
    }
}
