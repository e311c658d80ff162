package dev.jiffy.gif;

import static dev.jiffy.gif.GifTestSupport.decode;
import static dev.jiffy.gif.GifTestSupport.encode;
import static dev.jiffy.gif.GifTestSupport.opaque;
import static dev.jiffy.gif.testing.Metrics.psnr;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quality knob on a video-like clip: files shrink as quality falls, and fidelity falls gently with them. */
class GifQualityTest {
    @Test
    void lowerQualityWritesSmallerFilesAcrossEveryStepOfTheMapping() {
        int w = 96;
        int h = 54;
        List<int[]> frames = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            frames.add(SyntheticFrames.photo(w, h, i / 24.0, 4, i)); // grain that changes every frame, as in video
        }
        // 100: lossless LZW; 80: the default; 75/74: either side of shared palettes; 40 and below: fewer colours
        int[] qualities = {100, 80, 75, 74, 60, 40, 1};
        long previousBytes = Long.MAX_VALUE;
        for (int q : qualities) {
            byte[] gif = encode(w, h, GifOptions.defaults().withQuality(q), 12, frames);
            assertThat((long) gif.length).as("bytes at quality " + q).isLessThan(previousBytes);
            previousBytes = gif.length;
            DecodedGif decoded = decode(gif);
            double worst = Double.MAX_VALUE;
            for (int i = 0; i < frames.size(); i++) {
                worst = Math.min(worst, psnr(frames.get(i), opaque(decoded.frames().get(i).argb())));
            }
            assertThat(worst).as("worst frame's PSNR at quality " + q).isGreaterThan(q >= 60 ? 30 : 24);
        }
    }
}
