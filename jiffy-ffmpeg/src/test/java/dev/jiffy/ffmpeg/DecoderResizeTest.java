package dev.jiffy.ffmpeg;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.VideoFileClip;
import dev.jiffy.gif.testing.Metrics;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Resizer;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

/**
 * A Lanczos resize of a video (or an excerpt of one) is done by libswscale while decoding: same times, same size,
 * and pictures within a rounding of the Java resize of the full-size frames.
 */
class DecoderResizeTest {

    @Test
    void aResizedExcerptShowsTheJavaResizedFramesAtTheSameTimes() {
        try (VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE)) {
            Clip excerpt = video.subclip(4.6, 5.4);
            Clip small = excerpt.resizeToWidth(384);
            Size size = small.size();
            assertThat(size).isEqualTo(new Size(384, 216));
            Resizer resizer = new Resizer(excerpt.size(), size, Resampling.LANCZOS3);
            for (double t : new double[] {0, 0.31, 0.5, 0.79}) {
                Frame fast = small.frame(t);
                Frame slow = resizer.resize(excerpt.frame(t));
                assertThat(fast.size()).isEqualTo(size);
                assertThat(Metrics.psnr(fast.toArgbArray(), slow.toArgbArray())).as("t = %s", t).isGreaterThan(38);
            }
            // a frame a step later differs much more: the times are right
            Frame next = resizer.resize(excerpt.frame(0.5 + 1 / 24.0));
            int[] decoderScaled = small.frame(0.5).toArgbArray();
            assertThat(Metrics.psnr(decoderScaled, next.toArgbArray()))
                    .isLessThan(Metrics.psnr(decoderScaled, resizer.resize(excerpt.frame(0.5)).toArgbArray()));
        }
    }

    @Test
    void otherFiltersStillResizeInJava() {
        try (VideoFileClip video = VideoFileClip.open(GifRoundTripTest.SAMPLE)) {
            Clip area = video.resize(new Size(160, 90), Resampling.AREA);
            Frame f = area.frame(1.0);
            Frame expected = new Resizer(video.size(), new Size(160, 90), Resampling.AREA).resize(video.frame(1.0));
            assertThat(Metrics.psnr(f.toArgbArray(), expected.toArgbArray())).isEqualTo(Double.POSITIVE_INFINITY);
        }
    }
}
