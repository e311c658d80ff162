package dev.jiffy.source;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Resizer;
import dev.jiffy.image.Size;
import java.util.List;

/**
 * An opened media file. Owns native resources: close it when done. Cursors opened from it are independent
 * (each has its own decoder), so several threads can read at once with one cursor each.
 */
public interface MediaSource extends AutoCloseable {
    /**
     * What the file holds, probed when it was opened: size, frame rate, duration, codec.
     *
     * @return the stream's description
     */
    MediaInfo info();

    /**
     * A new cursor positioned at the start.
     *
     * @return a cursor with its own decoder, owned by the caller, who closes it
     */
    FrameCursor openCursor();

    /**
     * A new cursor whose frames are scaled to {@code size} (display orientation) with 3-lobe Lanczos, the same
     * frames at the same times as {@link #openCursor()} otherwise. Decoders that can scale while converting (FFmpeg's
     * libswscale) override this: that is much cheaper than converting at full size and resizing afterwards.
     *
     * @param size the size every frame is scaled to (Lanczos)
     * @return a cursor with its own decoder, owned by the caller, who closes it
     */
    default FrameCursor openCursor(Size size) {
        FrameCursor cursor = openCursor();
        if (size.equals(info().size())) {
            return cursor;
        }
        Resizer resizer = new Resizer(info().size(), size, Resampling.LANCZOS3);
        return new FrameCursor() {
            @Override
            public Frame frameAt(double t) {
                return resizer.resize(cursor.frameAt(t));
            }

            @Override
            public void close() {
                cursor.close();
            }
        };
    }

    /**
     * The compressed pictures that show from {@code from} to {@code to} seconds, in the order they show, read
     * without decoding them (a cheap measure of where the picture changes: see {@link CodedPicture}). Sources that
     * cannot tell (they hold no compressed stream) return an empty list, which is this default.
     *
     * @param from start, seconds from the start of the stream
     * @param to   end, seconds from the start of the stream (not before {@code from})
     * @return the pictures showing in {@code [from, to]}, by time; empty if this source cannot tell
     * @throws IllegalArgumentException if {@code to} is before {@code from} or either is not a number
     */
    default List<CodedPicture> codedPictures(double from, double to) {
        if (!(to >= from)) {
            throw new IllegalArgumentException("the end " + to + " s must not be before the start " + from + " s");
        }
        return List.of();
    }

    @Override
    void close();
}
