package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    void onlyItsOwnResourcesAreServed() throws IOException {
        for (String path : new String[] {"/Routes.class", "/dev/jiffy/studio/Routes.class", "/%2e%2e/%2e%2e/etc/passwd",
                "/../secret.txt", "/inside.txt", "/module-info.class"}) {
            Http r = Http.get(withToken(path));
            assertThat(r.status()).as(path).isEqualTo(404);
            assertThat(r.text()).as(path).doesNotContain(SECRET).doesNotContain("inside\n");
        }
    }
}
