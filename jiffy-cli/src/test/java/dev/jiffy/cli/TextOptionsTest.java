package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiffy make ... --text}: a caption composited over the GIF, and one-line errors for bad text options. */
class TextOptionsTest {
    @TempDir
    Path dir;

    /** 0.6 s of the bird on its branch (blue sky, no red), 320x180 at 10 fps: six frames. */
    private CliRun make(String... textOptions) {
        String[] args = Stream.concat(Stream.of("make", CliRun.SAMPLE.toString(), "--from", "6.9", "--duration", "0.6",
                "--width", "320", "--fps", "10", "-q", "-o", dir.resolve("out.gif").toString()), Stream.of(textOptions))
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    private static boolean isRed(int argb) {
        return (argb >> 16 & 0xFF) > 200 && (argb >> 8 & 0xFF) < 70 && (argb & 0xFF) < 70;
    }

    /** [x0, y0, x1, y1, count] of the red pixels of a frame; count 0 if none. */
    private static int[] redBox(DecodedGif gif, int frame) {
        int[] argb = gif.frames().get(frame).argb();
        int[] box = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1, 0};
        for (int y = 0; y < gif.height(); y++) {
            for (int x = 0; x < gif.width(); x++) {
                if (isRed(argb[y * gif.width() + x])) {
                    box[0] = Math.min(box[0], x);
                    box[1] = Math.min(box[1], y);
                    box[2] = Math.max(box[2], x);
                    box[3] = Math.max(box[3], y);
                    box[4]++;
                }
            }
        }
        return box;
    }

    @Test
    void theTextIsDrawnWhereAskedInItsColourAndOnlyWhenAsked() throws IOException {
        CliRun run = make("--text", "HELLO\\nTHERE", "--text-pos", "12,20", "--font-size", "30", "--text-color", "red",
                "--stroke-width", "0", "--text-from", "0.2", "--text-to", "0.4");
        assertThat(run.exitCode()).as(run.err()).isZero();
        DecodedGif gif = GifDecoder.read(dir.resolve("out.gif"));
        assertThat(gif.width()).isEqualTo(320);
        assertThat(gif.frames()).hasSize(6);
        for (int i = 0; i < 6; i++) {
            int[] red = redBox(gif, i);
            if (i == 2 || i == 3) {
                assertThat(red[4]).as("frame %d: red letters", i).isGreaterThan(400);
                assertThat(red[0]).as("frame %d: left", i).isBetween(12, 16);
                assertThat(red[1]).as("frame %d: top", i).isBetween(20, 23);
                assertThat(red[3] - red[1]).as("frame %d: two lines high", i).isBetween(45, 80);
            } else {
                assertThat(red[4]).as("frame %d: no text yet or any more", i).isLessThan(5);
            }
        }
    }

    @Test
    void anchoredTextWrapsToTheGifAndSitsAtItsEdge() throws IOException {
        CliRun run = make("--text", "a caption long enough to need more than one line", "--text-pos", "top",
                "--text-color", "#FF0000", "--font-size", "24");
        assertThat(run.exitCode()).as(run.err()).isZero();
        DecodedGif gif = GifDecoder.read(dir.resolve("out.gif"));
        int[] red = redBox(gif, 0);
        assertThat(red[4]).isGreaterThan(300);
        assertThat(red[1]).as("near the top").isBetween(5, 20);
        assertThat(red[0]).as("inside the left edge").isGreaterThanOrEqualTo(5);
        assertThat(red[2]).as("inside the right edge").isLessThan(315);
        assertThat(red[3] - red[1]).as("wrapped onto two or more lines").isGreaterThan(40);
        assertThat((red[0] + red[2]) / 2.0).as("centred").isBetween(140.0, 180.0);
    }

