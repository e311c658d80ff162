package dev.jiffy.gif;

import dev.jiffy.gif.format.Trailer;
import dev.jiffy.gif.optimize.Screen;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * The last stage: frames in order, each encoded against the screen (see {@link FrameEncoder}), written and flushed,
 * so the caller's stream gets each frame as soon as it is final; then the trailer. Gives each frame's buffer back, and
 * tells the {@link WriteListener} the bytes and animation time written so far.
 */
final class EncodeStage implements Sink<MappedFrame> {
    private final FrameEncoder encoder;
    private final Counting out;
    private final FrameBuffers buffers;
    private final StageControl control;
    private final WriteListener written;
    /** Centiseconds of animation the frames written show (this stage's thread only). */
    private long centiseconds;
    /** Frames encoded so far (read by other stages under the control's monitor). */
    private int encoded;

    EncodeStage(FrameEncoder encoder, OutputStream out, FrameBuffers buffers, StageControl control,
            WriteListener written) {
        this.encoder = encoder;
        this.out = new Counting(out);
        this.buffers = buffers;
        this.control = control;
        this.written = written;
    }

    @Override
    public void accept(MappedFrame frame) throws IOException {
        if (control.stopped()) {
            return;
        }
        encoder.write(out, frame);
        out.flush();
        buffers.give(frame.frame().argb());
        buffers.giveBytes(frame.indices());
        buffers.giveBytes(frame.frame().plan().mask());
        centiseconds += frame.frame().delay();
        synchronized (control) {
            encoded++;
            control.signal();
        }
        tell();
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
        tell();
    }

    private void tell() {
        written.written(encoder.framesWritten(), centiseconds / 100.0, out.bytes);
    }

    /** Counts the bytes written through it (into the writer's buffer, which is flushed after each frame). */
    private static final class Counting extends FilterOutputStream {
        private long bytes;

        Counting(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
        }
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
