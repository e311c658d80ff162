package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code Studio.open(clip)}: a clip made in code is what the page opens and edits. */
class StudioOpenClipTest {
    @TempDir
    Path folder;

    /** Two seconds, 64x48, at 10 fps: the left half red, the right half blue, brightening with time. */
    private static Clip madeInCode() {
        return FunctionClip.of(new Size(64, 48), 2, t -> {
            int level = 100 + (int) Math.round(t * 50);
            int[] argb = new int[64 * 48];
            for (int i = 0; i < argb.length; i++) {
                argb[i] = i % 64 < 32 ? 0xFF000000 | level << 16 : 0xFF000000 | level;
            }
            return Frame.of(64, 48, argb);
        }).withFps(10);
    }

    @Test
    void thePageEditsTheClipAndExportsItBesideTheOthers() throws IOException {
        try (Studio studio = Studio.open(madeInCode(), folder)) {
            String api = studio.address().toString();
            assertThat(Http.get(api.replace("/?", "/api/files?")).text()).contains("\"videos\":[\"(clip)\"]");
            assertThat(Http.get(api.replace("/?", "/api/info?") + "&file=(clip)").text())
                    .contains("\"width\":64", "\"height\":48", "\"duration\":2");
            // The right half, from 0.5 s to 1 s: five blue frames 32 px wide.
            String settings = "&file=(clip)&from=0.5&to=1&crop=32,0,64,48&fps=10&quality=100";
            Http export = Http.post(api.replace("/?", "/api/export?") + settings);
            assertThat(export.status()).as(export.text()).isEqualTo(200);
            assertThat(export.text()).contains("\"file\":\"clip.gif\"");
            ImageIoGif gif = ImageIoGif.readWithImageIo(folder.resolve("clip.gif"));
            assertThat(gif.width()).isEqualTo(32);
            assertThat(gif.frames()).hasSize(5);
            assertThat(gif.frames().get(0)[0] & 0xFFFFFF).as("blue at 0.5 s").isEqualTo(125);
            assertThat(gif.frames().get(4)[0] & 0xFFFFFF).as("blue at 0.9 s").isEqualTo(145);
            String java = Http.get(api.replace("/?", "/api/java?") + settings).text();
            assertThat(java).contains("static void makeGif(Clip source, Path gif)").doesNotContain("void main");
            assertThat(Http.get(api.replace("/?", "/api/command?") + settings).text()).contains("Copy as Java");
        }
    }

    @Test
    void closingStopsARunningExportAndLeavesNoFile() throws Exception {
        AtomicReference<Studio> opened = new AtomicReference<>();
        CountDownLatch firstFrameAsked = new CountDownLatch(1);
        // The export's first frame is held until the studio closes: the export is certainly running when it does.
        Clip held = FunctionClip.of(new Size(64, 48), 2, t -> {
            if (t == 0) {
                firstFrameAsked.countDown();
                try {
                    opened.get().work().awaitClosing();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return Frame.filled(64, 48, 0xFF336699);
        }).withFps(10);
        Studio studio = Studio.open(held, folder);
        opened.set(studio);
        String export = studio.address().toString().replace("/?", "/api/export?") + "&file=(clip)&from=0&to=2";
        CompletableFuture<Http> answer = CompletableFuture.supplyAsync(() -> {
            try {
                return Http.post(export);
            } catch (IOException e) {
                return null;   // the server stopped before it answered: what is left on disk is what counts
            }
        });
        assertThat(firstFrameAsked.await(60, TimeUnit.SECONDS)).isTrue();

        studio.close();

        try (Stream<Path> left = Files.list(folder)) {
            assertThat(left).as("files in the folder once close() returned (no clip.gif, no .clip.gif.*.part)")
                    .isEmpty();
        }
        Http http = answer.get(60, TimeUnit.SECONDS);
        if (http != null) {
            assertThat(http.status()).as(http.text()).isEqualTo(409);
        }
    }

    @Test
    void aClipWithoutADurationIsRefused() {
        Clip still = FunctionClip.of(new Size(8, 8), Double.POSITIVE_INFINITY, t -> Frame.filled(8, 8, 0xFF000000));
        assertThatThrownBy(() -> Studio.open(still, folder)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("the studio edits a clip with a duration");
    }
}
