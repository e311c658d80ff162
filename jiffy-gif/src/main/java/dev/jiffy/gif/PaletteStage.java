package dev.jiffy.gif;

import dev.jiffy.gif.quantize.Palette;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stage 1, with shared palettes ({@link PaletteMode#AUTO}, {@link PaletteMode#GLOBAL}): holds frames in the
 * {@link LookAhead} until its window is full, chooses their palettes, and hands them on in order. Once a global
 * palette is made, frames pass straight through.
 */
final class PaletteStage implements Sink<TimedFrame> {
    private final LookAhead lookAhead;
    private final Sink<TimedFrame> next;
    /** The frames in the look-ahead window, in order. */
    private final List<TimedFrame> waiting = new ArrayList<>();

    PaletteStage(LookAhead lookAhead, Sink<TimedFrame> next) {
        this.lookAhead = lookAhead;
        this.next = next;
    }

    @Override
    public void accept(TimedFrame frame) throws IOException {
        if (lookAhead.passThrough()) {
            next.accept(frame.withShared(lookAhead.globalPalette()));
            return;
        }
        lookAhead.add(frame.argb(), frame.end());
        waiting.add(frame);
        if (lookAhead.full()) {
            handOn();
        }
    }

    @Override
    public void finish() throws IOException {
        handOn();
        next.finish();
    }

    private void handOn() throws IOException {
        Palette[] palettes = lookAhead.seal();
        for (int i = 0; i < palettes.length; i++) {
            next.accept(waiting.get(i).withShared(palettes[i]));
        }
        waiting.clear();
    }
}
