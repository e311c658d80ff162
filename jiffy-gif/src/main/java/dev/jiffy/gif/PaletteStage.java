package dev.jiffy.gif;

import dev.jiffy.gif.quantize.Palette;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Stage 1, with shared palettes ({@link PaletteMode#AUTO}, {@link PaletteMode#GLOBAL}): holds frames in the
 * {@link LookAhead} until their scene ends (a cut) or its window is full, chooses their palettes, and hands them on in
 * order. Once a global palette is made, frames pass straight through.
 */
final class PaletteStage implements Sink<TimedFrame> {
    private final LookAhead lookAhead;
    private final Sink<TimedFrame> next;
    /** The frames held in the look-ahead window, in order. */
    private final Queue<TimedFrame> waiting = new ArrayDeque<>();

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
        waiting.add(frame);
        handOn(lookAhead.add(frame.argb(), frame.end())); // a cut: the scene before it goes on at once
        if (lookAhead.full()) {
            handOn(lookAhead.seal());
        }
    }

    @Override
    public void finish() throws IOException {
        handOn(lookAhead.seal());
        next.finish();
    }

    /** Hands on the first frames waiting, one per palette. */
    private void handOn(Palette[] palettes) throws IOException {
        for (Palette palette : palettes) {
            next.accept(waiting.remove().withShared(palette));
        }
    }
}
