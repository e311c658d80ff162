package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.studio.Studio;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jiffy Studio in a real headless Chromium: the page opened with its token loads the video, filmstrip and preview,
 * takes in/out keys, a crop drag, a width and a caption, and exports the GIF the command it shows would make. A
 * screenshot of the page is kept as target/studio-screenshot.png. Skipped, and says so, when Chromium is missing.
 */
class StudioBrowserTest {
    private static final Duration LIMIT = Duration.ofSeconds(90);
    private static final Path SCREENSHOT = Path.of("target", "studio-screenshot.png");

    @TempDir
    Path dir;

    @Test
    void makesAGifInTheBrowser() throws Exception {
        String chromium = HeadlessChromium.find();
        if (chromium == null) {
            System.err.println("[jiffy-cli] studio browser test SKIPPED: no chromium on the PATH (apt-get install chromium)");
        }
        Assumptions.assumeTrue(chromium != null, "no chromium, chromium-browser or google-chrome on the PATH");
        Path folder = Files.createDirectories(dir.resolve("videos"));
        Files.copy(CliRun.SAMPLE, folder.resolve("bunny.webm"));

        Map<String, String> page;
        Path run = HeadlessChromium.runFolder();
        Process browser = null;
        try (Studio studio = Studio.start(folder)) {
            browser = HeadlessChromium.launch(chromium, run, DevTools.switches(),
                    studio.address("bunny.webm").toString());
            try (DevTools tools = DevTools.connect(run.resolve("profile"), browser, LIMIT)) {
                String script;
                try (InputStream in = StudioBrowserTest.class.getResourceAsStream("studio-drive.js")) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
                String answer = tools.call("Runtime.evaluate", "{\"expression\":" + jsonString(script)
                        + ",\"awaitPromise\":true,\"returnByValue\":true}");
                page = lines(answer);
                String shot = tools.call("Page.captureScreenshot", "{\"format\":\"png\"}");
                Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(shot);
                assertThat(data.find()).isTrue();
                Files.createDirectories(SCREENSHOT.getParent());
                Files.write(SCREENSHOT, Base64.getDecoder().decode(data.group(1)));
            }
        } finally {
            if (browser != null) {
                HeadlessChromium.stop(browser);
            }
            HeadlessChromium.deleteTree(run);
        }

        // 24 frames of a 24 fps video in, 11 more and the out point at the end of the frame shown: 0.5 s.
        assertThat(Double.parseDouble(page.get("in"))).isCloseTo(1.0, Offset.offset(1e-6));
        assertThat(Double.parseDouble(page.get("out"))).isCloseTo(1.5, Offset.offset(1e-6));
        Matcher crop = Pattern.compile("(\\d+),(\\d+) to (\\d+),(\\d+) \\((\\d+)x(\\d+)\\)").matcher(page.get("crop"));
        assertThat(crop.matches()).as(page.get("crop")).isTrue();
        // Where the drag landed, in the video's pixels: within a screen pixel (and rounding) of the points aimed at.
        double slack = Double.parseDouble(page.get("scale")) + 1;
        int[] aimed = {320, 180, 960, 540};
        for (int i = 0; i < 4; i++) {
            assertThat((double) Integer.parseInt(crop.group(i + 1))).as("crop corner " + i + ": " + page.get("crop"))
                    .isCloseTo(aimed[i], Offset.offset(slack));
        }
        int cropWidth = Integer.parseInt(crop.group(5));
        int cropHeight = Integer.parseInt(crop.group(6));
        assertThat(page.get("thumbnails")).isEqualTo("10");
        assertThat(page.get("message")).startsWith("wrote bunny.gif");

        Path exported = folder.resolve("bunny.gif");
        ImageIoGif gif = ImageIoGif.readWithImageIo(exported);
        assertThat(gif.width()).isEqualTo(160);
        assertThat(gif.height()).as("the crop's %dx%d scaled to 160 wide", cropWidth, cropHeight)
                .isCloseTo((int) Math.round(160.0 * cropHeight / cropWidth), Offset.offset(1));
        assertThat(gif.frames()).as("0.5 s at 12 fps").hasSize(6);
        assertThat(Long.parseLong(page.get("estimate"))).as("the estimate is the preview's size, the export's")
                .isEqualTo(Files.size(exported));

        // The command the page shows makes the same bytes; without its caption, the picture differs only where the
        // caption is drawn (the bottom part), so the caption is there.
        List<String> args = new ArrayList<>(List.of(page.get("command").split(" ")));
        assertThat(args.remove(0)).isEqualTo("jiffy");
        args.set(1, folder.resolve("bunny.webm").toString());
        args.set(args.size() - 1, dir.resolve("made.gif").toString());
        args.add("-q");
        assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("made.gif"))).isEqualTo(Files.readAllBytes(exported));
        int text = args.indexOf("--text");
        args.subList(text, text + 2).clear();
        args.set(args.size() - 2, dir.resolve("plain.gif").toString());
        assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isZero();
        int[] captioned = gif.frames().get(0);
        int[] plain = ImageIoGif.readWithImageIo(dir.resolve("plain.gif")).frames().get(0);
        // The palettes differ with the caption in, so the top half is compared by how far its colours moved.
        int half = gif.height() / 2 * gif.width();
        long moved = 0;
        for (int i = 0; i < half; i++) {
            for (int shift = 0; shift <= 16; shift += 8) {
                moved += Math.abs((captioned[i] >> shift & 0xFF) - (plain[i] >> shift & 0xFF));
            }
        }
        assertThat(moved / (3.0 * half)).as("mean colour change in the top half, levels").isLessThan(6);
        // "Hello" at the default 9 px (a tenth of 90) has about 30 white pixels inside its black outline.
        assertThat(white(captioned, half) - white(plain, half)).as("white letter pixels added in the bottom half")
                .isGreaterThan(15);
    }

    /** Near-white pixels from {@code from} on. */
    private static int white(int[] argb, int from) {
        int n = 0;
        for (int i = from; i < argb.length; i++) {
            if ((argb[i] >> 16 & 0xFF) > 225 && (argb[i] >> 8 & 0xFF) > 225 && (argb[i] & 0xFF) > 225) {
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> lines(String answer) {
        Matcher value = Pattern.compile("\"value\":\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(answer);
        if (!value.find()) {
            throw new AssertionError("the page's script did not finish: " + answer);
        }
        String text = value.group(1).replace("\\n", "\n").replace("\\\"", "\"").replace("\\\\", "\\");
        Map<String, String> fields = new HashMap<>();
        for (String line : text.split("\n")) {
            int eq = line.indexOf('=');
            fields.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return fields;
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
