package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.MaskClip;
import dev.jiffy.clip.Rect;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.compose.FreezeRegion;
import dev.jiffy.compose.SeamlessLoop;
import dev.jiffy.fx.Fx;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.testing.Metrics;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Mask;
import dev.jiffy.image.draw.Circle;
import dev.jiffy.image.draw.Point;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed's compositing examples on real footage, checked on the GIF decoded back. */
class CompositingRoundTripTest {
    @TempDir
    Path dir;

    private VideoFileClip video;
    private Clip bird;

    @BeforeEach
    void open() {
        video = VideoFileClip.open(GifRoundTripTest.SAMPLE);
        bird = video.subclip(5.4, 6.2).resize(0.25);
    }

    @AfterEach
    void close() {
        video.close();
    }

    private DecodedGif write(Clip clip, String name, double fps) throws IOException {
        Path file = dir.resolve(name);
        clip.writeGif(file, GifExport.fps(fps).withListener(RenderListener.SILENT));
        return GifDecoder.read(file);
    }

    @Test
    void aFrozenRegionIsIdenticalInEveryFrame() throws IOException {
        Rect left = new Rect(0, 0, bird.width() / 2, bird.height());
        DecodedGif gif = write(FreezeRegion.of(bird, left, 0.2), "frozen.gif", 15);
        assertThat(gif.frames()).hasSizeGreaterThan(5);
        int[] first = gif.frames().get(0).argb();
        boolean rightSideMoves = false;
        for (DecodedFrame f : gif.frames()) {
            for (int y = 0; y < gif.height(); y++) {
                for (int x = 0; x < gif.width(); x++) {
                    int i = y * gif.width() + x;
                    if (x < left.x2()) {
                        assertThat(f.argb()[i]).as("frozen pixel %d,%d", x, y).isEqualTo(first[i]);
                    } else if (f.argb()[i] != first[i]) {
                        rightSideMoves = true;
                    }
                }
            }
        }
        assertThat(rightSideMoves).isTrue();
        Frame frozen = Frame.wrap(gif.width(), gif.height(), first).crop(0, 0, left.x2(), gif.height());
        Frame leftOfTheLine = bird.frame(0.2).crop(0, 0, left.x2(), bird.height());
        assertThat(Metrics.psnr(frozen.toArgbArray(), leftOfTheLine.toArgbArray())).isGreaterThan(30);
    }

    @Test
    void theBoomerangsSecondHalfMirrorsTheFirst() throws IOException {
        Clip boomerang = bird.subclip(0, 0.4).fx(Fx.boomerang());
        DecodedGif gif = write(boomerang, "boomerang.gif", 10);
        List<DecodedFrame> frames = gif.frames();
        // Sampled at 0, 0.1, ... 0.7 s: forwards shows the frames at 0, 0.1, 0.2, 0.3 s; backwards, from 0.4 s, the
        // frames just before 0.4, 0.3, 0.2, 0.1 s. So the turn shows once and frame k mirrors frame 8 - k.
        assertThat(frames).hasSize(8);
        for (int k = 1; k < 4; k++) {
            Frame forwards = Frame.wrap(gif.width(), gif.height(), frames.get(k).argb());
            Frame backwards = Frame.wrap(gif.width(), gif.height(), frames.get(8 - k).argb());
            Frame other = Frame.wrap(gif.width(), gif.height(), frames.get(k == 1 ? 3 : 1).argb());
            double mirrored = Metrics.psnr(forwards.toArgbArray(), backwards.toArgbArray());
            assertThat(mirrored).as("frame %d against %d", k, 8 - k).isGreaterThan(32)
                    .isGreaterThan(Metrics.psnr(forwards.toArgbArray(), other.toArgbArray()) + 5);
        }
    }

    @Test
    void aLoopCrossfadeHidesTheSeam() {
        Clip water = video.subclip(0.5, 2.5).resize(0.25);
        Clip loop = SeamlessLoop.crossfade(water, 0.5);
        double fps = 12;
        double step = 1 / fps;
        double neighbours = 0;
        int n = 0;
        for (double t = 0; t + step < water.duration(); t += step, n++) {
            neighbours += difference(water.frame(t), water.frame(t + step));
        }
        neighbours /= n;
        double seamBefore = difference(water.frame(water.duration() - step), water.frame(0));
        double seamAfter = difference(loop.frame(loop.duration() - step), loop.frame(0));
        // Measured: neighbours 1.9, seam before 14.7, after 3.0 (mean absolute difference per channel).
        assertThat(seamBefore).isGreaterThan(neighbours * 1.5);
        assertThat(seamAfter).isLessThan(neighbours * 2);
        assertThat(seamAfter).isLessThan(seamBefore / 3);
    }

    @Test
    void transparentPixelsAreWhereTheMaskIsZeroWithNoGhosts() throws IOException {
        int w = bird.width();
        int h = bird.height();
        MaskClip movingHole = MaskClip.fromFunction(bird.size(), bird.duration(),
                t -> Circle.of(bird.size(), Point.of(20 + t * 200, h / 2.0), 30, 0, 0f, 1f));
        Clip masked = bird.withMask(movingHole);
        DecodedGif gif = write(masked, "holes.gif", 10);
        assertThat(gif.frames()).hasSize(8);
        for (int k = 0; k < gif.frames().size(); k++) {
            Mask truth = movingHole.mask(k / 10.0);
            int[] px = gif.frames().get(k).argb();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    boolean transparent = (px[y * w + x] >>> 24) == 0;
                    assertThat(transparent).as("frame %d pixel %d,%d", k, x, y).isEqualTo(truth.value(x, y) < 0.5f);
                }
            }
        }
    }

    @Test
    void anOpaqueClipStaysOpaque() throws IOException {
        DecodedGif gif = write(bird, "opaque.gif", 10);
        for (DecodedFrame f : gif.frames()) {
            for (int p : f.argb()) {
                assertThat(p >>> 24).isEqualTo(255);
            }
        }
    }

    private static double difference(Frame a, Frame b) {
        int[] p = a.toArgbArray();
        int[] q = b.toArgbArray();
        long sum = 0;
        for (int i = 0; i < p.length; i++) {
            for (int s = 0; s <= 16; s += 8) {
                sum += Math.abs(((p[i] >> s) & 0xFF) - ((q[i] >> s) & 0xFF));
            }
        }
        return (double) sum / (3.0 * p.length);
    }
}
