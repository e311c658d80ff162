package dev.jiffy.source;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Resampling;
import dev.jiffy.image.Resizer;
import dev.jiffy.image.Size;

/**
 * An opened media file. Owns native resources: close it when done. Cursors opened from it are independent
 * (each has its own decoder), so several threads can read at once with one cursor each.
 */
public interface MediaSource extends AutoCloseable {
    MediaInfo info();

    /** A new cursor positioned at the start. */
    FrameCursor openCursor();

    /**
     * A new cursor whose frames are scaled to {@code size} (display orientation) with 3-lobe Lanczos, the same
     * frames at the same times as {@link #openCursor()} otherwise. Decoders that can scale while converting (FFmpeg's
     * libswscale) override this: that is much cheaper than converting at full size and resizing afterwards.
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

    @Override
    void close();
}
