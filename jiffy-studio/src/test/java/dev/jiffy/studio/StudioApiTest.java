package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Frame;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The studio's HTTP API in-process, on a copy of the bundled sample (10 s of Big Buck Bunny, 1280x720, 24 fps). */
class StudioApiTest {
    private static final Path SAMPLE = Path.of("..", "samples", "bunny.webm");
    /** 0.5 s of the sample from 1 s, cropped to a 640x360 box, 160 px wide at 10 fps: five 160x90 frames. */
    private static final String SETTINGS = "&from=1&to=1.5&crop=320,180,960,540&width=160&fps=10&quality=80";

    @TempDir
    static Path folder;
    static Studio studio;

    @BeforeAll
    static void start() throws IOException {
        Files.copy(SAMPLE, folder.resolve("bunny.webm"));
        studio = Studio.start(folder);
    }

    @AfterAll
    static void stop() {
        studio.close();
    }

    private static String api(String path) {
        return studio.address().toString().replace("/?", path + "?");
    }

    @Test
    void listsTheVideosAndDescribesOne() throws IOException {
        // bunny.gif, which other tests export, is listed too: a GIF can be edited like a video.
        assertThat(Http.get(api("/api/files")).text()).containsPattern("\"videos\":\\[(\"bunny.gif\",)?\"bunny.webm\"]");
        Http info = Http.get(api("/api/info") + "&file=bunny.webm");
        assertThat(info.status()).isEqualTo(200);
        assertThat(info.text()).contains("\"width\":1280", "\"height\":720", "\"duration\":10");
    }

    @Test
    void aFrameIsTheExactDecodedFrameAsPng() throws IOException {
        try (VideoFileClip video = VideoFileClip.open(folder.resolve("bunny.webm"))) {
            for (double t : new double[] {0, 4.6, 7.125}) {
                Http r = Http.get(api("/frame") + "&file=bunny.webm&t=" + t);
                assertThat(r.status()).isEqualTo(200);
                assertThat(r.contentType()).isEqualTo("image/png");
                BufferedImage png = ImageIO.read(new ByteArrayInputStream(r.body()));
                Frame expected = video.frame(t);
                assertThat(png.getWidth()).isEqualTo(1280);
                assertThat(png.getHeight()).isEqualTo(720);
                assertThat(Frame.fromImage(png)).as("the PNG at %s s", t).isEqualTo(expected);
            }
        }
    }

