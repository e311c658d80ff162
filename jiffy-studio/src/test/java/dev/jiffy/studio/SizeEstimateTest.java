package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.testing.ImageIoGif;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's first size estimate, on the bundled sample (10 s of Big Buck Bunny, 1280x720, 24 fps). */
class SizeEstimateTest {
    private static final Path SAMPLE = Path.of("..", "samples", "bunny.webm");

    @TempDir
    Path scratch;

    @Test
    void aFrameByFrameReadingOfAGifAddsUpToItsSizeAndFrames() throws IOException {
        try (VideoFileClip video = VideoFileClip.open(SAMPLE)) {
            Path gif = scratch.resolve("cut.gif");
            long size = video.subclip(2, 3).resizeToWidth(160).writeGif(gif, GifExport.fps(10)).bytes();
            byte[] bytes = Files.readAllBytes(gif);
            GifFrameBytes frames = GifFrameBytes.of(bytes);
            assertThat(frames.frames()).as("frames, as javax.imageio counts them")
                    .isEqualTo(ImageIoGif.readWithImageIo(bytes).frames().size()).isEqualTo(10);
            assertThat(frames.upTo(10) + GifFrameBytes.TRAILER).isEqualTo(size);
            for (int k = 1; k <= 10; k++) {
                assertThat(frames.upTo(k)).as("end of frame %d", k).isGreaterThan(frames.upTo(k - 1));
                assertThat(bytes[(int) frames.upTo(k) - 1]).as("image data ends with an empty sub-block").isZero();
            }
        }
    }

    @Test
    void theEstimateOfAGrainyClipLandsWithinFifteenPercent() {
        // Film grain over a still scene with a square moving across it: the encoder keeps a pixel still by its region's
        // noise, which it learns over the first frames, so those cost several times what the later ones do. The
        // estimate was far too high when it took each piece's first frames for the steady cost.
        Clip grainy = FunctionClip.of(new Size(160, 90), 6, SizeEstimateTest::grainyFrame).withFps(12);
        GifExport export = GifExport.fps(12);
        long estimate = SizeEstimate.of(grainy, export, scratch).orElseThrow();
        long real = grainy.writeGif(scratch.resolve("whole.gif"), export).bytes();
        assertThat((double) estimate).isCloseTo(real, Percentage.withPercentage(15));
    }

    /** A still diagonal gradient, a dark square moving 4 px a frame, and grain of ±12 levels new every frame. */
    private static Frame grainyFrame(double t) {
        int frame = (int) Math.round(t * 12);
        int left = (4 * frame) % 140;
        int[] argb = new int[160 * 90];
        for (int y = 0; y < 90; y++) {
            for (int x = 0; x < 160; x++) {
                boolean square = x >= left && x < left + 20 && y >= 35 && y < 55;
                int level = square ? 30 : (x + y) % 200 + 40;
                int grain = (int) (mix(x, y, frame) % 25) - 12;
                int v = Math.max(0, Math.min(255, level + grain));
                argb[y * 160 + x] = 0xFF000000 | v << 16 | (v * 3 / 4) << 8 | v / 2;
            }
        }
        return Frame.of(160, 90, argb);
    }

    /** A well-mixed hash of a pixel and a frame, the same on every run. */
    private static long mix(int x, int y, int frame) {
        long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL ^ frame * 0x165667B19E3779F9L;
        h ^= h >>> 31;
        h *= 0x94D049BB133111EBL;
        return (h ^ h >>> 29) & Long.MAX_VALUE;
    }
}
