package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of output the command writes plays in headless Chromium as Jiffy's decoder says it should: the
 * {@code <img>} loads at the GIF's size and shows its first frame, and Chromium's GIF decoder (through WebCodecs'
 * ImageDecoder, the decoder {@code <img>} animates with) gives the same frames, pixel for pixel (Chromium draws an
 * untagged GIF's sRGB colours unchanged), with the same durations and repeat count. Skipped, and says so, when Chromium is not installed (CI installs it: .ci/run).
 */
class BrowserPlaybackTest {
    private static final Map<String, String[]> OUTPUTS = OutputKinds.all();
    private static final String NO_CHROMIUM = "no chromium, chromium-browser or google-chrome on the PATH "
            + "(apt-get install chromium, or -Djiffy.chromium=PATH)";

    @TempDir
    static Path dir;

    private static final Map<String, Path> gifs = new LinkedHashMap<>();
    private static String chromium;
    private static Map<String, HeadlessChromium.Played> played;

    static Stream<String> outputs() {
        return OUTPUTS.keySet().stream();
    }

    @BeforeAll
    static void playAllInChromium() throws Exception {
        chromium = HeadlessChromium.find();
        if (chromium == null) {
            // Said once here (also under mvn -q) and by each test; an assumption failing here would not be reported.
            System.err.println("[jiffy-cli] browser playback tests SKIPPED: " + NO_CHROMIUM);
            return;
        }
        Map<String, Path> byFile = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> output : OUTPUTS.entrySet()) {
            Path out = dir.resolve("out" + gifs.size() + ".gif");
            List<String> args = new ArrayList<>(List.of("make"));
            args.addAll(List.of(output.getValue()));
            args.addAll(List.of("-q", "-o", out.toString()));
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertThat(run.exitCode()).as(output.getKey() + ": " + run.err()).isZero();
            gifs.put(output.getKey(), out);
            byFile.put(out.getFileName().toString(), out);
        }
        Map<String, HeadlessChromium.Played> byFileName = HeadlessChromium.play(chromium, byFile);
        played = new LinkedHashMap<>();
        gifs.forEach((name, file) -> played.put(name, byFileName.get(file.getFileName().toString())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void playsTheFramesJiffysDecoderReads(String name) throws Exception {
        Assumptions.assumeTrue(chromium != null, "not checked: " + NO_CHROMIUM);
        DecodedGif ours = GifDecoder.read(gifs.get(name));
        HeadlessChromium.Played browser = played.get(name);

        assertThat(browser.naturalWidth()).as("<img> naturalWidth").isEqualTo(ours.width());
        assertThat(browser.naturalHeight()).as("<img> naturalHeight").isEqualTo(ours.height());
        OutputKinds.assertSamePixels(ours.frames().get(0).argb(), browser.shown(), ours.width(),
                "the <img> drawn to a canvas (its first frame)");

        assertThat(browser.frames()).as("frames ImageDecoder decoded").hasSameSizeAs(ours.frames());
        long time = 0;
        for (int i = 0; i < ours.frames().size(); i++) {
            DecodedFrame expected = ours.frames().get(i);
            HeadlessChromium.Frame actual = browser.frames().get(i);
            String what = "ImageDecoder, frame " + i;
            assertThat(actual.width()).as(what + ", width").isEqualTo(ours.width());
            assertThat(actual.height()).as(what + ", height").isEqualTo(ours.height());
            OutputKinds.assertSamePixels(expected.argb(), actual.argb(), ours.width(), what);
            assertThat(actual.durationMicros()).as(what + ", duration in µs (GIF delay %d cs)", expected.delayCentiseconds())
                    .isEqualTo(expected.delayCentiseconds() * 10_000L);
            assertThat(actual.timestampMicros()).as(what + ", timestamp in µs").isEqualTo(time);
            time += actual.durationMicros();
        }
        // Jiffy's loop count is how many times it plays in all (0: forever); Chromium's how often it repeats.
        assertThat(browser.repetitionCount()).as("repetitionCount (Jiffy's loop count %d)", ours.loopCount())
                .isEqualTo(ours.loopCount() == 0 ? "Infinity" : String.valueOf(ours.loopCount() - 1));

        // each case holds what its name says
        if (name.equals("loop 3")) {
            assertThat(ours.loopCount()).isEqualTo(3);
        }
        if (name.contains("played once")) {
            assertThat(ours.loopCount()).isEqualTo(1);
        }
        if (name.contains("global palette")) {
            assertThat(ours.frames()).as("frames with a local palette").noneMatch(DecodedFrame::hasLocalPalette);
        }
        if (name.contains("background removed")) {
            assertThat(ours.frames()).as("frames with transparent pixels")
                    .anyMatch(f -> Arrays.stream(f.argb()).anyMatch(p -> p >>> 24 == 0));
            assertThat(ours.frames()).as("frames restored to background").anyMatch(f -> f.disposal() == 2);
        }
    }
}