    @Test
    void aFontFileCanBeGiven() throws IOException {
        Path font = dir.resolve("Amiri-copy.ttf");
        try (InputStream in = dev.jiffy.text.FontFace.class.getResourceAsStream("Amiri-Bold.ttf")) {
            Files.copy(in, font);
        }
        CliRun run = make("--text", "مرحبا", "--font", font.toString(), "--text-color", "red", "--font-size", "40");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(redBox(GifDecoder.read(dir.resolve("out.gif")), 0)[4]).isGreaterThan(100);
    }

    private void assertUsageError(CliRun run, String... fragments) throws IOException {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
        String firstLine = run.err().lines().findFirst().orElse("");
        assertThat(firstLine).startsWith("jiffy: ");
        for (String f : fragments) {
            assertThat(firstLine).contains(f);
        }
        assertThat(run.err()).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(run.err().lines().count()).isLessThanOrEqualTo(2);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".gif") || n.endsWith(".part"));
        }
    }

    @Test
    void badTextOptionsAreOneLineUsageErrors() throws IOException {
        assertUsageError(make("--text", "Hi", "--font", "Amiri-Bld"),
                "no font named 'Amiri-Bld'; closest: Amiri Bold", "jiffy fonts");
        assertUsageError(make("--text", "Hi", "--font", dir.resolve("missing.ttf").toString()),
                "no such font file", "missing.ttf");
        assertUsageError(make("--text", "Hi", "--text-color", "purpel"), "'purpel' is not a colour", "#RRGGBB");
        assertUsageError(make("--text", "Hi", "--stroke-color", "#12345"), "'#12345' is not a colour");
        assertUsageError(make("--text", "Hi", "--text-pos", "middle-earth"), "'middle-earth' is not a text position",
                "top-left", "X,Y");
        assertUsageError(make("--text", "Hi", "--text-pos", "top-bottom"), "is not a text position");
        assertUsageError(make("--text", "Hi", "--text-pos", "12,x"), "X,Y must be two whole numbers");
        assertUsageError(make("--text", "Hi", "--font-size", "-3"), "--font-size");
        assertUsageError(make("--text", "Hi", "--stroke-width", "-1"), "0 or more, got -1");
    }

    @Test
    void badPlacesAndTimesAreOneLineUsageErrors() throws IOException {
        assertUsageError(make("--text", "Hi", "--text-pos", "400,10"), "--text-pos 400,10 puts the", "outside the 320x180 GIF");
        assertUsageError(make("--text", "Hi", "--text-from", "5"), "--text-from 5 s is at or past the end of the GIF",
                "0.6 s");
        assertUsageError(make("--text", "Hi", "--text-to", "0.9"), "--text-to 0.9 s is past the end of the GIF");
        assertUsageError(make("--text", "Hi", "--text-from", "0.4", "--text-to", "0.2"),
                "--text-to 0.2 s must be after --text-from 0.4 s");
        assertUsageError(make("--text", "Hi", "--text-from", "-1"), "--text-from -1 s is before the start");
        assertUsageError(make("--text", " "), "--text is empty");
        assertUsageError(make("--font-size", "20"), "--font-size is for a text: add --text");
        assertUsageError(make("--text", "Hi مرحبا"), "Noto Sans Bold has no glyph for 'م'", "try Amiri Bold");
        // at a position too, a mistake that is not the position's is not said as --text-pos's
        CliRun placed = make("--text", "Hi مرحبا", "--text-pos", "10,10");
        assertUsageError(placed, "jiffy: Noto Sans Bold has no glyph for 'م'", "try Amiri Bold");
        assertThat(placed.err()).doesNotContain("--text-pos");
    }

    @Test
    void theTextOptionsAreInTheHelp() {
        String help = CliRun.of("make", "--help").out();
        assertThat(help).contains("--text=TEXT").contains("--text-pos").contains("--font=NAME|FILE")
                .contains("--font-size").contains("--text-color").contains("--stroke-color").contains("--stroke-width")
                .contains("--text-from").contains("--text-to");
    }
}
