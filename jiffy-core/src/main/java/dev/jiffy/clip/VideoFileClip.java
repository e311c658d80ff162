package dev.jiffy.clip;

import dev.jiffy.image.Frame;
import dev.jiffy.image.Size;
import dev.jiffy.source.CodedPicture;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.source.MediaSources;
import dev.jiffy.time.FrameRate;
import dev.jiffy.time.Timeline;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The video stream of a file, as a clip. Holds the decoder: close it (try-with-resources) when done; clips derived
 * from it stop working once it is closed.
 *
 * <p>Each reading thread borrows a decoder cursor; the cursor positioned closest before the requested time is
 * preferred, so a sequential read never seeks and the frame returned for a time never depends on earlier reads.
 */
public final class VideoFileClip implements Clip, AutoCloseable {
    private final DecoderPool decoders;
    private final MediaInfo info;
    /** The size frames are decoded at: the video's own, or another for a view made by {@link #decodedAt}. */
    private final Size decodedSize;

    private VideoFileClip(DecoderPool decoders, MediaInfo info, Size decodedSize) {
        this.decoders = decoders;
        this.info = info;
        this.decodedSize = decodedSize;
    }

    /** A clip of the video {@code source} has opened; closing the clip closes the source. */
    static VideoFileClip of(MediaSource source) {
        return new VideoFileClip(DecoderPool.of(source), source.info(), source.info().size());
    }

    /**
     * The same video with frames scaled to {@code size} (Lanczos) by the decoder as it converts them to RGB, which is
     * much cheaper than resizing full-size frames. Shares this clip's decoders: closing this clip closes the view too,
     * and making and dropping views costs no native memory beyond the pool's few idle decoders.
     */
    Clip decodedAt(Size size) {
        return size.equals(decodedSize) ? this : new VideoFileClip(decoders, info, size);
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
        return of(MediaSources.open(Objects.requireNonNull(file, "file")));
    }

    /**
     * As {@link #open(Path)}, with the file given by name.
     *
     * @param file the video's path
     * @return the clip, owning the decoder
     */
    public static VideoFileClip open(String file) {
        return open(Path.of(Objects.requireNonNull(file, "file")));
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
        return decodedSize;
    }

    @Override
    public Optional<FrameRate> fps() {
        return Optional.of(info.frameRate());
    }

    @Override
    public Frame frame(double t) {
        double query = cursorTime(t);
        Frame[] frame = new Frame[1];
        read(query, cursor -> frame[0] = cursor.frameAt(query));
        return frame[0];
    }

    /**
     * The picture copied into {@code dest} with no frame made for it (see {@link FrameCursor#copyFrameAt}): what a
     * render asks for.
     */
    @Override
    public void copyFrame(double t, int[] dest) {
        double query = cursorTime(t);
        read(query, cursor -> cursor.copyFrameAt(query, dest));
    }

    /** Where a cursor reads the frame at {@code t}: the end instant shows the last frame (its range is half-open). */
    private double cursorTime(double t) {
        return Math.min(Timeline.requireInClip(t, duration()), duration() - 2 * Timeline.EPSILON);
    }

    /** Reads at {@code query} with a decoder borrowed for it, which then knows where it is. */
    private void read(double query, Consumer<FrameCursor> reading) {
        DecoderPool.Decoder decoder = decoders.borrow(decodedSize, query);
        try {
            reading.accept(decoder.cursor);
            decoder.position = query;
        } catch (RuntimeException e) {
            decoder.position = Double.NaN;
            throw e;
        } finally {
            decoders.giveBack(decoder);
        }
    }

    /**
     * The video's compressed pictures that show from {@code from} to {@code to} seconds, by time, read without
     * decoding them: how many bytes the codec spent on each says where the picture changes much (see {@link
     * CodedPicture}). Costs a demuxer of its own reading that part of the file, not a decoder: 13 ms of processor
     * time for 4 s of the shared clips (up to 1080p), opening the file included, 1 % of a 320-480 px GIF of them.
     *
     * @param from start, seconds into the video
     * @param to   end, seconds into the video (not before {@code from})
     * @return the pictures, in the order they show; empty if the decoder cannot tell
     * @throws IllegalArgumentException if {@code to} is before {@code from}
     */
    public List<CodedPicture> codedPictures(double from, double to) {
        return decoders.source().codedPictures(from, to);
    }

    /** Native decoders open for this video and all its views (a diagnostic: their memory is not on the heap). */
    int openDecoders() {
        return decoders.openDecoders();
    }

    /** Closes the video's decoders, for this clip and every view of it; reading any of them afterwards fails. */
    @Override
    public void close() {
        decoders.close();
    }

    @Override
    public String toString() {
        return "VideoFileClip[" + info.file() + ", " + size() + ", " + info.frameRate() + " fps, " + duration() + " s]";
    }
}
