package dev.jiffy.clip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.image.Frame;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameSamplerTest {
    @Test
    void samplesAClipAtARateInOrder() {
        Clip clip = TestClips.numbered(4, 3, 30, 90); // 3 s
        List<Frame> frames = FrameSampler.sample(clip, 15).toList();
        assertThat(frames).hasSize(45);
        for (int i = 0; i < 45; i++) {
            assertThat(TestClips.indexOf(frames.get(i).pixel(0, 0))).isEqualTo(2 * i);
        }
        assertThat(FrameSampler.sample(clip).count()).isEqualTo(90);
        assertThat(FrameSampler.sample(clip, 15).parallel().map(f -> TestClips.indexOf(f.pixel(1, 1))).toList())
                .isEqualTo(frames.stream().map(f -> TestClips.indexOf(f.pixel(1, 1))).toList());
        assertThat(FrameSampler.at(clip, 1.0, 0.1).map(f -> TestClips.indexOf(f.pixel(0, 0))).toList())
                .containsExactly(30, 3);
    }

    @Test
    void spreadsTimesEvenlyInTheMiddleOfTheirShares() {
        assertThat(FrameSampler.spread(2, 4)).containsExactly(0.25, 0.75, 1.25, 1.75);
        assertThat(FrameSampler.spread(1, 1)).containsExactly(0.5);
        assertThatThrownBy(() -> FrameSampler.spread(1, 0)).hasMessage("count must be at least 1, got 0");
    }
}
