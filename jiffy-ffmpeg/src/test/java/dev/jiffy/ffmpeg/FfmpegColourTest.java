package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.image.Frame;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Known colours (75% bars, greys, primaries) written as yuv420p with each matrix and range, with Java's own RGB to YUV
 * equations, decode back to within {@value #TOLERANCE} per channel: the decoder honours the tags, and guesses BT.601
 * for untagged SD and BT.709 for untagged HD.
 */
class FfmpegColourTest {
    static final int TOLERANCE = 3;
    static final int[] COLOURS = {
        0xBFBFBF, 0xBFBF00, 0x00BFBF, 0x00BF00, 0xBF00BF, 0xBF0000, 0x0000BF, 0x000000,
        0x101010, 0x404040, 0x808080, 0xEBEBEB, 0xFFFFFF, 0xFF0000, 0x00FF00, 0x0000FF,
    };

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}, tagged={1}, {2}x{3}")
    @CsvSource({
        "BT601_LIMITED, true, 128, 128",
        "BT709_LIMITED, true, 128, 128",
        "BT601_FULL, true, 128, 128",
        "BT709_FULL, true, 128, 128",
        "BT601_LIMITED, false, 128, 128",
        "BT709_LIMITED, false, 1280, 720",
    })
    void coloursSurviveTheRoundTrip(SyntheticVideo.Yuv yuv, boolean tagged, int width, int height) {
        Path file = SyntheticVideo.ffv1().yuv420p(yuv, tagged).size(width, height).frames(2)
                .painter(i -> grid(width, height)).writeTo(dir.resolve("colours.mkv"));
        try (MediaSource source = new FfmpegProvider().open(file); FrameCursor cursor = source.openCursor()) {
            Frame frame = cursor.frameAt(0);
            List<String> wrong = new ArrayList<>();
            for (int i = 0; i < COLOURS.length; i++) {
                int cx = (2 * (i % 4) + 1) * width / 8;
                int cy = (2 * (i / 4) + 1) * height / 8;
                int got = frame.pixel(cx, cy);
                int d = maxChannelDifference(got, COLOURS[i]);
                if (d > TOLERANCE || (got >>> 24) != 0xFF) {
                    wrong.add(String.format("expected %06X got %08X", COLOURS[i], got));
                }
            }
            assertThat(wrong).isEmpty();
        }
    }

    static int[] grid(int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = 0xFF000000 | COLOURS[(y * 4 / height) * 4 + x * 4 / width];
            }
        }
        return argb;
    }

    static int maxChannelDifference(int a, int b) {
        int d = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            d = Math.max(d, Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)));
        }
        return d;
    }
}
