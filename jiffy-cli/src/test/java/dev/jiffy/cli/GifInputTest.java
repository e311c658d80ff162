package dev.jiffy.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.GifOptions;
import dev.jiffy.gif.GifWriter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code jiffy make IN.gif}: a GIF made smaller keeps its frames' delays, loop count and transparency. */
class GifInputTest {
    private static final int W = 64;
    private static final int H = 40;
    /** Uneven delays, as hand-made GIFs have them. */
    private static final int[] DELAYS = {7, 23, 5, 40, 12, 9};
    /** Columns left transparent in every frame. */
    private static final int CLEAR = 10;

    @TempDir
    Path dir;
    private Path input;

    @BeforeEach
    void writeInput() throws IOException {
        input = dir.resolve("in.gif");
        writeGif(input, DELAYS, 3, i -> noisyFrame(i));
        // the fixture is what it claims, by an independent decoder
        assertThat(delays(input)).containsExactly(7, 23, 5, 40, 12, 9);
        assertThat(alphaAt(input, 2, 20)).isZero();
    }

    @Test
    void withoutOptionsEveryDelayTheLoopCountAndTheTransparencyAreKept() throws IOException {
        Path out = dir.resolve("out.gif");
        CliRun run = CliRun.of("make", input.toString(), "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(delays(out)).containsExactly(7, 23, 5, 40, 12, 9);
        assertThat(loopCount(out)).isEqualTo(3);
        assertThat(alphaAt(out, 2, 20)).as("a transparent column stays transparent").isZero();
        assertThat(alphaAt(out, 40, 20)).isEqualTo(255);
        assertThat(run.out()).containsPattern("[0-9.]+ % (smaller|bigger) than in\\.gif");
    }

    @Test
    void lowerQualityWritesFewerBytesAndReportsTheSaving() throws IOException {
        Path q90 = dir.resolve("q90.gif");
        Path q40 = dir.resolve("q40.gif");
        CliRun high = CliRun.of("make", input.toString(), "--quality", "90", "-o", q90.toString());
        CliRun low = CliRun.of("make", input.toString(), "--quality", "40", "-o", q40.toString());

        assertThat(high.exitCode()).as(high.err()).isZero();
        assertThat(low.exitCode()).as(low.err()).isZero();
        assertThat(Files.size(q40)).isLessThan(Files.size(q90)).isLessThan(Files.size(input));
        assertThat(delays(q40)).containsExactly(7, 23, 5, 40, 12, 9);
        double saved = 100.0 * (Files.size(input) - Files.size(q40)) / Files.size(input);
        assertThat(low.out()).contains(String.format(java.util.Locale.ROOT, "%.1f %% smaller than in.gif", saved));
        // smaller, not another picture: the opaque pixels stay close to the input's
        assertThat(meanDifference(GifDecoder.read(input).frames().get(3).argb(),
                GifDecoder.read(q40).frames().get(3).argb())).isLessThan(24);
    }

    @Test
    void cutsAndSpeedFollowTheFramesOwnTimes() throws IOException {
        Path out = dir.resolve("cut.gif");
        // 0.30-0.87 s holds the frames of 5, 40 and 12 cs; at half speed each shows twice as long
        CliRun run = CliRun.of("make", input.toString(), "--from", "0.30", "--to", "0.87", "--speed", "0.5",
                "--width", "32", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(delays(out)).containsExactly(10, 80, 24);
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(32);
    }

    @Test
    void framesSpedUpBelowWhatBrowsersPlayAreWarnedOfNamingTheOptionThatResamples() throws IOException {
        Path out = dir.resolve("fast.gif");
        // at 4x, the 7 and 5 cs frames would show for 1.75 and 1.25 cs
        CliRun run = CliRun.of("make", input.toString(), "--speed", "4", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("jiffy: warning: 2 of 6 frames show for less than 2/100 s, which browsers slow"
                + " down to 10/100 s; resampling at a frame rate (at most 50 fps) plays them as timed (--fps 50)");
    }

    @Test
    void aRateResamplesOverTheSameTime() throws IOException {
        Path out = dir.resolve("fps.gif");
        CliRun run = CliRun.of("make", input.toString(), "--fps", "10", "-o", out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Integer> delays = delays(out);
        assertThat(delays.stream().mapToInt(Integer::intValue).sum()).isEqualTo(96);
        assertThat(delays).allMatch(d -> d % 10 == 0 || d == 6);
    }

    @Test
    void findLoopPicksAPairOneTurnApartAndSaysHowWellItMatches() throws IOException {
        // a dot going round once every 1.28 s (32 frames of 4 cs), for 4 s
        Path circling = dir.resolve("circling.gif");
        int[] delays = new int[100];
        java.util.Arrays.fill(delays, 4);
        writeGif(circling, delays, 0, i -> {
            int[] argb = new int[W * H];
            java.util.Arrays.fill(argb, 0xFF203040);
            double angle = 2 * Math.PI * i / 32;
            int cx = (int) Math.round(W / 2.0 + 14 * Math.cos(angle));
            int cy = (int) Math.round(H / 2.0 + 14 * Math.sin(angle));
            for (int y = Math.max(0, cy - 4); y < Math.min(H, cy + 4); y++) {
                for (int x = Math.max(0, cx - 4); x < Math.min(W, cx + 4); x++) {
                    argb[y * W + x] = 0xFFFFE000;
                }
            }
            return argb;
        });
        Path out = dir.resolve("loop.gif");
        CliRun run = CliRun.of("make", circling.toString(), "--from", "0.5", "--to", "2.0", "--find-loop", "-o",
                out.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("find loop: from").contains("match 1.00: loops smoothly");
        int total = delays(out).stream().mapToInt(Integer::intValue).sum();
        assertThat(total % 128 == 0 || Math.abs(total - Math.round(total / 128.0) * 128) <= 4)
                .as("%d cs is a whole number of turns of 128 cs, within a frame", total).isTrue();

        CliRun tooFar = CliRun.of("make", circling.toString(), "--find-loop", "9", "-o", out.toString());
        assertThat(tooFar.exitCode()).isEqualTo(Jiffy.USAGE);
        assertThat(tooFar.err()).contains("--find-loop 9 s searches too far: give at most 5 s");
    }

    private static int[] noisyFrame(int index) {
        Random random = new Random(index);
        int[] argb = new int[W * H];
        for (int y = 0; y < H; y++) {
            for (int x = 0; x < W; x++) {
                int base = (x * 3 + index * 20) & 0xFF;
                int n = random.nextInt(40);
                argb[y * W + x] = x < CLEAR ? 0 : 0xFF000000 | Math.min(255, base + n) << 16 | (y * 5 + n) << 8
                        | (index * 30 & 0xFF);
            }
        }
        return argb;
    }

    private static void writeGif(Path file, int[] delays, int loops, IntFunction<int[]> frame) throws IOException {
        try (OutputStream out = Files.newOutputStream(file);
                GifWriter writer = GifWriter.create(out, W, H, GifOptions.defaults().withQuality(100)
                        .withLoopCount(loops))) {
            int end = 0;
            for (int i = 0; i < delays.length; i++) {
                end += delays[i];
                writer.addFrame(frame.apply(i), end / 100.0);
            }
        }
    }

    private static double meanDifference(int[] a, int[] b) {
        long sum = 0;
        int n = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] >>> 24 == 0xFF) {
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs((a[i] >> shift & 0xFF) - (b[i] >> shift & 0xFF));
                }
                n += 3;
            }
        }
        return (double) sum / n;
    }

    /** Each frame's delay in centiseconds, as javax.imageio reads them. */
    static List<Integer> delays(Path gif) throws IOException {
        List<Integer> delays = new ArrayList<>();
        withReader(gif, reader -> {
            int n = reader.getNumImages(true);
            for (int i = 0; i < n; i++) {
                delays.add(Integer.parseInt(control(reader, i).getAttribute("delayTime")));
            }
        });
        return delays;
    }

    private static int loopCount(Path gif) throws IOException {
        int[] loops = {-1};
        withReader(gif, reader -> {
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            var apps = root.getElementsByTagName("ApplicationExtension");
            for (int i = 0; i < apps.getLength(); i++) {
                IIOMetadataNode app = (IIOMetadataNode) apps.item(i);
                byte[] data = (byte[]) app.getUserObject();
                if ("NETSCAPE".equals(app.getAttribute("applicationID")) && data.length >= 3) {
                    loops[0] = (data[1] & 0xFF) | (data[2] & 0xFF) << 8;
                }
            }
        });
        return loops[0] == 0 ? 0 : loops[0] + 1; // the block stores repeats; 0 is forever
    }

    /** Alpha of a pixel of the first frame as javax.imageio draws it. */
    private static int alphaAt(Path gif, int x, int y) throws IOException {
        BufferedImage first = ImageIO.read(gif.toFile());
        return first.getRGB(x, y) >>> 24;
    }

    private static IIOMetadataNode control(ImageReader reader, int index) throws IOException {
        IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(index).getAsTree("javax_imageio_gif_image_1.0");
        return (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
    }

    private interface ReaderUse {
        void use(ImageReader reader) throws IOException;
    }

    private static void withReader(Path gif, ReaderUse use) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("gif");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            reader.setInput(in);
            use.use(reader);
        } finally {
            reader.dispose();
        }
    }
}
