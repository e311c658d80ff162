package dev.jiffy.render;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Clip;
import dev.jiffy.clip.TestClips;
import dev.jiffy.gif.DecodedFrame;
import dev.jiffy.gif.GifDecoder;
import dev.jiffy.time.FrameRate;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GifExportTest {
    @TempDir
    Path dir;

    @Test
    void theClipsOwnRateReadsAsMoviePysFpsEqualsClipFps() throws IOException {
        Clip clip = TestClips.numbered(8, 6, 20, 20).withFps(new FrameRate(25, 2));   // 1 s, resampled at 12.5 fps
        RenderResult result = clip.writeGif(dir.resolve("a.gif"), GifExport.fps(clip.fps()));
        assertThat(result.fps()).isEqualTo(new FrameRate(25, 2));
        assertThat(result.sampledFrames()).isEqualTo(13);
        assertThat(GifDecoder.read(dir.resolve("a.gif")).frames().stream()
                .mapToInt(DecodedFrame::delayCentiseconds).sum()).isEqualTo(100);   // the clip's second
    }

    @Test
    void anExactRateAndAnEmptyOneWhichMeansTheClips() {
        Clip clip = TestClips.numbered(8, 6, 10, 10);
        assertThat(GifExport.fps(new FrameRate(30000, 1001)).fps()).contains(new FrameRate(30000, 1001));
        assertThat(clip.writeGif(dir.resolve("b.gif"), GifExport.fps(Optional.empty())).fps())
                .isEqualTo(FrameRate.of(10));
    }
}