    @Test
    void aThumbnailIsTheFrameScaledToTheWidthAsked() throws IOException {
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(
                Http.get(api("/frame") + "&file=bunny.webm&t=2&w=160").body()));
        assertThat(png.getWidth()).isEqualTo(160);
        assertThat(png.getHeight()).isEqualTo(90);
    }

    @Test
    void theCommandIsTheSettingsAsJiffyMake() throws IOException {
        String command = Http.get(api("/api/command") + "&file=bunny.webm" + SETTINGS + "&text=It's%20me").text();
        assertThat(command).isEqualTo("{\"command\":\"jiffy make bunny.webm --from 1 --to 1.5 --crop 320,180,960,540 "
                + "--width 160 --text 'It'\\\\''s me' --fps 10 --quality 80 -o bunny.gif\"}");
    }

    @Test
    void thePreviewIsTheGifTheExportWrites() throws IOException {
        Http preview = Http.get(api("/api/preview") + "&file=bunny.webm" + SETTINGS);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        assertThat(preview.contentType()).isEqualTo("image/gif");
        assertThat(preview.bytesHeader()).isEqualTo(String.valueOf(preview.body().length));

        Http export = Http.post(api("/api/export") + "&file=bunny.webm" + SETTINGS);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        Path gif = folder.resolve("bunny.gif");
        assertThat(export.text()).contains("\"file\":\"bunny.gif\"", "\"bytes\":" + Files.size(gif));
        assertThat(Files.readAllBytes(gif)).as("the preview's bytes are the export's: the estimate is exact")
                .isEqualTo(preview.body());

        ImageIoGif decoded = ImageIoGif.readWithImageIo(gif);
        assertThat(decoded.width()).isEqualTo(160);
        assertThat(decoded.height()).isEqualTo(90);
        assertThat(decoded.frames()).hasSize(5);
        assertThat(decoded.delays()).containsOnly(10);
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("no temporary file left")
                    .containsExactlyInAnyOrder("bunny.webm", "bunny.gif");
        }
    }

    @Test
    void aStyledCaptionIsDrawnWhereItWasDragged() throws IOException {
        // Magenta letters without an outline at 10,10 of a 160x90 GIF: magenta pixels there, none in the bottom half.
        String settings = "&file=bunny.webm&from=1&to=1.2&width=160&fps=10&quality=100&text=HI&fontSize=30"
                + "&color=%23ff00ff&strokeWidth=0&textAt=10,10";
        Http preview = Http.get(api("/api/preview") + "&file=bunny.webm" + settings);
        assertThat(preview.status()).as(preview.text()).isEqualTo(200);
        BufferedImage frame = ImageIO.read(new ByteArrayInputStream(preview.body()));
        BufferedImage plain = ImageIO.read(new ByteArrayInputStream(
                Http.get(api("/api/preview") + settings.replace("text=HI", "text=")).body()));
        assertThat(newMagenta(plain, frame, 0, 0, 80, 45)).as("magenta where the caption was dragged").isGreaterThan(40);
        assertThat(newMagenta(plain, frame, 0, 50, 160, 90)).as("none at the bottom, the default place").isZero();
        assertThat(Http.get(api("/api/command") + settings).text()).contains("--text HI --font-size 30 "
                + "--text-color '#ff00ff' --stroke-width 0 --text-pos 10,10");
        Http outside = Http.get(api("/api/preview") + settings.replace("textAt=10,10", "textAt=500,10"));
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.text()).startsWith("the caption at 500,10 puts the ").endsWith("drag it onto the picture");
        Http font = Http.get(api("/api/preview") + settings + "&font=Comic%20Sands");
        assertThat(font.status()).isEqualTo(400);
        assertThat(font.text()).doesNotContain("\n").contains("Comic Sands");
        assertThat(Http.get(api("/api/fonts")).text()).contains("\"Noto Sans Bold\"", "\"Amiri Bold\"");
    }

    /** Pixels in the box that are magenta in {@code image} and were not in {@code before}. */
    private static int newMagenta(BufferedImage before, BufferedImage image, int x1, int y1, int x2, int y2) {
        int count = 0;
        for (int y = y1; y < y2; y++) {
            for (int x = x1; x < x2; x++) {
                if (magenta(image.getRGB(x, y)) && !magenta(before.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean magenta(int rgb) {
        return (rgb >> 16 & 0xFF) > 200 && (rgb >> 8 & 0xFF) < 80 && (rgb & 0xFF) > 200;
    }

    @Test
    void aSizeTargetSearchesUnderItAndTheEventsSayHow() throws IOException {
        // Two seconds at 320 px, 12 fps: about 600 KB at quality 80 (measured), so 150 KB needs several tries.
        String fit = "&file=bunny.webm&from=2&to=4&width=320&fps=12&target=150KB";
        Http events = Http.get(api("/api/preview/events") + fit);
        assertThat(events.status()).isEqualTo(200);
        assertThat(events.contentType()).isEqualTo("text/event-stream; charset=utf-8");
        List<String> names = events.text().lines().filter(l -> l.startsWith("event: "))
                .map(l -> l.substring(7)).toList();
        assertThat(names).as(events.text()).contains("starting", "try", "progress").endsWith("done")
                .doesNotContain("estimate", "failed");
        assertThat(events.text()).contains("\"fits\":false").containsPattern("\"fits\":true");
        Matcher done = Pattern.compile("event: done\ndata: \\{\"id\":(\\d+),\"bytes\":(\\d+)}").matcher(events.text());
        assertThat(done.find()).as(events.text()).isTrue();
        Http preview = Http.get(api("/api/preview") + "&id=" + done.group(1));
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).hasSize(Integer.parseInt(done.group(2)));
        assertThat(preview.body().length).as("under the target").isLessThanOrEqualTo(150_000).isGreaterThan(75_000);

        Http export = Http.post(api("/api/export") + fit);
        assertThat(export.status()).as(export.text()).isEqualTo(200);
        assertThat(Files.readAllBytes(folder.resolve("bunny.gif"))).as("the search's preview is the export")
                .isEqualTo(preview.body());
        assertThat(Http.get(api("/api/command") + fit).text()).contains("--fps 12 --max-size 150KB -o bunny.gif")
                .doesNotContain("--quality");
        assertThat(Http.get(api("/api/command") + "&file=bunny.webm&from=2&to=4&target=Discord&quality=70").text())
                .contains("--quality 70 --target Discord -o");
        // The export is the last try that fitted: its size, and its frame rate's frames over the two seconds.
        Matcher fitted = Pattern.compile("\"settings\":\"quality \\d+, (\\d+)(?:/(\\d+))? fps, (\\d+)x(\\d+)\""
                + "[^}]*\"fits\":true").matcher(events.text());
        assertThat(fitted.find()).as(events.text()).isTrue();
        MatchResult last = fitted.toMatchResult();
        while (fitted.find()) {
            last = fitted.toMatchResult();
        }
        double fps = Double.parseDouble(last.group(1)) / (last.group(2) == null ? 1 : Double.parseDouble(last.group(2)));
        ImageIoGif decoded = ImageIoGif.readWithImageIo(folder.resolve("bunny.gif"));
        assertThat(decoded.width()).as(events.text()).isEqualTo(Integer.parseInt(last.group(3)));
        assertThat(decoded.height()).as(events.text()).isEqualTo(Integer.parseInt(last.group(4)));
        assertThat(decoded.frames()).as(events.text()).hasSize((int) Math.round(2 * fps));
    }

    @Test
    void aPreviewsEstimatesConvergeOnItsSize() throws IOException {
        String settings = "&file=bunny.webm&from=0&to=8&width=160&fps=12&quality=80";
        String events = Http.get(api("/api/preview/events") + settings).text();
        Matcher estimate = Pattern.compile("event: estimate\ndata: \\{\"bytes\":(\\d+),\"written\":([\\d.]+)}")
                .matcher(events);
        Matcher done = Pattern.compile("event: done\ndata: \\{\"id\":\\d+,\"bytes\":(\\d+)}").matcher(events);
        List<Long> estimates = new ArrayList<>();
        String written = "";
        while (estimate.find()) {
            estimates.add(Long.parseLong(estimate.group(1)));
            written = estimate.group(2);
        }
        assertThat(done.find()).as(events).isTrue();
        assertThat(estimates).as(events).hasSizeGreaterThan(1);
        assertThat(events.indexOf("event: estimate")).as("estimated from frames written").isGreaterThan(
                events.indexOf("event: progress"));
        // How close each lands on the way is measured in bench/studio.sh; the last is the size of this GIF.
        assertThat(estimates.get(estimates.size() - 1)).isEqualTo(Long.parseLong(done.group(1)));
        assertThat(Double.parseDouble(written)).as("the last is told with all of it written").isEqualTo(1.0);
    }

    @Test
    void aBadTargetIsOneLineAsAnEvent() throws IOException {
        Http r = Http.get(api("/api/preview/events") + "&file=bunny.webm&from=0&to=1&target=floppy");
        assertThat(r.text()).startsWith("event: failed\ndata: {\"message\":\"the size target 'floppy' is neither a "
                + "size (8MB, 500KB) nor an upload limit (");
        assertThat(Http.get(api("/api/preview") + "&id=999").status()).isEqualTo(409);
    }

    @Test
    void aBadSettingIsOneLineAndTheServerGoesOn() throws IOException {
        Http r = Http.get(api("/api/preview") + "&file=bunny.webm&from=2&to=1");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.text()).isEqualTo("the out point (1 s) must be after the in point (2 s), both at 0 s or later");
        Http past = Http.get(api("/frame") + "&file=bunny.webm&t=12");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.text()).isEqualTo("time 12 s is outside the video (0 to 10 s)");
        Http crop = Http.get(api("/api/preview") + "&file=bunny.webm&from=0&to=1&crop=0,0,2000,10");
        assertThat(crop.status()).isEqualTo(400);
        assertThat(crop.text()).doesNotContain("\n").doesNotContain("Exception");
        assertThat(Http.get(api("/api/command") + "&file=bunny.webm&from=0&to=1&crop=0,0,20").text())
                .isEqualTo("the crop '0,0,20' is not x1,y1,x2,y2 in the video's pixels");
        assertThat(Http.get(api("/api/command") + "&file=bunny.webm&from=0&to=1&freeze=0,0,20,x").text())
                .isEqualTo("the freeze region 'x' is not a whole number");
        Http thumb = Http.get(api("/frame") + "&file=bunny.webm&t=1&w=wide");
        assertThat(thumb.status()).isEqualTo(400);
        assertThat(thumb.text()).isEqualTo("a thumbnail is 1 to 640 pixels wide, got wide");
        assertThat(Http.get(api("/api/files")).status()).isEqualTo(200);
    }
}
