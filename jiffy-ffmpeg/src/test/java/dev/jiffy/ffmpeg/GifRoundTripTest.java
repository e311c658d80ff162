package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.Crop;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.DecodedGif;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.gif.testing.Metrics;
import dev.jiffy.image.Frame;
import dev.jiffy.progress.RenderListener;
import dev.jiffy.render.GifExport;
import dev.jiffy.render.RenderResult;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real footage in, GIF out, decoded back by three decoders (ours, javax.imageio and FFmpeg's): every frame must match
 * the frame the clip meant to show.
 */
class GifRoundTripTest {
    /** The bundled sample: 10 s of Big Buck Bunny (Blender Foundation, CC-BY 3.0). */
    static final Path SAMPLE = Path.of("..", "samples", "bunny.webm");

    /** The encoder's DelayClock.MIN_DELAY (a package it does not export): the shortest delay browsers honour. */
    private static final int SHORTEST_DELAY_CS = 2;

    @TempDir
    Path dir;

    @Test
    void theSeedsFirstTwoExamplesRoundTripThroughThreeDecoders() throws IOException {
        try (VideoFileClip video = VideoFileClip.open(SAMPLE)) {
            check(video.subclip("0:04.6", "0:05.4").resize(0.3), 24, dir.resolve("use_your_head.gif"));
            check(video.subclip(5.9, 6.6).resize(0.5).crop(Crop.region().x1(190).x2(445)), 15,
                    dir.resolve("kris_sven.gif"));
        }
    }

    private void check(Clip clip, double fps, Path file) throws IOException {
        RenderResult result = clip.writeGif(file, GifExport.fps(fps).withListener(RenderListener.SILENT));
        int n = result.sampledFrames();
        assertThat(n).isEqualTo((int) Math.ceil(clip.duration() * fps - 1e-6));

        DecodedGif gif = GifDecoder.read(file);
        assertThat(gif.width()).isEqualTo(clip.width());
        assertThat(gif.height()).isEqualTo(clip.height());
        int totalCs = gif.frames().stream().mapToInt(DecodedFrame::delayCentiseconds).sum();
        assertThat(totalCs).isEqualTo((int) Math.round(clip.duration() * 100));

        // Our decoder: expand merged frames back onto the sampling grid by their delays.
        int[] startsCs = new int[gif.frames().size()];
        for (int i = 1; i < startsCs.length; i++) {
            startsCs[i] = startsCs[i - 1] + gif.frames().get(i - 1).delayCentiseconds();
        }
        try (MediaSource ffmpeg = MediaSources.open(file); FrameCursor cursor = ffmpeg.openCursor()) {
            for (int i = 0; i < n; i++) {
                double t = i / fps;
                // A last frame that would last under 2 cs is folded into the one before (DelayClock.MIN_DELAY):
                // 0.8 s at 24 fps ends with 0.79 to 0.80 s, so the GIF shows frame 18 there.
                boolean folded = i == n - 1 && i > 0
                        && Math.round(clip.duration() * 100) - Math.round(t * 100) < SHORTEST_DELAY_CS;
                Frame intended = clip.frame(folded ? (i - 1) / fps : t);
                int shown = 0;
                while (shown + 1 < startsCs.length && startsCs[shown + 1] <= Math.round(t * 100)) {
                    shown++;
                }
                Frame ours = Frame.wrap(gif.width(), gif.height(), gif.frames().get(shown).argb());
                assertThat(Metrics.psnr(ours.toArgbArray(), intended.toArgbArray())).as("frame %d, our decoder", i)
                        .isGreaterThan(30);
                assertThat(Metrics.ssim(ours.toArgbArray(), intended.toArgbArray(), ours.width()))
                        .as("frame %d, our decoder", i).isGreaterThan(0.9);
                Frame byFfmpeg = cursor.frameAt(Math.round(t * 100) / 100.0);
                assertThat(Metrics.psnr(byFfmpeg.toArgbArray(), ours.toArgbArray())).as("frame %d, FFmpeg against ours", i)
                        .isGreaterThan(50);
            }
        }
        Frame firstByImageIo = Frame.fromImage(ImageIO.read(file.toFile()));
        assertThat(Metrics.psnr(firstByImageIo.toArgbArray(), clip.frame(0).toArgbArray())).isGreaterThan(30);
    }
}
