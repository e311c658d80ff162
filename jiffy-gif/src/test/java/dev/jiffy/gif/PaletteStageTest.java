package dev.jiffy.gif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.jiffy.gif.quantize.Palette;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the look-ahead hands frames on: at a cut for the scene before it, or when its window is full or closed. */
class PaletteStageTest {
    private static final int W = 16;
    private static final int H = 8;

    /** The frames handed on so far, and whether the stage finished. */
    private static final class Received implements Sink<TimedFrame> {
        final List<TimedFrame> frames = new ArrayList<>();
        boolean finished;

        @Override
        public void accept(TimedFrame item) {
            frames.add(item);
        }

        @Override
        public void finish() {
            finished = true;
        }
    }

    private static TimedFrame flat(int rgb, int index) {
        int[] argb = new int[W * H];
        Arrays.fill(argb, 0xFF000000 | rgb);
        return new TimedFrame(argb, (index + 1) / 10.0, 10, null);
    }

    private static PaletteStage stage(PaletteMode mode, Received next) {
        GifOptions options = GifOptions.defaults().withPalette(mode);
        return new PaletteStage(new LookAhead(W, H, options, GifWriter.LOOK_AHEAD_SECONDS), next);
    }

    private static boolean holds(Palette palette, int rgb) {
        for (int i = 0; i < palette.size(); i++) {
            if ((palette.color(i) & 0xFFFFFF) == rgb) {
                return true;
            }
        }
        return false;
    }

    @Test
    void aCutHandsOnTheSceneBeforeItAtOnceWithItsOwnPalette() throws Exception {
        Received next = new Received();
        PaletteStage stage = stage(PaletteMode.AUTO, next);
        for (int i = 0; i < 3; i++) {
            stage.accept(flat(0xC00000, i));
        }
        assertThat(next.frames).as("a scene still going on waits").isEmpty();

        stage.accept(flat(0x0000C0, 3)); // every pixel to another colour: a cut
        assertThat(next.frames).hasSize(3);
        Palette red = next.frames.get(0).shared();
        assertThat(red).isNotNull();
        assertThat(holds(red, 0xC00000)).isTrue();
        assertThat(next.frames).allSatisfy(f -> assertThat(f.shared()).isSameAs(red));
        assertThat(next.frames).extracting(TimedFrame::end).containsExactly(0.1, 0.2, 0.3);

        stage.finish();
        assertThat(next.frames).hasSize(4);
        assertThat(holds(next.frames.get(3).shared(), 0x0000C0)).isTrue();
        assertThat(next.finished).isTrue();
    }

    @Test
    void aGlobalPaletteWaitsForTheWindowWhateverTheCuts() throws Exception {
        Received next = new Received();
        PaletteStage stage = stage(PaletteMode.GLOBAL, next);
        stage.accept(flat(0xC00000, 0));
        stage.accept(flat(0x0000C0, 1));
        assertThat(next.frames).as("one palette for the whole window: nothing can go before it is made").isEmpty();

        stage.finish();
        assertThat(next.frames).hasSize(2);
        Palette global = next.frames.get(0).shared();
        assertThat(next.frames.get(1).shared()).isSameAs(global);
        assertThat(holds(global, 0xC00000) && holds(global, 0x0000C0)).isTrue();
    }
}
