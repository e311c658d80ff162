package dev.jiffy.studio;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.jiffy.CancelledException;
import dev.jiffy.JiffyException;
import dev.jiffy.clip.Clip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.image.Frame;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.AtomicFile;
import dev.jiffy.render.ByteSize;
import dev.jiffy.render.FitListener;
import dev.jiffy.render.RenderResult;
import dev.jiffy.render.SizePreset;
import dev.jiffy.text.FontFace;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The studio's HTTP routes. Every request must carry the token ({@code ?token=}), or it gets 403 and nothing else;
 * the page and its script and style come from this module's resources, files only from the {@link Folder}. A bad
 * file or setting answers 400 with one line the page shows; the server goes on.
 */
final class Routes implements HttpHandler {
    /** The page's own files, by the name it asks for: nothing else is served from the jar. */
    private static final Map<String, String> RESOURCES = Map.of(
            "/", "text/html; charset=utf-8",
            "/studio.js", "text/javascript; charset=utf-8",
            "/studio.css", "text/css; charset=utf-8");
    /** The name the page uses for a clip given by {@code Studio.open(clip)}: no file can have it (no extension). */
    static final String IN_CODE = "(clip)";
    /** Where the page's text stands for the token, so its script and style links carry it too. */
    private static final String TOKEN_PLACEHOLDER = "@TOKEN@";
    /** No request the page makes has a query longer than this; a longer one is not from the page. */
    private static final int MAX_QUERY_CHARS = 8_192;
    /** Filmstrip thumbnails are at most this wide: enough for a 16:9 strip of ten on a laptop screen. */
    private static final int MAX_THUMBNAIL_WIDTH = 640;

    private final AccessToken token;
    private final Folder folder;
    private final Videos videos;
    private final PreviewRenders previews;
    private final RunningWork work;
    private final LoopSearches loops;
    private final long maxUpload;
    private final Optional<Clip> inCode;

