package dev.jiffy.studio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.jiffy.CancelledException;
import dev.jiffy.clip.Clip;
import dev.jiffy.clip.FunctionClip;
import dev.jiffy.compose.LoopCandidate;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/** A loop search stops as a preview does: when the page has gone, or the studio closes; and a closed one stays so. */
class LoopSearchesTest {
    /** Two seconds of 16x16 frames at 25 fps, each brighter than the last; {@code onFrame} runs before each is made. */
    private static Clip counted(AtomicInteger decoded, Runnable onFrame) {
        return FunctionClip.of(new Size(16, 16), 2, t -> {
            decoded.incrementAndGet();
            onFrame.run();
            return Frame.filled(16, 16, 0xFF000000 | (int) Math.round(t * 100) * 0x010101);
        }).withFps(25);
    }

    @Test
    void stopsWhenThePageHasGone() {
        AtomicInteger decoded = new AtomicInteger();
        AtomicBoolean gone = new AtomicBoolean();
        PreviewEvents page = new PreviewEvents() {
            @Override
            public boolean gone() {
                return gone.get();
            }
        };
        // The page goes while the third frame is decoded: the search stops before the fourth.
        Clip clip = counted(decoded, () -> gone.set(decoded.get() >= 3));
        assertThatThrownBy(() -> new LoopSearches(new RunningWork()).find(clip, 0.5, 1.5, 0.5, page))
                .isInstanceOf(CancelledException.class);
        assertThat(decoded.get()).isEqualTo(3);
    }

    @Test
    void stopsWhenTheStudioCloses() {
        AtomicInteger decoded = new AtomicInteger();
        RunningWork work = new RunningWork();
        LoopSearches searches = new LoopSearches(work);
        // Closed from within the search itself, so close() cannot wait for it to end: it returns at once.
        Clip clip = counted(decoded, () -> {
            if (decoded.get() == 3) {
                work.close(0);
            }
        });
        assertThatThrownBy(() -> searches.find(clip, 0.5, 1.5, 0.5, PreviewEvents.NONE))
                .isInstanceOf(CancelledException.class);
        assertThat(decoded.get()).isEqualTo(3);

        decoded.set(0);
        assertThatThrownBy(() -> searches.find(clip, 0.5, 1.5, 0.5, PreviewEvents.NONE))
                .as("a search started after closing").isInstanceOf(CancelledException.class);
        assertThat(decoded.get()).isZero();
    }

    @Test
    void aSearchNobodyStoppedFindsTheBestPair() {
        AtomicInteger decoded = new AtomicInteger();
        // Brightening steadily, the frame most like the first is the one nearest it in time: the shortest loop the
        // finder allows (half the selection), starting as late and ending as early as the windows let it.
        LoopCandidate best = new LoopSearches(new RunningWork())
                .find(counted(decoded, () -> { }), 0.5, 1.5, 0.5, PreviewEvents.NONE).get(0);
        assertThat(best.from()).as(best.toString()).isCloseTo(1.0, Offset.offset(1e-9));
        assertThat(best.to()).as(best.toString()).isCloseTo(1.52, Offset.offset(1e-9));
        assertThat(decoded.get()).as("0 to 1 s and 1 to 2 s at 25 fps, the frame at 1 s once").isEqualTo(50);
    }
}
