package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.clip.Clip;
import dev.jiffy.image.Frame;
import dev.jiffy.time.FrameRate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which frames the preview plays: those the GIF would have. */
class TimingTest {
    @Test
    void theClipsOwnRate() {
        Timing t = Timing.of(TestClips.blocks(), Optional.empty());
        assertThat(t.fps()).isEqualTo(FrameRate.of(10));
        assertThat(t.count()).isEqualTo(20);
        assertThat(t.timeOf(7)).isEqualTo(0.7, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(t.fpsGuessed()).isFalse();
    }

    @Test
    void theChosenRateWinsAndTheLastFrameLastsWhatIsLeft() {
        Timing t = Timing.of(TestClips.blocks().subclip(0, 1.05), Optional.of(FrameRate.of(4)));
        assertThat(t.count()).isEqualTo(5);
        assertThat(t.durationOf(0)).isEqualTo(0.25);
        assertThat(t.durationOf(4)).isCloseTo(0.05, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void clipsWithoutARateAreShownAt15AndNothingFasterThanAGifCanShow() {
        Timing t = Timing.of(TestClips.gradient(), Optional.empty());
        assertThat(t.fps()).isEqualTo(FrameRate.of(15));
        assertThat(t.fpsGuessed()).isTrue();
        assertThat(Timing.of(TestClips.blocks(), Optional.of(FrameRate.of(120))).fps()).isEqualTo(FrameRate.of(50));
    }

    @Test
    void aStillWithoutDurationIsRefused() {
        Clip still = TestClips.blocks().toImageClip(0);
        if (Double.isInfinite(still.duration())) {
            assertThatThrownBy(() -> Timing.of(still, Optional.empty())).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("withDuration");
        }
        assertThat(Frame.filled(1, 1, 0).width()).isEqualTo(1);
    }
}
