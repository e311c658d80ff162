package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Who may ask the studio for what: this machine only, with the token, and only files inside its folder. */
class StudioSecurityTest {
    private static final String SECRET = "the secret outside the studio's folder";

    @TempDir
    Path dir;
    Path folder;
    Studio studio;

    @BeforeEach
    void start() throws IOException {
        folder = Files.createDirectories(dir.resolve("videos"));
        Files.writeString(dir.resolve("secret.txt"), SECRET);
        Files.writeString(folder.resolve("inside.txt"), "inside");
        studio = Studio.start(folder);
    }

    @AfterEach
    void stop() {
        studio.close();
    }

    private String base() {
        return "http://127.0.0.1:" + studio.port();
    }

    private String withToken(String path) {
        return base() + path + (path.contains("?") ? "&" : "?") + "token=" + studio.address().getQuery().substring(6);
    }

    @Test
    void listensOnTheLoopbackAddressOnly() throws IOException {
        assertThat(studio.boundTo().getAddress().getHostAddress()).isEqualTo("127.0.0.1");
        // From this machine's other addresses (its network cards), the port is closed.
        List<InetAddress> others = NetworkInterface.networkInterfaces().flatMap(NetworkInterface::inetAddresses)
                .filter(a -> !a.isLoopbackAddress() && a instanceof Inet4Address).toList();
        for (InetAddress other : others) {
            try (Socket s = new Socket()) {
                assertThatThrownBy(() -> s.connect(new InetSocketAddress(other, studio.port()), 5_000))
                        .as("connecting from " + other).isInstanceOf(IOException.class);
            }
        }
    }

    @Test
    void everyRequestNeedsTheToken() throws IOException {
        assertThat(Http.get(base() + "/").status()).isEqualTo(403);
        assertThat(Http.get(base() + "/studio.js").status()).isEqualTo(403);
        assertThat(Http.get(base() + "/api/files").status()).isEqualTo(403);
        assertThat(Http.get(base() + "/api/files?token=0123456789abcdef0123456789abcdef").status()).isEqualTo(403);
        assertThat(Http.post(base() + "/api/export?from=0&to=1&file=inside.txt").status()).isEqualTo(403);
        assertThat(Http.get(base() + "/api/preview/events?from=0&to=1&file=inside.txt").status()).isEqualTo(403);
        assertThat(Http.post(base() + "/api/upload?name=x.webm", new byte[10]).status()).isEqualTo(403);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("inside.txt");
        }

