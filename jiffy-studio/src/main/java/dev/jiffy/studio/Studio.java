package dev.jiffy.studio;

import com.sun.net.httpserver.HttpServer;
import dev.jiffy.clip.Clip;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

/**
 * Jiffy Studio: a web page, served on this machine only, that makes a GIF from a video in a folder: trim on a
 * timeline, crop, resize, caption, preview the real GIF, export it beside the video. {@code try (Studio s =
 * Studio.start(Path.of("."))) { ... s.address() ... }}.
 *
 * <p>It listens on 127.0.0.1 (a free port) and answers only requests that carry its random token, which is in
 * {@link #address()}; it reads only files inside the folder and writes only GIFs into it.
 */
public final class Studio implements AutoCloseable {
    /**
     * Threads answering requests: a preview encoding on one must not hold up the frames scrubbing asks for (the
     * page has at most one preview, one frame and a few thumbnails in flight).
     */
    private static final int REQUEST_THREADS = 4;
    /**
     * The largest video the page may upload: a few minutes of 1080p phone video (about 15-40 MB a minute); longer
     * footage is better opened where it is, by starting the studio in its folder.
     */
    static final long MAX_UPLOAD_BYTES = 1L << 30;
    /**
     * How long {@link #close()} waits for previews and exports to stop: a render stops within a frame or two of being
     * told, and one frame with a background removal at 4K takes a few seconds on a loaded laptop; this is far beyond.
     */
    private static final long CLOSE_WAIT_MILLIS = 30_000;

    private final HttpServer server;
    private final ExecutorService threads;
    private final AccessToken token;
    private final Videos videos;
    private final Path scratch;
    private final RunningWork work;
    private final PreviewRenders previews;

    private Studio(HttpServer server, ExecutorService threads, AccessToken token, Videos videos, Path scratch,
                   RunningWork work, PreviewRenders previews) {
        this.work = work;
        this.previews = previews;
        this.server = server;
        this.threads = threads;
        this.token = token;
        this.videos = videos;
        this.scratch = scratch;
    }

    /**
     * Starts serving the studio for the videos in {@code folder}.
     *
     * @param folder the folder whose videos the page may open and beside which it writes GIFs
     * @return the running studio; {@link #close()} stops it
     * @throws IllegalArgumentException if {@code folder} is not a folder
     */
    public static Studio start(Path folder) {
        return start(folder, MAX_UPLOAD_BYTES, Optional.empty());
    }

    /**
     * Starts serving the studio for a clip made in code: the page opens it first, and edits on top of it (cut,
     * crop, caption, effects...); its export is {@code clip.gif} in {@code folder}, whose videos the page can open too.
     * {@code try (Studio s = Studio.open(clip, Path.of("."))) { Desktop.getDesktop().browse(s.address()); ... }}.
     *
     * @param clip   the clip to edit, with a finite duration
     * @param folder where the GIF is written (and whose videos the page also offers)
     * @return the running studio; {@link #close()} stops it
     * @throws IllegalArgumentException if {@code folder} is not a folder or the clip has no finite duration
     */
    public static Studio open(Clip clip, Path folder) {
        Objects.requireNonNull(clip, "clip");
        if (!(clip.duration() > 0) || Double.isInfinite(clip.duration())) {
            throw new IllegalArgumentException("the studio edits a clip with a duration, got " + clip.duration()
                    + " s (a still has none: give it one with withDuration)");
        }
        return start(folder, MAX_UPLOAD_BYTES, Optional.of(clip));
    }

    /** {@link #start(Path)} taking uploads of at most {@code maxUpload} bytes, and offering {@code inCode} first. */
    static Studio start(Path folder, long maxUpload, Optional<Clip> inCode) {
        Folder root = Folder.of(folder);
        AccessToken token = AccessToken.random();
        try {
            Path scratch = Files.createTempDirectory("jiffy-studio");
            Videos videos = new Videos();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            ExecutorService threads = Executors.newFixedThreadPool(REQUEST_THREADS, r -> {
                Thread t = new Thread(r, "jiffy-studio");
                t.setDaemon(true);
                return t;
            });
            server.setExecutor(threads);
            RunningWork work = new RunningWork();
            PreviewRenders previews = new PreviewRenders(scratch, work);
            LoopSearches loops = new LoopSearches(work);
            server.createContext("/", new Routes(token, root, videos, previews, loops, work, maxUpload, inCode));
            server.start();
            return new Studio(server, threads, token, videos, scratch, work, previews);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the studio's server on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    /** The previews and exports running, which {@link #close()} stops: tests hold a render until it does. */
    RunningWork work() {
        return work;
    }

    /**
     * Warms the encoder up in the background, for a studio a person is about to use: a short made-up GIF is encoded
     * and thrown away, so the first "as GIF" preview does not also pay for compiling the encoder (measured: the first
     * 3 s preview 2.2-2.6 s, later ones about 1.1 s). It stops as soon as the page asks for a preview or the studio
     * closes, and never delays or cancels a preview. {@code jiffy studio} does this when it starts.
     */
    public void warmUp() {
        Thread warming = new Thread(previews::warmUp, "jiffy-studio-warm-up");
        warming.setDaemon(true);
        warming.setPriority(Thread.MIN_PRIORITY);
        warming.start();
    }

    /**
     * The page's address, with the token.
     *
     * @return {@code http://127.0.0.1:PORT/?token=...}
     */
    public URI address() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/?token=" + token.value());
    }

    /**
     * The page's address, opening {@code video} (a file name in the studio's folder).
     *
     * @param video the video's name, relative to the folder
     * @return the address with the token and the video
     */
    public URI address(String video) {
        return URI.create(address() + "&video=" + URLEncoder.encode(video, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /**
     * The port the studio listens on, at 127.0.0.1.
     *
     * @return the port
     */
    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * The address the server is bound to.
     *
     * @return the loopback address and port
     */
    public InetSocketAddress boundTo() {
        return server.getAddress();
    }

    /**
     * Stops the preview, the export and the loop search being made (waiting until they have, so no temporary file is
     * left), the server, closes the videos and deletes the previews' scratch folder.
     */
    @Override
    public void close() {
        work.close(CLOSE_WAIT_MILLIS);
        server.stop(0);
        threads.shutdownNow();
        videos.close();
        try (Stream<Path> files = Files.walk(scratch)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // The scratch folder is in the system's temporary folder, which the system clears.
        }
    }
}
