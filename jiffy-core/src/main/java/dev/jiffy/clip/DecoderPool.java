package dev.jiffy.clip;

import dev.jiffy.JiffyException;
import dev.jiffy.image.Size;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The decoders of one open video, shared by the {@link VideoFileClip} that opened it and every resized view of it,
 * pooled by the size they decode at.
 *
 * <p>A decoder holds native memory (libavcodec's reference frames, libswscale's buffers: about 9 MB for the 1280x720
 * sample) that the garbage collector neither sees nor frees, so decoders must not pile up. A view made per
 * {@code resize} and read once (the {@code --max-size} search makes one per try) used to keep its decoder until the
 * video was closed: reading {@code video.resizeToWidth(160).frame(1.0)} in a loop took the RSS to 538 MB after 50
 * views and 975 MB after 100, then failed to allocate; with the pool it stays at 145 MB over 200 views (-Xmx256m).
 * Here a decoder handed back goes to one list of idle decoders,
 * most recently used last; beyond {@link #maxIdle} the least recently used is closed. So at most
 * {@code maxIdle} decoders are open besides those being read, whatever the number of views and sizes.
 */
final class DecoderPool implements AutoCloseable {
    private final MediaSource source;
    /**
     * Idle decoders kept: as many as threads that read at once (the renderer's workers and a feeder), so that a
     * parallel render reuses its decoders from frame to frame instead of reopening (and seeking) one per frame.
     */
    private final int maxIdle;
    /** Least recently used first. */
    private final List<Decoder> idle = new ArrayList<>();
    private int open;
    private int borrowed;
    private boolean closed;

    DecoderPool(MediaSource source, int maxIdle) {
        if (maxIdle < 1) {
            throw new IllegalArgumentException("a decoder pool must keep at least 1 idle decoder, got " + maxIdle);
        }
        this.source = source;
        this.maxIdle = maxIdle;
    }

    /** A pool keeping as many idle decoders as this machine has processors (at least 2). */
    static DecoderPool of(MediaSource source) {
        return new DecoderPool(source, Math.max(2, Runtime.getRuntime().availableProcessors()));
    }

    /** The opened video the decoders read. */
    MediaSource source() {
        return source;
    }

    /** A decoder of frames at {@code size}: the idle one positioned closest before {@code t}, else a new one. */
    synchronized Decoder borrow(Size size, double t) {
        if (closed) {
            throw new JiffyException("video " + source.info().file() + " is closed");
        }
        Decoder best = null;
        for (Decoder d : idle) {
            if (!d.size.equals(size)) {
                continue;
            }
            boolean before = d.position <= t;
            if (best == null || (before && (!(best.position <= t) || d.position > best.position))) {
                best = d;
            }
        }
        if (best != null) {
            idle.remove(best);
        } else {
            best = new Decoder(size, size.equals(source.info().size()) ? source.openCursor() : source.openCursor(size));
            open++;
        }
        borrowed++;
        return best;
    }

    /** Takes back a decoder after a read; closes it (or the least recently used idle one) if too many are idle. */
    synchronized void giveBack(Decoder decoder) {
        borrowed--;
        if (closed) {
            close(decoder);
            if (borrowed == 0) {
                source.close();
            }
            return;
        }
        idle.add(decoder);
        while (idle.size() > maxIdle) {
            close(idle.remove(0));
        }
    }

    /** Decoders open now, idle or being read: a diagnostic for tests, since their memory is invisible to the heap. */
    synchronized int openDecoders() {
        return open;
    }

    /** Closes the idle decoders and the source; a read in progress on another thread closes them when it ends. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (Decoder d : idle) {
            close(d);
        }
        idle.clear();
        if (borrowed == 0) {
            source.close();
        }
    }

    private void close(Decoder decoder) {
        decoder.cursor.close();
        open--;
    }

    /** A cursor, the size it decodes at, and the last time it was read at (NaN when unknown). */
    static final class Decoder {
        final Size size;
        final FrameCursor cursor;
        double position = Double.NaN;

        private Decoder(Size size, FrameCursor cursor) {
            this.size = size;
            this.cursor = cursor;
        }
    }
}