    Routes(AccessToken token, Folder folder, Videos videos, PreviewRenders previews, LoopSearches loops,
           RunningWork work, long maxUpload, Optional<Clip> inCode) {
        this.work = work;
        this.loops = loops;
        this.maxUpload = maxUpload;
        this.inCode = inCode;
        this.token = token;
        this.folder = folder;
        this.videos = videos;
        this.previews = previews;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            String rawQuery = exchange.getRequestURI().getRawQuery();
            if (rawQuery != null && rawQuery.length() > MAX_QUERY_CHARS) {
                send(exchange, 414, "text/plain; charset=utf-8", bytes("the request is too long"));
                return;
            }
            Map<String, String> query = query(rawQuery);
            if (!token.matches(query.get("token"))) {
                send(exchange, 403, "text/plain; charset=utf-8",
                        bytes("this address needs the studio's token: open the address jiffy studio printed"));
                return;
            }
            try {
                route(exchange, exchange.getRequestMethod(), exchange.getRequestURI().getPath(), query);
            } catch (IllegalArgumentException | JiffyException | UncheckedIOException e) {
                int status = e instanceof CancelledException ? 409 : e instanceof TooLarge ? 413 : 400;
                send(exchange, status, "text/plain; charset=utf-8", bytes(e.getMessage()));
            } catch (RuntimeException e) {
                // A bug, not the user's doing: one line on the page, and the server goes on.
                send(exchange, 500, "text/plain; charset=utf-8", bytes("unexpected error: " + e
                        + " (please report it)"));
            }
        }
    }

    private void route(HttpExchange exchange, String method, String path, Map<String, String> q) throws IOException {
        if (method.equals("GET") && RESOURCES.containsKey(path)) {
            send(exchange, 200, RESOURCES.get(path), resource(path));
        } else if (method.equals("GET") && path.equals("/api/files")) {
            json(exchange, Json.object(Json.fields("folder", folder.root().toString(), "videos", listing(),
                    "targets", SizePreset.all().stream().map(SizePreset::name).toList())));
        } else if (method.equals("GET") && path.equals("/api/fonts")) {
            json(exchange, Json.object(Json.fields("fonts", FontFace.available().stream().map(FontFace::name).toList(),
                    "default", FontFace.defaultFace().name())));
        } else if (method.equals("GET") && path.equals("/api/info")) {
            json(exchange, info(q.get("file")));
        } else if (method.equals("GET") && path.equals("/frame")) {
            send(exchange, 200, "image/png", FramePng.of(frame(q), FramePng.QUICKEST));
        } else if (method.equals("GET") && path.equals("/api/command")) {
            json(exchange, Json.object(Map.of("command", command(q))));
        } else if (method.equals("GET") && path.equals("/api/java")) {
            String name = q.get("file");
            Optional<Path> video = name != null && name.equals(IN_CODE) && inCode.isPresent() ? Optional.empty()
                    : Optional.of(folder.file(name));
            json(exchange, Json.object(Map.of("java", JavaProgram.of(Settings.of(q), video, output(name)))));
        } else if (method.equals("GET") && path.equals("/api/preview") && q.containsKey("id")) {
            byte[] gif = previews.finished(Params.whole(q.get("id"), "preview number")).orElseThrow(() ->
                    new CancelledException("stale: a newer preview replaced preview " + q.get("id"))).gif();
            exchange.getResponseHeaders().set("X-Jiffy-Bytes", String.valueOf(gif.length));
            send(exchange, 200, "image/gif", gif);
        } else if (method.equals("GET") && path.equals("/api/preview")) {
            Settings settings = Settings.of(q);
            Clip video = source(q.get("file"));
            byte[] gif = previews.render(listener -> settings.clip(video, listener), settings,
                    () -> CodedChange.of(video, settings), PreviewEvents.NONE).gif();
            exchange.getResponseHeaders().set("X-Jiffy-Bytes", String.valueOf(gif.length));
            send(exchange, 200, "image/gif", gif);
        } else if (method.equals("GET") && path.equals("/api/preview/events")) {
            previewEvents(exchange, q);
        } else if (method.equals("GET") && path.equals("/api/loop")) {
            findLoop(exchange, q);
        } else if (method.equals("POST") && path.equals("/api/upload")) {
            json(exchange, upload(exchange, q.get("name")));
        } else if (method.equals("POST") && path.equals("/api/export")) {
            json(exchange, export(q));
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("no such page in the studio: " + path));
        }
    }

    /**
     * A preview made while its events stream to the page; the last event says how it ended ({@code done} with the
     * preview's number, {@code failed} with the one-line reason, or {@code stale}). A bad setting is an event too, so
     * a client reading the stream with the browser's EventSource (which cannot read the body of an error status) hears
     * it; the studio's page reads it by fetch, as Find loop's.
     */
    private void previewEvents(HttpExchange exchange, Map<String, String> q) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.sendResponseHeaders(200, 0);
        EventStream events = new EventStream(exchange.getResponseBody());
        try {
            Settings settings = Settings.of(q);
            Clip video = source(q.get("file"));
            PreviewRenders.Preview preview = previews.render(listener -> settings.clip(video, listener), settings,
                    () -> CodedChange.of(video, settings), events);
            events.send("done", Json.fields("id", preview.id(), "bytes", preview.gif().length));
        } catch (CancelledException e) {
            events.send("stale", Map.of("message", e.getMessage()));
        } catch (IllegalArgumentException | JiffyException | UncheckedIOException e) {
            events.send("failed", Map.of("message", e.getMessage()));
        }
    }

    /**
     * Find loop: the best in/out pairs near the request's {@code from} and {@code to}, each moved by at most
     * {@code radius} seconds (default {@link LoopSearches#DEFAULT_RADIUS}), searched on the video itself (before
     * crop, resize and speed, as {@code jiffy make --find-loop} does). Answered as server-sent events: {@code progress}
     * (frames decoded), then {@code found} with the best pair and the runners-up ({@code others}, best first), or
     * {@code stale} / {@code failed}. A bad request is found before the search decodes anything, so it is an ordinary
     * 400 with one line (the stream starts with its first event); a search that a newer one replaced before it began
     * is 409.
     */
    private void findLoop(HttpExchange exchange, Map<String, String> q) {
        Params p = new Params(q);
        Clip video = source(q.get("file"));
        double from = p.number("from");
        double to = p.number("to");
        double radius = p.optionalNumber("radius").orElse(LoopSearches.DEFAULT_RADIUS);
        StartsOnFirstWrite body = new StartsOnFirstWrite(exchange, "text/event-stream; charset=utf-8");
        EventStream events = new EventStream(body);
        try {
            List<LoopCandidate> found = loops.find(video, from, to, radius, events);
            Map<String, Object> best = loopFields(found.get(0));
            best.put("others", found.subList(1, found.size()).stream().map(Routes::loopFields).toList());
            events.send("found", best);
        } catch (IllegalArgumentException | JiffyException | UncheckedIOException e) {
            if (!body.started()) {
                throw e;
            }
            events.send(e instanceof CancelledException ? "stale" : "failed", Map.of("message", e.getMessage()));
        }
    }

    /** A loop as the page reads it: its in and out points, how well they match, and the line that says so. */
    private static Map<String, Object> loopFields(LoopCandidate loop) {
        return Json.fields("from", loop.from(), "to", loop.to(), "similarity", loop.similarity(), "step", loop.step(),
                "seamless", loop.seamless(), "text", loop.toString());
    }

    /** A response body whose status (200) and type are sent with its first byte: until then, an error may still be. */
    private static final class StartsOnFirstWrite extends OutputStream {
        private final HttpExchange exchange;
        private final String type;
        private OutputStream out;

        StartsOnFirstWrite(HttpExchange exchange, String type) {
            this.exchange = exchange;
            this.type = type;
        }

        boolean started() {
            return out != null;
        }

        private OutputStream out() throws IOException {
            if (out == null) {
                exchange.getResponseHeaders().set("Content-Type", type);
                exchange.sendResponseHeaders(200, 0);
                out = exchange.getResponseBody();
            }
            return out;
        }

        @Override
        public void write(int b) throws IOException {
            out().write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out().write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out().flush();
        }
    }

    /**
     * Saves the request's body as a video in the folder, under a safe name, written under a temporary name and moved
     * into place when complete; more than the upload limit is refused (413) and leaves nothing.
     */
    private String upload(HttpExchange exchange, String name) throws IOException {
        String length = exchange.getRequestHeaders().getFirst("Content-Length");
        try (Folder.Upload upload = folder.reserveUpload(name)) {
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > maxUpload) {
                throw new TooLarge(name, maxUpload);
            }
            return save(exchange, name, upload.target());
        }
    }

    private String save(HttpExchange exchange, String name, Path target) throws IOException {
        try (AtomicFile file = AtomicFile.create(target, "video")) {
            try (InputStream in = exchange.getRequestBody(); OutputStream out = file.open()) {
                byte[] buffer = new byte[1 << 16];
                long total = 0;
                for (int n; (n = in.read(buffer)) > 0; ) {
                    total += n;
                    if (total > maxUpload) {
                        throw new TooLarge(name, maxUpload);
                    }
                    out.write(buffer, 0, n);
                }
            }
            file.commit();
        }
        return Json.object(Json.fields("file", folder.nameOf(target), "videos", listing()));
    }

    /** An upload over the limit: answered 413 with one line. */
    static final class TooLarge extends IllegalArgumentException {
        TooLarge(String name, long limit) {
            super(name + " is larger than the studio takes (" + ByteSize.of(limit) + "): make a shorter cut first, "
                    + "or start jiffy studio in the video's folder");
        }
    }

    private String info(String name) {
        Clip video = source(name);
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("file", name.equals(IN_CODE) ? IN_CODE : folder.nameOf(folder.file(name)));
        fields.put("width", video.width());
        fields.put("height", video.height());
        fields.put("duration", video.duration());
        fields.put("fps", video.fps().map(f -> (Object) f.toDouble()).orElse(0));
        return Json.object(fields);
    }

    /** The exact decoded frame at {@code t} seconds, or a thumbnail of it {@code w} pixels wide. */
    private Frame frame(Map<String, String> q) {
        Clip video = source(q.get("file"));
        double t = seconds(q.get("t"));
        if (t < 0 || t >= video.duration()) {
            throw new IllegalArgumentException("time " + Settings.plain(t) + " s is outside the video (0 to "
                    + Settings.plain(video.duration()) + " s)");
        }
        String w = q.get("w");
        if (w == null) {
            return video.frame(t);
        }
        int width;
        try {
            width = Integer.parseInt(w);
        } catch (NumberFormatException e) {
            width = 0;   // said below
        }
        if (width < 1 || width > MAX_THUMBNAIL_WIDTH) {
            throw new IllegalArgumentException("a thumbnail is 1 to " + MAX_THUMBNAIL_WIDTH + " pixels wide, got " + w);
        }
        return video.resizeToWidth(width).frame(t);
    }

    private String command(Map<String, String> q) {
        String name = q.get("file");
        if (IN_CODE.equals(name) && inCode.isPresent()) {
            Settings.of(q);   // a bad setting is still said
            return "(a clip made in code has no command: Copy as Java gives the program)";
        }
        Path video = folder.file(name);
        return "jiffy " + String.join(" ", Settings.of(q).makeCommand(folder.nameOf(video), gifName(video)).stream()
                .map(Routes::shellQuoted).toList());
    }

    private String export(Map<String, String> q) {
        Settings settings = Settings.of(q);
        Path out = output(q.get("file"));
        List<String> warnings = new CopyOnWriteArrayList<>();
        RenderListener listener = new RenderListener() {
            @Override
            public void warning(String message) {
                if (!warnings.contains(message)) {
                    warnings.add(message);   // a size search's tries repeat their render's warnings
                }
            }

            @Override
            public boolean cancelled() {
                return work.closing();   // the studio stops: the export leaves no temporary file
            }
        };
        Clip video = source(q.get("file"));
        RenderResult result = work.run(() -> settings.write(settings.clip(video, listener), out, listener,
                FitListener.NONE));
        return Json.object(Json.fields("file", folder.nameOf(out), "bytes", result.bytes(), "command", command(q),
                "warnings", List.copyOf(warnings)));
    }

    /** What the page can open: the clip from code first, then the folder's videos. */
    private List<String> listing() {
        List<String> names = new ArrayList<>(folder.videos());
        inCode.ifPresent(c -> names.add(0, IN_CODE));
        return names;
    }

    /** The clip the page names: the one opened from code ({@link #IN_CODE}), else a video in the folder. */
    private Clip source(String name) {
        if (IN_CODE.equals(name) && inCode.isPresent()) {
            return inCode.get();
        }
        return videos.get(folder.file(name));
    }

    /** Where the GIF of the clip the page names goes: beside its video, or {@code clip.gif} for a clip from code. */
    private Path output(String name) {
        return folder.output(IN_CODE.equals(name) && inCode.isPresent() ? "clip.gif" : gifName(folder.file(name)));
    }

    /**
     * "clip.mp4" → "clip.gif": the GIF goes beside its video; "clip.gif" → "clip-jiffy.gif", as make suggests, so an
     * edited GIF never replaces the GIF it was made from.
     */
    static String gifName(Path video) {
        String name = video.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return stem + (name.toLowerCase(Locale.ROOT).endsWith(".gif") ? "-jiffy.gif" : ".gif");
    }

    /** A word as a POSIX shell reads it back: as it is when safe, else in single quotes. */
    static String shellQuoted(String word) {
        return word.matches("[A-Za-z0-9_./:,=+-]+") ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static double seconds(String t) {
        if (t == null) {
            throw new IllegalArgumentException("the request has no time t");
        }
        return Params.number(t, "time");
    }

    private byte[] resource(String path) throws IOException {
        String name = path.equals("/") ? "index.html" : path.substring(1);
        try (InputStream in = Routes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the studio's jar: the build did not copy it");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return bytes(text.replace(TOKEN_PLACEHOLDER, token.value()));
        }
    }

    /** The query's parameters, decoded; the first of a repeated name wins. */
    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static void json(HttpExchange exchange, String body) throws IOException {
        send(exchange, 200, "application/json; charset=utf-8", bytes(body));
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
