package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.clip.Crop;
import dev.jiffy.clip.Excerpt;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import org.junit.jupiter.api.Test;

class VideoMappingTest {
    @Test
    void anExcerptMapsBackToTheVideosPixelsAndTimes() {
        var video = FunctionClip.of(new Size(200, 100), 10, t -> Frame.filled(200, 100, 0xFF000000)).withFps(10);
        Excerpt excerpt = Excerpt.of(video).withTimes(2, 6).withCrop(Crop.box(100, 20, 200, 70)).withScale(0.5)
                .withSpeed(2);
        VideoMapping mapping = VideoMapping.of(excerpt);
        assertThat(mapping).isEqualTo(new VideoMapping(100, 20, 0.5, 0.5, 2, 2));
        assertThat(mapping.videoX(10)).isEqualTo(121);                  // clip column 10 covers video 120..121
        assertThat(mapping.videoEdgeY(25)).isEqualTo(70);               // the clip's bottom edge is the crop's
        assertThat(mapping.videoTime(1.5)).isEqualTo(excerpt.sourceTime(1.5)).isEqualTo(5.0);
        assertThat(VideoMapping.of(Excerpt.of(video)).isIdentity()).isTrue();
    }
}
