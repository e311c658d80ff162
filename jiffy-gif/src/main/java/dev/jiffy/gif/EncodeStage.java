package dev.jiffy.gif;

import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.optimize.Screen;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The last stage: frames in order, each encoded against the screen (see {@link FrameEncoder}), written and flushed,
 * so the caller's stream gets each frame as soon as it is final; then the trailer. Gives each frame's buffer back.
 */
final class EncodeStage implements Sink<MappedFrame> {
    private final FrameEncoder encoder;
    private final OutputStream out;
    private final FrameBuffers buffers;
    private final StageControl control;
    /** Frames encoded so far (read by other stages under the control's monitor). */
    private int encoded;

    EncodeStage(FrameEncoder encoder, OutputStream out, FrameBuffers buffers, StageControl control) {
        this.encoder = encoder;
        this.out = out;
        this.buffers = buffers;
        this.control = control;
    }

    @Override
    public void accept(MappedFrame frame) throws IOException {
        if (control.stopped()) {
            return;
        }
        encoder.write(out, frame);
        out.flush();
        buffers.give(frame.frame().argb());
        synchronized (control) {
            encoded++;
            control.signal();
        }
    }

    @Override
    public void finish() throws IOException {
        if (control.stopped()) {
            return;
        }
        if (encoder.framesWritten() == 0) {
            encoder.writeEmptyHeader(out);
        }
        Trailer.write(out);
        out.flush();
    }

    /** Frames encoded so far. */
    int encoded() {
        synchronized (control) {
            return encoded;
        }
    }

    /** Waits until {@code count} frames are encoded. */
    void awaitEncoded(int count) throws IOException {
        control.await(() -> encoded >= count);
    }

    /** The encoder's screen: read it only while this stage is idle (see {@link #awaitEncoded}). */
    Screen screen() {
        return encoder.screen();
    }

    /** GIF image frames written so far. */
    int framesWritten() {
        synchronized (control) {
            return encoder.framesWritten();
        }
    }
}
