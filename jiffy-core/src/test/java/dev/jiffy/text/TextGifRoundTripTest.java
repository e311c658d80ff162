package dev.jiffy.text;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.compose.CompositeClip;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.image.Colors;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Outlined white text over a busy, moving background, written as a GIF and read back with the independent decoder:
 * the letters keep their exact colour and their edges are not speckled by palette reduction.
 */
class TextGifRoundTripTest {
    private static final int W = 300;
    private static final int H = 120;
    private static final int X = 14;
    private static final int Y = 24;

    @TempDir
    Path dir;

    /** A rainbow gradient that slides sideways over time, with a checker on top: many colours, all changing. */
    private static Clip busyBackground() {
        return FunctionClip.of(new Size(W, H), 0.5, t -> {
            int[] px = new int[W * H];
            int shift = (int) Math.round(t * 80);
            for (int y = 0; y < H; y++) {
                for (int x = 0; x < W; x++) {
                    float hue = ((x + shift) % W) / (float) W;
                    float bright = 0.45f + 0.45f * y / H;
                    int rgb = java.awt.Color.HSBtoRGB(hue, 0.8f, ((x / 10 + y / 10) & 1) == 0 ? bright : bright * 0.8f);
                    px[y * W + x] = 0xFF000000 | rgb;
                }
            }
            return Frame.wrap(W, H, px);
        });
    }

    @Test
    void textKeepsItsColourAndCleanEdgesThroughTheGifWriter() throws IOException {
        TextClip caption = TextClip.of("In my nightmares\nI see rabbits.").withFontSize(30).withColor(Colors.WHITE)
                .withStroke(Colors.BLACK, 2);
        Size box = caption.size();
        assertThat(X + box.width()).isLessThan(W);
        assertThat(Y + box.height()).isLessThan(H);
        Clip clip = CompositeClip.of(busyBackground(), caption.toClip().withDuration(0.5).withPosition(X, Y));
        Path out = dir.resolve("text.gif");
        clip.writeGif(out, GifExport.fps(10));

        DecodedGif gif = GifDecoder.read(out);
        assertThat(gif.frames()).hasSize(5);
        for (int i = 0; i < 5; i++) {
            Frame expected = clip.frame(i / 10.0);
            int[] decoded = gif.frames().get(i).argb();
            int core = 0;
            int coreWhite = 0;
            int odd = 0;
            double squared = 0;
            int pixels = 0;
            for (int y = Y; y < Y + box.height(); y++) {
                for (int x = X; x < X + box.width(); x++) {
                    int want = expected.pixel(x, y);
                    int got = decoded[y * W + x];
                    if (isCore(expected, x, y)) {
                        core++;
                        coreWhite += distance(got, Colors.WHITE) <= 6 ? 1 : 0;
                    }
                    if (distance(got, want) > 64 && isolated(decoded, x, y)) {
                        odd++;
                    }
                    squared += squaredError(got, want);
                    pixels++;
                }
            }
            double psnr = 10 * Math.log10(255.0 * 255 * 3 / (squared / pixels));
            assertThat(core).as("frame %d: pixels well inside the letters", i).isGreaterThan(250);
            assertThat((double) coreWhite / core).as("frame %d: the letters stay white", i).isGreaterThan(0.99);
            assertThat(odd).as("frame %d: isolated odd pixels around the text", i).isLessThan(pixels / 1000);
            assertThat(psnr).as("frame %d: PSNR in the text box", i).isGreaterThan(30);
        }
    }

    /** White, with all eight neighbours white too, in the un-quantized picture. */
    private static boolean isCore(Frame f, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if (f.pixel(x + dx, y + dy) != Colors.WHITE) {
                    return false;
                }
            }
        }
        return true;
    }

    /** A pixel unlike every one of its four neighbours in the decoded picture. */
    private static boolean isolated(int[] argb, int x, int y) {
        int p = argb[y * W + x];
        return distance(p, argb[y * W + x - 1]) > 64 && distance(p, argb[y * W + x + 1]) > 64
                && distance(p, argb[(y - 1) * W + x]) > 64 && distance(p, argb[(y + 1) * W + x]) > 64;
    }

    private static int distance(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)));
        }
        return d;
    }

    private static double squaredError(int a, int b) {
        double s = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            double d = (a >> shift & 0xFF) - (b >> shift & 0xFF);
            s += d * d;
        }
        return s;
    }
}