        Http page = Http.get(studio.address().toString());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.text()).contains("Jiffy Studio").doesNotContain("@TOKEN@");
        assertThat(Http.get(withToken("/studio.js")).status()).isEqualTo(200);
    }

    @Test
    void theTokenIsRandomPerStudio() {
        try (Studio other = Studio.start(folder)) {
            assertThat(other.address().getQuery()).isNotEqualTo(studio.address().getQuery());
            assertThat(studio.address().getQuery()).matches("token=[0-9a-f]{32}");
        }
    }

    @Test
    void noFileOutsideTheFolderCanBeRead() throws IOException {
        for (String name : new String[] {"../secret.txt", "%2e%2e/secret.txt", "%2e%2e%2fsecret.txt",
                "..%2fsecret.txt", dir.resolve("secret.txt").toString(), "/etc/passwd", "sub/../../secret.txt"}) {
            Http r = Http.get(withToken("/frame?t=0&file=" + name));
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.text()).as(name).doesNotContain(SECRET).containsAnyOf("only files in that folder", "there is no file");
        }
    }

    @Test
    void aSymbolicLinkOutOfTheFolderIsRefused() throws IOException {
        Files.createSymbolicLink(folder.resolve("link.webm"), dir.resolve("secret.txt"));
        Files.createSymbolicLink(folder.resolve("up"), dir);
        for (String name : new String[] {"link.webm", "up/secret.txt"}) {
            Http r = Http.get(withToken("/api/info?file=" + name));
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.text()).as(name).contains("is not a file in").doesNotContain(SECRET);
        }
        assertThat(Http.get(withToken("/api/files")).text()).doesNotContain("link.webm");
    }

    @Test
    void anUploadIsSavedInTheFolderUnderASafeName() throws IOException {
        byte[] video = "not really a video, but bytes to keep".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Http saved = Http.post(withToken("/api/upload?name=" + "my%20clip%3F%2A.webm"), video);
        assertThat(saved.status()).as(saved.text()).isEqualTo(200);
        assertThat(saved.text()).contains("\"file\":\"my clip__.webm\"");
        assertThat(folder.resolve("my clip__.webm")).hasBinaryContent(video);
        Http again = Http.post(withToken("/api/upload?name=my%20clip%3F%2A.webm"), video);
        assertThat(again.text()).as("a taken name is numbered, not replaced").contains("\"file\":\"my clip__-2.webm\"");
        assertThat(folder.resolve("my clip__-2.webm")).hasBinaryContent(video);
    }

    @Test
    void twoUploadsOfOneNameAtTheSameTimeBothLandUnderTheirOwnNames() throws Exception {
        byte[] first = "the first upload's bytes, which arrive slowly".getBytes(StandardCharsets.UTF_8);
        byte[] second = "the second upload's bytes".getBytes(StandardCharsets.UTF_8);
        try (WatchService watch = folder.getFileSystem().newWatchService()) {
            folder.register(watch, StandardWatchEventKinds.ENTRY_CREATE);
            // The first upload sends half its body and waits: the server has taken a name for it and is writing its
            // temporary file when the second, of the same name, arrives whole.
            HttpURLConnection slow = (HttpURLConnection) URI.create(withToken("/api/upload?name=same.webm")).toURL()
                    .openConnection();
            slow.setRequestMethod("POST");
            slow.setDoOutput(true);
            slow.setChunkedStreamingMode(8);
            OutputStream body = slow.getOutputStream();
            body.write(first, 0, 16);
            body.flush();
            awaitCreated(watch, name -> name.startsWith(".same.webm.") && name.endsWith(".part"));

            Http quick = Http.post(withToken("/api/upload?name=same.webm"), second);
            body.write(first, 16, first.length - 16);
            body.close();
            String slowAnswer = new String(slow.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

            assertThat(slow.getResponseCode()).as(slowAnswer).isEqualTo(200);
            assertThat(slowAnswer).contains("\"file\":\"same.webm\"");
            assertThat(quick.status()).as(quick.text()).isEqualTo(200);
            assertThat(quick.text()).contains("\"file\":\"same-2.webm\"");
            assertThat(folder.resolve("same.webm")).hasBinaryContent(first);
            assertThat(folder.resolve("same-2.webm")).hasBinaryContent(second);
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("inside.txt", "same.webm", "same-2.webm");
        }
    }

    /** Waits until a file whose name {@code wanted} accepts is created in the watched folder. */
    private static void awaitCreated(WatchService watch, Predicate<String> wanted) throws InterruptedException {
        while (true) {
            WatchKey key = watch.poll(60, TimeUnit.SECONDS);
            assertThat(key).as("a file created in the folder within a minute").isNotNull();
            for (WatchEvent<?> event : key.pollEvents()) {
                if (event.context() instanceof Path created && wanted.test(created.getFileName().toString())) {
                    return;
                }
            }
            key.reset();
        }
    }

    @Test
    void anUploadCannotLeaveTheFolderNorBeHiddenNorTooBig() throws IOException {
        for (String name : new String[] {"../evil.webm", "..%2fevil.webm", "sub/evil.webm", "..%5Cevil.webm",
                dir.resolve("evil.webm").toString(), "/tmp/evil.webm", "..", ".hidden.webm", "%20.hidden.webm",
                "notes.txt", ""}) {
            Http r = Http.post(withToken("/api/upload?name=" + name), new byte[] {1, 2, 3});
            assertThat(r.status()).as(name).isEqualTo(400);
            assertThat(r.text()).as(name).doesNotContain("\n").doesNotContain("Exception");
        }
        try (Studio small = Studio.start(folder, 1000, java.util.Optional.empty())) {
            String url = small.address().toString().replace("/?", "/api/upload?") + "&name=big.webm";
            Http big = Http.post(url, new byte[5000]);
            assertThat(big.status()).isEqualTo(413);
            assertThat(big.text()).startsWith("big.webm is larger than the studio takes (1.0 KB)");
            assertThat(Http.post(url, new byte[1000]).status()).as("at the limit").isEqualTo(200);
        }
        try (Stream<Path> files = Files.list(folder); Stream<Path> outside = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file, nothing refused saved")
                    .containsExactlyInAnyOrder("inside.txt", "big.webm");
            assertThat(outside.map(f -> f.getFileName().toString())).containsExactlyInAnyOrder("videos", "secret.txt");
        }
        assertThat(Files.exists(Path.of("/tmp/evil.webm"))).isFalse();
    }

    @Test
    void onlyItsOwnResourcesAreServed() throws IOException {
        for (String path : new String[] {"/Routes.class", "/dev/jiffy/studio/Routes.class", "/%2e%2e/%2e%2e/etc/passwd",
                "/../secret.txt", "/inside.txt", "/module-info.class"}) {
            Http r = Http.get(withToken(path));
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.text()).as(path).doesNotContain(SECRET).doesNotContain("inside\n");
        }
    }
}
