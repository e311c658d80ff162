package dev.jiffy.source;

/**
 * An opened media file. Owns native resources: close it when done. Cursors opened from it are independent
 * (each has its own decoder), so several threads can read at once with one cursor each.
 */
public interface MediaSource extends AutoCloseable {
    MediaInfo info();

    /** A new cursor positioned at the start. */
    FrameCursor openCursor();

    @Override
    void close();
}
