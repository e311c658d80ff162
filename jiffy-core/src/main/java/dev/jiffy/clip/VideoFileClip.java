package dev.jiffy.clip;

import dev.jiffy.JiffyException;
import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The video stream of a file, as a clip. Holds the decoder: close it (try-with-resources) when done; clips derived
 * from it stop working once it is closed.
 *
 * <p>Each reading thread borrows a decoder cursor; the cursor positioned closest before the requested time is
 * preferred, so a sequential read never seeks and the frame returned for a time never depends on earlier reads.
 */
public final class VideoFileClip implements Clip, AutoCloseable {
    private final MediaSource source;
    private final MediaInfo info;
    /** The size frames are decoded at, or null for the video's own size. */
    private final Size decodedSize;
    /** False for a view made by {@link #decodedAt}: the clip it came from owns (and closes) the source. */
    private final boolean ownsSource;
    private final List<PooledCursor> idle = new ArrayList<>();
    private int borrowed;
    private boolean closed;

    private VideoFileClip(MediaSource source) {
        this(source, null, true);
    }

    private VideoFileClip(MediaSource source, Size decodedSize, boolean ownsSource) {
        this.source = source;
        this.info = source.info();
        this.decodedSize = decodedSize;
        this.ownsSource = ownsSource;
    }

    /**
     * The same video with frames scaled to {@code size} (Lanczos) by the decoder as it converts them to RGB, which is
     * much cheaper than resizing full-size frames. Shares this clip's decoder: closing this clip closes the view too.
     */
    Clip decodedAt(Size size) {
        return size.equals(info.size()) ? this : new VideoFileClip(source, size, false);
    }

    /**
     * Opens a video file; close the clip to release its decoder.
     *
     * @param file a video file FFmpeg can read (MP4, MOV, WebM, MKV, AVI, ...)
     * @return the clip, owning the decoder
     * @throws dev.jiffy.MediaException if the file is missing, unreadable or not a video
     * @throws dev.jiffy.JiffyException if no decoder is on the class path (jiffy-ffmpeg is missing)
     */
    public static VideoFileClip open(Path file) {
        return new VideoFileClip(MediaSources.open(file));
    }

    /**
     * As {@link #open(Path)}, with the file given by name.
     *
     * @param file the video's path
     * @return the clip, owning the decoder
     */
    public static VideoFileClip open(String file) {
        return open(Path.of(file));
    }

    /**
     * What probing the file found: codec, frame rate, duration, sizes.
     *
     * @return the probe's findings, as they were when the file was opened
     */
    public MediaInfo info() {
        return info;
    }

    @Override
    public double duration() {
        return info.duration();
    }

    @Override
    public Size size() {
        return decodedSize != null ? decodedSize : info.size();
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.of(info.frameRate());
    }

    @Override
    public Frame frame(double t) {
        double local = Timeline.requireInClip(t, duration());
        // The end instant shows the last frame; the cursor's range is half-open.
        double query = Math.min(local, duration() - 2 * Timeline.EPSILON);
        PooledCursor cursor = borrow(query);
        try {
            Frame frame = cursor.cursor.frameAt(query);
            cursor.position = query;
            return frame;
        } catch (RuntimeException e) {
            cursor.position = Double.NaN;
            throw e;
        } finally {
            giveBack(cursor);
        }
    }

    private synchronized PooledCursor borrow(double t) {
        if (closed) {
            throw new JiffyException("video " + info.file() + " is closed");
        }
        PooledCursor best = null;
        for (PooledCursor c : idle) {
            boolean before = c.position <= t;
            if (best == null || (before && (!(best.position <= t) || c.position > best.position))) {
                best = c;
            }
        }
        if (best != null) {
            idle.remove(best);
        } else {
            best = new PooledCursor(decodedSize != null ? source.openCursor(decodedSize) : source.openCursor());
        }
        borrowed++;
        return best;
    }

    private synchronized void giveBack(PooledCursor cursor) {
        borrowed--;
        if (!closed) {
            idle.add(cursor);
            return;
        }
        cursor.cursor.close();
        if (borrowed == 0 && ownsSource) {
            source.close();
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        for (PooledCursor c : idle) {
            c.cursor.close();
        }
        idle.clear();
        // A thread still reading closes the source when it hands its cursor back.
        if (borrowed == 0 && ownsSource) {
            source.close();
        }
    }

    @Override
    public String toString() {
        return "VideoFileClip[" + info.file() + ", " + size() + ", " + info.frameRate() + " fps, " + duration() + " s]";
    }

    /** A cursor and the last time it was read at (NaN when unknown). */
    private static final class PooledCursor {
        final FrameCursor cursor;
        double position = Double.NaN;

        PooledCursor(FrameCursor cursor) {
            this.cursor = cursor;
        }
    }
}
