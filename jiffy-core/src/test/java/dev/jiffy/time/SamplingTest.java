package dev.jiffy.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The one rule for which instants become GIF frames. */
class SamplingTest {
    @Test
    void theRateAskedForWinsOverTheClipsAndFramesShowUntilTheNextOneStarts() {
        Sampling s = Sampling.of(Optional.of(FrameRate.of(4)), Optional.of(FrameRate.of(25)), 1.05);
        assertThat(s.fps()).isEqualTo(FrameRate.of(4));
        assertThat(s.count()).isEqualTo(5); // 0, 0.25, 0.5, 0.75, 1.0: all before 1.05
        assertThat(s.timeOf(2)).isEqualTo(0.5);
        assertThat(s.endOf(2)).isEqualTo(0.75);
        assertThat(s.endOf(4)).isEqualTo(1.05); // the last shows until the end
        assertThat(s.durationOf(4)).isCloseTo(0.05, within(1e-12));
        assertThat(s.warning()).isEmpty();
    }

    @Test
    void withoutARateAskedForTheClipsIsUsedAndDurationsAreExact() {
        Sampling s = Sampling.of(Optional.empty(), Optional.of(FrameRate.of(25)), 0.4);
        assertThat(s.fps()).isEqualTo(FrameRate.of(25));
        assertThat(s.count()).isEqualTo(10); // not 11
    }

    @Test
    void ratesAboveWhatAGifShowsAreCappedAt50WithAWarning() {
        Sampling s = Sampling.of(Optional.empty(), Optional.of(FrameRate.of(60)), 1.0);
        assertThat(s.fps()).isEqualTo(Sampling.MAX_FPS);
        assertThat(s.count()).isEqualTo(50);
        assertThat(s.requested()).contains(FrameRate.of(60));
        assertThat(s.warning()).hasValueSatisfying(w -> assertThat(w)
                .contains("60 fps is more than a GIF can show").contains("using 50 fps"));
        assertThat(s.withFps(FrameRate.of(10)).warning()).isEmpty();
    }

    @Test
    void aClipWithoutARateOrWithoutAnEndIsRefusedSayingWhatToDo() {
        assertThatThrownBy(() -> Sampling.of(Optional.empty(), Optional.empty(), 2.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no frame rate")
                .hasMessageContaining("--fps 15");
        assertThatThrownBy(() -> Sampling.of(Optional.empty(), Optional.empty(), Double.POSITIVE_INFINITY))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("withDuration");
        assertThatThrownBy(() -> Sampling.of(FrameRate.of(10), 0)).hasMessageContaining("must be positive");
        assertThatThrownBy(() -> new Sampling(FrameRate.of(60), 1, Optional.empty()))
                .hasMessageContaining("more than a GIF can show");
    }
}
