package dev.jiffy.preview;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Playback without a display: the test moves the clock and delivers loaded frames itself, in the orders a busy
 * machine can produce, and checks what is on screen, what is asked of the loader and when the player wants waking.
 */
class PlayerTest {
    /** 20 frames of 100 ms: {@link TestClips#blocks()} at its own 10 fps. */
    private static final Timing TIMING = Timing.of(TestClips.blocks(), Optional.empty());
    private static final long FRAME = 100_000_000L;
    private static final BufferedImage PIXEL = new BufferedImage(1, 1, BufferedImage.TYPE_INT_ARGB);

    private final ManualClock clock = new ManualClock();
    private final Loader loader = new Loader();
    private final List<Integer> screen = new ArrayList<>();
    private final Player player = new Player(TIMING, clock, loader, p -> screen.add(p.index()));

    @Test
    void showsEachFrameForItsDurationInTurnAndLoops() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        assertThat(clock.pending()).hasValue(FRAME);
        clock.advance(FRAME - 1);
        assertThat(shown()).isZero();
        clock.advance(1);
        assertThat(shown()).isEqualTo(1);
        clock.advance(19 * FRAME);
        assertThat(screen).containsExactlyElementsOf(IntStream.rangeClosed(0, 20).map(i -> i % 20).boxed().toList());
        assertThat(clock.pending()).hasValue(21 * FRAME);
    }

    @Test
    void theLastFrameShowsForWhatIsLeftOfTheClip() {
        Timing short5 = Timing.of(TestClips.blocks().subclip(0, 1.05), Optional.of(dev.jiffy.time.FrameRate.of(4)));
        Player p = new Player(short5, clock, loader, picture -> screen.add(picture.index()));
        loader.loadAll(false);
        p.seek(4);
        p.play();
        assertThat(clock.pending()).hasValue(50_000_000L);
        clock.advance(50_000_000L);
        assertThat(p.shown().index()).isZero();
        assertThat(clock.pending()).hasValue(300_000_000L);
    }

    @Test
    void pausedNothingMovesAndPlayResumesAFrameLater() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        clock.advance(FRAME);
        player.pause();
        assertThat(clock.pending()).isEmpty();
        clock.advance(10 * FRAME);
        assertThat(shown()).isEqualTo(1);
        player.play();
        assertThat(clock.pending()).hasValue(11 * FRAME + FRAME);
        clock.advance(FRAME);
        assertThat(shown()).isEqualTo(2);
    }

    @Test
    void aLateFrameIsAskedForAndWaitedForNotSkipped() {
        loader.load(0, false);
        loader.load(1, false);
        player.seek(0);
        player.play();
        clock.advance(2 * FRAME);
        assertThat(screen).containsExactly(0, 1);
        assertThat(loader.requests).endsWith(key(2, false));
        assertThat(player.wanted()).isEqualTo(2);
        assertThat(clock.pending()).as("nothing to wake for until frame 2 arrives").isEmpty();

        clock.advance(5 * FRAME);
        assertThat(shown()).isEqualTo(1);
        player.arrived(loader.load(2, false));
        assertThat(shown()).isEqualTo(2);
        assertThat(player.playing()).isTrue();
        assertThat(clock.pending()).as("a frame's duration after it arrived").hasValue(7 * FRAME + FRAME);
        assertThat(loader.requests).endsWith(key(3, false));
    }

    @Test
    void aFrameWhoseArrivalWasHeardBeforeItWasDueStillShowsWhenDue() {
        loader.load(0, false);
        player.seek(0);
        player.play();
        // the loader puts frame 1 in the cache and its notice is handled while frame 0 is still showing
        player.arrived(loader.load(1, false));
        assertThat(shown()).isZero();
        clock.advance(FRAME);
        assertThat(shown()).isEqualTo(1);
        assertThat(clock.pending()).hasValue(2 * FRAME);
    }

    @Test
    void aTickThatRingsLateKeepsThePaceOrRestartsItFromNow() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        clock.jump(FRAME + 30_000_000L); // the event thread was busy: the call rings 30 ms late
        clock.advance(0);
        assertThat(shown()).isEqualTo(1);
        assertThat(clock.pending()).as("on the clip's pace").hasValue(2 * FRAME);
        clock.jump(FRAME + 250_000_000L); // far behind: no burst of frames to catch up
        clock.advance(0);
        assertThat(shown()).isEqualTo(2);
        assertThat(clock.pending()).as("a frame's duration from now").hasValue(clock.nanos() + FRAME);
    }

    @Test
    void aSeekWhilePlayingShowsTheFrameAskedForWhenItArrives() {
        for (int i = 0; i < 4; i++) {
            loader.load(i, false);
        }
        player.seek(0);
        player.play();
        player.seek(10);
        assertThat(loader.requests).endsWith(key(10, false));
        clock.advance(3 * FRAME);
        assertThat(screen).as("playback does not move on from the frame left behind").containsExactly(0);
        player.arrived(loader.load(10, false));
        assertThat(shown()).isEqualTo(10);
        player.arrived(loader.load(11, false));
        clock.advance(FRAME);
        assertThat(screen).containsExactly(0, 10, 11);
    }

    @Test
    void stepsPauseAndWrapAround() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        player.step(-1);
        assertThat(player.playing()).isFalse();
        assertThat(shown()).isEqualTo(19);
        assertThat(clock.pending()).isEmpty();
        player.step(1);
        player.step(1);
        assertThat(screen).containsExactly(0, 19, 0, 1);
    }

    @Test
    void stepsCountFromTheFrameOnItsWayNotTheOneOnScreen() {
        loader.load(0, false);
        player.seek(0);
        player.step(1);
        player.step(1);
        assertThat(player.wanted()).isEqualTo(2);
        assertThat(loader.requests).endsWith(key(2, false));
        player.arrived(loader.load(1, false)); // no longer wanted
        assertThat(screen).containsExactly(0);
        player.arrived(loader.load(2, false));
        assertThat(screen).containsExactly(0, 2);
    }

    @Test
    void theGifViewReplacesThePictureWhenItArrives() {
        loader.loadAll(false);
        player.seek(3);
        player.showAsGif(true);
        assertThat(loader.requests).endsWith(key(3, true));
        assertThat(player.shown().asGif()).as("the plain picture stays meanwhile").isFalse();
        player.arrived(loader.load(4, true));
        assertThat(player.shown().asGif()).isFalse();
        player.arrived(loader.load(3, true));
        assertThat(player.shown().index()).isEqualTo(3);
        assertThat(player.shown().asGif()).isTrue();
        player.showAsGif(false);
        assertThat(player.shown().asGif()).as("the plain view is loaded").isFalse();
    }

    @Test
    void scrubbingHoldsPlaybackUntilTheSliderIsLetGo() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        player.scrub(5);
        player.scrub(6);
        assertThat(clock.pending()).isEmpty();
        clock.advance(10 * FRAME);
        assertThat(shown()).isEqualTo(6);
        player.seek(7);
        assertThat(player.playing()).isTrue();
        assertThat(clock.pending()).hasValue(10 * FRAME + FRAME);
    }

    @Test
    void aStoppedPlayerDoesNotPlayAgain() {
        loader.loadAll(false);
        player.seek(0);
        player.play();
        player.stop();
        player.play();
        player.toggle();
        assertThat(player.playing()).isFalse();
        assertThat(clock.pending()).isEmpty();
        clock.advance(5 * FRAME);
        assertThat(screen).containsExactly(0);
    }

    @Test
    void startedPlayingItShowsTheFirstFrameWhenItArrivesAndGoesOnFromThere() {
        player.seek(0);
        player.play();
        assertThat(loader.requests).containsExactly(key(0, false));
        assertThat(clock.pending()).isEmpty();
        clock.advance(3 * FRAME);
        player.arrived(loader.load(0, false));
        assertThat(screen).containsExactly(0);
        assertThat(loader.requests).endsWith(key(1, false));
        assertThat(clock.pending()).hasValue(4 * FRAME);
    }

    private int shown() {
        return player.shown().index();
    }

    private static long key(int index, boolean asGif) {
        return index * 2L + (asGif ? 1 : 0);
    }

    /** The cache and loader as the player sees them: frames are loaded when the test says so. */
    private static final class Loader implements Player.Frames {
        final Map<Long, Picture> loaded = new HashMap<>();
        final List<Long> requests = new ArrayList<>();

        Picture load(int index, boolean asGif) {
            Picture p = new Picture(index, asGif, PIXEL, PIXEL);
            loaded.put(key(index, asGif), p);
            return p;
        }

        void loadAll(boolean asGif) {
            for (int i = 0; i < TIMING.count(); i++) {
                load(i, asGif);
            }
        }

        @Override
        public Picture get(int index, boolean asGif) {
            return loaded.get(key(index, asGif));
        }

        @Override
        public void request(int index, boolean asGif) {
            requests.add(key(index, asGif));
        }
    }
}
