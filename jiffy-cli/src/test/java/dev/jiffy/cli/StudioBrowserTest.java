package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.compose.LoopFinder;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.progress.RenderListener;
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
 * takes in/out keys, a crop drag, a width, a caption with its size, colour and outline dragged into place, a size
 * target (its tries listed), boomerang and Find loop, and exports the GIF the command it shows would make; the GIF is
 * checked with javax.imageio. A screenshot of the page is kept as target/studio-screenshot.png. Skipped, and says
 * so, when Chromium is missing.
 */
class StudioBrowserTest {
    /** Each DevTools call's limit: the page's script waits for the page itself, each step at most 150 s. */
    private static final Duration LIMIT = Duration.ofSeconds(600);
    /** The size target typed on the page: the first try (quality 80) misses it, quality alone gets under it. */
    private static final String TARGET = "100KB";
    private static final long TARGET_BYTES = 100_000;
    /** The GIF's width the page is given (studio-drive.js types it). */
    private static final int WIDTH = 240;
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
            // Opened on a blank page and sent to the studio once DevTools is connected: Page.navigate answers when
            // the studio's page has replaced the blank one, so the script below runs in the studio's page, not in
            // one about to be replaced.
            browser = HeadlessChromium.launch(chromium, run, DevTools.switches(), "about:blank");
            try (DevTools tools = DevTools.connect(run.resolve("profile"), browser, LIMIT)) {
                String navigated = tools.call("Page.navigate", "{\"url\":" + jsonString(studio.address("bunny.webm")
                        .toString()) + "}");
                assertThat(navigated).as("Chromium opening the studio's page").doesNotContain("errorText");
                String script;
                try (InputStream in = StudioBrowserTest.class.getResourceAsStream("studio-drive.js")) {
                    script = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("TARGET", TARGET);
                }
                String answer = tools.call("Runtime.evaluate", "{\"expression\":" + jsonString(script)
                        + ",\"awaitPromise\":true,\"returnByValue\":true}");
                page = lines(answer);
                // The window's first 900 pixels, whatever room headless Chromium's window leaves for the page.
                String shot = tools.call("Page.captureScreenshot", "{\"format\":\"png\",\"captureBeyondViewport\":true,"
                        + "\"clip\":{\"x\":0,\"y\":0,\"width\":1280,\"height\":900,\"scale\":1}}");
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

        // 120 frames of a 24 fps video in, 11 more and the out point at the end of the frame shown: 0.5 s.
        assertThat(Double.parseDouble(page.get("keyedIn"))).isCloseTo(5.0, Offset.offset(1e-6));
        assertThat(Double.parseDouble(page.get("keyedOut"))).isCloseTo(5.5, Offset.offset(1e-6));
        Matcher crop = Pattern.compile("(\\d+),(\\d+) to (\\d+),(\\d+) \\((\\d+)x(\\d+)\\)").matcher(page.get("crop"));
        assertThat(crop.matches()).as(page.get("crop")).isTrue();
        // Where the drag landed, in the video's pixels: within a screen pixel (and rounding) of the points aimed at.
        double slack = Double.parseDouble(page.get("scale")) + 1;
        int[] aimed = {300, 40, 940, 680};
        for (int i = 0; i < 4; i++) {
            assertThat((double) Integer.parseInt(crop.group(i + 1))).as("crop corner " + i + ": " + page.get("crop"))
                    .isCloseTo(aimed[i], Offset.offset(slack));
        }
        int cropWidth = Integer.parseInt(crop.group(5));
        int cropHeight = Integer.parseInt(crop.group(6));
        assertThat(page.get("thumbnails")).isEqualTo("10");

        // The caption was let go with its top left at the GIF's (8, 6): a screen pixel is scale * 240/640 of the GIF's.
        Matcher textAt = Pattern.compile("at (\\d+),(\\d+) px in the GIF").matcher(page.get("textAt"));
        assertThat(textAt.matches()).as(page.get("textAt")).isTrue();
        int textX = Integer.parseInt(textAt.group(1));
        int textY = Integer.parseInt(textAt.group(2));
        double gifSlack = slack * WIDTH / cropWidth + 1;
        assertThat((double) textX).isCloseTo(8, Offset.offset(gifSlack));
        assertThat((double) textY).isCloseTo(6, Offset.offset(gifSlack));

        // The size target's search, try by try, as the page listed it: a miss, then tries that fit.
        assertThat(page.get("tries")).as(page.get("tries")).contains("too big").contains("fits");
        assertThat(page.get("command")).contains("--boomerang", "--font-size 24", "--text-color '#ff00ff'",
                "--stroke-color '#400040'", "--stroke-width 1", "--text-pos " + textX + "," + textY,
                "--max-size " + TARGET);

        // Find loop: the library's choice near 5 to 5.5 s (each end within the default second), applied as in/out,
        // and its runners-up offered in the library's order.
        List<LoopCandidate> loops;
        try (VideoFileClip video = VideoFileClip.open(folder.resolve("bunny.webm"))) {
            loops = LoopFinder.find(video, 5.0, 5.5, 1.0, RenderListener.SILENT);
        }
        LoopCandidate best = loops.get(0);
        assertThat(page.get("found")).startsWith(best.toString());
        List<String> choices = List.of(page.get("choices").split("\\|"));
        assertThat(choices).as(page.get("choices")).hasSize(loops.size());
        for (int i = 0; i < loops.size(); i++) {
            assertThat(choices.get(i)).startsWith(loops.get(i).toString());
        }
        assertThat(page.get("loop")).isEqualTo("applied: " + best);
        assertThat(Double.parseDouble(page.get("in"))).isCloseTo(best.from(), Offset.offset(1e-6));
        assertThat(Double.parseDouble(page.get("out"))).isCloseTo(best.to(), Offset.offset(1e-6));
        assertThat(page.get("command")).contains("--from " + page.get("in") + " --to " + page.get("out") + " ");

        assertThat(page.get("message")).startsWith("wrote bunny.gif");
        Path exported = folder.resolve("bunny.gif");
        assertThat(Files.size(exported)).as("under the size target").isLessThanOrEqualTo(TARGET_BYTES);
        assertThat(Long.parseLong(page.get("estimate"))).as("the size the page showed last is the export's")
                .isEqualTo(Files.size(exported));
        ImageIoGif gif = ImageIoGif.readWithImageIo(exported);
        // The search kept the frame rate and size (quality alone got it under): the last try that fits says so.
        Matcher fitted = Pattern.compile("quality \\d+, 12 fps, (\\d+)x(\\d+): [0-9.]+ KB fits")
                .matcher(page.get("loopTries"));
        assertThat(fitted.find()).as(page.get("loopTries")).isTrue();
        assertThat(gif.width()).isEqualTo(WIDTH).isEqualTo(Integer.parseInt(fitted.group(1)));
        assertThat(gif.height()).as("the crop's %dx%d scaled to %d wide", cropWidth, cropHeight, WIDTH)
                .isCloseTo((int) Math.round((double) WIDTH * cropHeight / cropWidth), Offset.offset(1))
                .isEqualTo(Integer.parseInt(fitted.group(2)));

        // The command the page shows makes the same bytes.
        List<String> args = new ArrayList<>(List.of(page.get("command").replace("'", "").split(" ")));
        assertThat(args.remove(0)).isEqualTo("jiffy");
        args.set(1, folder.resolve("bunny.webm").toString());
        args.set(args.size() - 1, dir.resolve("made.gif").toString());
        args.add("-q");
        assertThat(CliRun.of(args.toArray(String[]::new)).exitCode()).isZero();
        assertThat(Files.readAllBytes(dir.resolve("made.gif"))).isEqualTo(Files.readAllBytes(exported));

        // Boomerang: the loop forwards then backwards (A B C C B A), twice the frames of the loop played once.
        List<String> once = new ArrayList<>(args);
        once.remove("--boomerang");
        int maxSize = once.indexOf("--max-size");
        once.subList(maxSize, maxSize + 2).clear();
        once.set(once.size() - 2, dir.resolve("once.gif").toString());
        assertThat(CliRun.of(once.toArray(String[]::new)).exitCode()).isZero();
        int forwards = ImageIoGif.readWithImageIo(dir.resolve("once.gif")).frames().size();
        assertThat(gif.frames()).as("%d frames forwards", forwards).hasSize(2 * forwards);
        assertThat(gif.delays().stream().mapToInt(Integer::intValue).sum())
                .isEqualTo(2 * ImageIoGif.readWithImageIo(dir.resolve("once.gif")).delays().stream()
                        .mapToInt(Integer::intValue).sum());

        // The magenta letters are where the caption was dragged (24 px high from its top left), in every frame, and
        // nowhere else.
        for (int i = 0; i < gif.frames().size(); i++) {
            int[] argb = gif.frames().get(i);
            int inside = 0;
            int outside = 0;
            for (int y = 0; y < gif.height(); y++) {
                for (int x = 0; x < gif.width(); x++) {
                    if (magenta(argb[y * gif.width() + x])) {
                        boolean near = x >= textX - 2 && x < textX + 60 && y >= textY - 2 && y < textY + 34;
                        inside += near ? 1 : 0;
                        outside += near ? 0 : 1;
                    }
                }
            }
            assertThat(inside).as("magenta pixels of the caption in frame %d", i).isGreaterThan(30);
            assertThat(outside).as("magenta pixels away from the caption in frame %d", i).isZero();
        }
    }

    private static boolean magenta(int argb) {
        return (argb >> 16 & 0xFF) > 180 && (argb >> 8 & 0xFF) < 90 && (argb & 0xFF) > 180;
    }

    /** The "name=value" lines the page's script returned, from DevTools' answer (a JSON string, read here by hand). */
    private static Map<String, String> lines(String answer) {
        int start = answer.indexOf("\"value\":\"");
        if (start < 0) {
            throw new AssertionError("the page's script did not finish: " + answer);
        }
        StringBuilder text = new StringBuilder();
        for (int i = start + 9; answer.charAt(i) != '"'; i++) {
            char c = answer.charAt(i);
            if (c == '\\') {
                char escaped = answer.charAt(++i);
                if (escaped == 'u') {
                    text.append((char) Integer.parseInt(answer.substring(i + 1, i + 5), 16));
                    i += 4;
                } else {
                    text.append(escaped == 'n' ? '\n' : escaped == 't' ? '\t' : escaped);
                }
            } else {
                text.append(c);
            }
        }
        Map<String, String> fields = new HashMap<>();
        for (String line : text.toString().split("\n")) {
            int eq = line.indexOf('=');
            fields.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return fields;
    }

    private static String jsonString(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
