package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.av_index_search_timestamp;
import static org.bytedeco.ffmpeg.global.avformat.avformat_index_get_entry;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;

import dev.jiffy.MediaException;
import dev.jiffy.TruncatedMediaException;
import dev.jiffy.image.Frame;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import org.bytedeco.ffmpeg.avformat.AVIndexEntry;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * Frame-accurate random access to one video stream, with its own demuxer, decoder and converter.
 *
 * <p>It keeps two decoded pictures: the current one (the last whose timestamp is at or before the last time asked
 * for) and the one after it. Reading forwards only decodes forwards; going back, or far enough ahead that a keyframe
 * lies between, seeks to the keyframe before the time and decodes forward from there, seeking further back if the
 * demuxer lands after it. Only the picture returned is converted to RGB, once.
 *
 * <p>Methods are synchronized only so that {@link FfmpegSource#close()} can close a cursor safely while another thread
 * reads from it; a cursor is meant for one thread at a time.
 */
final class FfmpegCursor implements FrameCursor {
    /** Seek ahead only if that skips at least this much decoding (seconds). */
    private static final double FAR_AHEAD = 0.5;
    /** Without a keyframe index, seek ahead only for jumps longer than this (seconds). */
    private static final double FAR_AHEAD_WITHOUT_INDEX = 5.0;
    /** When a seek lands after the time wanted, try again this much earlier (seconds), doubling each time. */
    private static final double FIRST_STEP_BACK = 1.0;

    private final FfmpegSource source;
    private final MediaInfo info;
    private final StreamTiming timing;
    private final double slack;
    private MediaInput input;
    private VideoDecoder decoder;
    private RgbConverter converter;
    private AVFrame current;
    private AVFrame following;

    private boolean hasCurrent;
    private boolean hasFollowing;
    private double currentTime;
    private double followingTime;
    /** Whether {@link #current} is the first picture of the stream (so times before it show it too). */
    private boolean currentIsFirst;
    private boolean neverRead = true;
    /** Seconds between the two pictures read last in order (0 after a seek): a guess at how long the last one lasts. */
    private double lastGap;
    private long lastPts = AV_NOPTS_VALUE;
    private Frame currentRgb;
    /**
     * The current picture converted for {@link #copyFrameAt} (while {@link #currentConverted}): a GIF at a higher rate
     * than the video's asks for a picture more than once, and copying it again is cheaper than converting it again.
     * One array, reused from picture to picture and never handed out.
     */
    private int[] currentPixels;
    private boolean currentConverted;
    private boolean closed;

    private int seeks;
    private long decoded;

    FfmpegCursor(FfmpegSource source, MediaInfo info, StreamTiming timing, FfmpegSource.RgbSpec spec) {
        this.source = source;
        this.info = info;
        this.timing = timing;
        this.slack = timing.slack();
        try {
            input = MediaInput.open(info.file());
            decoder = new VideoDecoder(input);
            converter = new RgbConverter(info.file(), spec.unrotatedSize().width(), spec.unrotatedSize().height(),
                    spec.orientation(), spec.colorspace(), spec.colorRange(),
                    spec.lanczos() ? RgbConverter.RESIZE_FLAGS : RgbConverter.SCALE_FLAGS);
            current = allocateFrame();
            following = allocateFrame();
        } catch (RuntimeException e) {
            release();
            throw e;
        }
    }

    private AVFrame allocateFrame() {
        AVFrame frame = av_frame_alloc();
        if (frame == null) {
            throw new MediaException("out of memory reading " + info.file() + " (av_frame_alloc returned NULL)");
        }
        return frame;
    }

    @Override
    public synchronized Frame frameAt(double t) {
        moveTo(t);
        if (currentRgb == null) {
            int w = converter.outputWidth();
            int h = converter.outputHeight();
            currentRgb = currentConverted ? Frame.of(w, h, currentPixels)
                    : Frame.wrap(w, h, converter.convert(current));
        }
        return currentRgb;
    }

    /**
     * The picture at {@code t}, converted into the cursor's own array and copied into {@code dest} (or copied from the
     * frame made for it, if one was asked for). A render then allocates no 0.9 MB frame per picture: case b made 225 MB
     * of them, half of all its allocation.
     */
    @Override
    public synchronized void copyFrameAt(double t, int[] dest) {
        moveTo(t);
        int pixels = converter.outputWidth() * converter.outputHeight();
        if (dest.length < pixels) {
            throw new IllegalArgumentException("destination holds " + dest.length + " pixels, a frame of " + info.file()
                    + " has " + pixels);
        }
        if (currentRgb != null) {
            currentRgb.copyTo(dest);
            return;
        }
        if (!currentConverted) {
            if (currentPixels == null || currentPixels.length != pixels) {
                currentPixels = new int[pixels];
            }
            converter.convert(current, currentPixels);
            currentConverted = true;
        }
        System.arraycopy(currentPixels, 0, dest, 0, pixels);
    }

    /** The current picture changed (or there is none): its conversions are of another. */
    private void forgetConversions() {
        currentRgb = null;
        currentConverted = false;
    }

    /** Makes the picture showing at {@code t} the current one (decoding forwards, or seeking). */
    private void moveTo(double t) {
        if (closed) {
            throw new IllegalStateException("the frame cursor for " + info.file() + " is closed");
        }
        if (!(t >= 0)) {
            throw new IllegalArgumentException("time " + seconds(t) + " is negative (videos start at 0.0 s)");
        }
        if (t >= info.duration()) {
            throw new IllegalArgumentException("time " + seconds(t) + " is past the end of the video ("
                    + seconds(info.duration()) + ")");
        }
        double limit = t + slack;
        if (!hasCurrent) {
            if (neverRead) {
                startWhereTheInputIs();
            } else {
                seekFor(limit);
            }
        }
        if (currentTime > limit ? !currentIsFirst : worthSeekingAhead(t, limit)) {
            seekFor(limit);
        }
        while (hasFollowing && followingTime <= limit) {
            advance();
        }
        if (!hasFollowing) {
            endedEarly(t);
        }
    }

    private void startWhereTheInputIs() {
        neverRead = false;
        hasCurrent = decode(current);
        if (!hasCurrent) {
            throw FfmpegSource.corrupt(info.file(), input, decoder);
        }
        currentTime = timing.seconds(lastPts);
        currentIsFirst = true;
        decodeFollowing();
    }

    private void decodeFollowing() {
        hasFollowing = decode(following);
        if (hasFollowing) {
            followingTime = timing.seconds(lastPts);
        }
    }

    private void advance() {
        lastGap = followingTime - currentTime;
        AVFrame spare = current;
        current = following;
        following = spare;
        currentTime = followingTime;
        currentIsFirst = false;
        forgetConversions();
        decodeFollowing();
    }

    /**
     * Throws if t lies past the last picture by more than half a frame (the rounding of container durations): the stream ended before the duration its header
     * claims (a truncated Matroska or WebM file still says 10 s when cut at 1 s), and holding the last picture for
     * the rest would make a silently wrong GIF.
     */
    private void endedEarly(double t) {
        double period = 1 / info.frameRate().toDouble();
        // How long the last picture lasts: its own duration where the container keeps one, else (Matroska often
        // does not) as long as the one before it, so a variable-rate video's long last frame is not taken for a cut.
        double span = Math.max(current.duration() * timing.tick(), lastGap);
        if (!(span > 0)) {
            span = period;
        }
        double end = currentTime + span;
        if (t >= end + period / 2) {
            throw new TruncatedMediaException(info.file(), end, info.duration());
        }
    }

    /** Decodes the next picture into {@code frame}, its (monotonic) timestamp into {@link #lastPts}. */
    private boolean decode(AVFrame frame) {
        if (!decoder.next(frame)) {
            return false;
        }
        decoded++;
        long ts = FfmpegSource.timestampOf(frame);
        if (ts == AV_NOPTS_VALUE) {
            ts = lastPts == AV_NOPTS_VALUE ? timing.startPts() : lastPts + Math.max(1, frame.duration());
        } else if (lastPts != AV_NOPTS_VALUE && ts < lastPts) {
            ts = lastPts; // broken timestamps going backwards: keep pictures in the order they come
        }
        lastPts = ts;
        return true;
    }

    /** Whether a keyframe lies far enough between the following picture and t that seeking beats decoding. */
    private boolean worthSeekingAhead(double t, double limit) {
        if (!hasFollowing || followingTime > limit || t - followingTime < FAR_AHEAD) {
            return false;
        }
        int i = av_index_search_timestamp(input.stream(), timing.pts(limit), AVSEEK_FLAG_BACKWARD);
        if (i >= 0) {
            AVIndexEntry keyframe = avformat_index_get_entry(input.stream(), i);
            if (keyframe != null && !keyframe.isNull()) {
                return timing.seconds(keyframe.timestamp()) - followingTime >= FAR_AHEAD;
            }
        }
        return t - followingTime >= FAR_AHEAD_WITHOUT_INDEX;
    }

    /**
     * Positions {@link #current} at or before {@code limit}: seeks to the keyframe before it; if the demuxer lands after
     * it (MP4 indexes keyframes by decoding time, which is earlier than their presentation time when there are
     * B-frames) seeks again just before the keyframe it landed on; if that fails too, or nothing decodes there (a
     * truncated file), steps back 1 s, 2 s, 4 s... to the start.
     */
    private void seekFor(double limit) {
        long seekPts = timing.pts(limit);
        double stepBack = FIRST_STEP_BACK;
        for (int attempt = 0; ; attempt++) {
            boolean atStart = seekPts <= timing.startPts();
            seeks++;
            boolean positioned = input.seek(atStart ? timing.startPts() : seekPts);
            decoder.flush();
            hasCurrent = false;
            hasFollowing = false;
            forgetConversions();
            lastPts = AV_NOPTS_VALUE;
            lastGap = 0;
            if (positioned) {
                hasCurrent = decode(current);
                if (hasCurrent) {
                    currentTime = timing.seconds(lastPts);
                    if (currentTime <= limit || atStart) {
                        currentIsFirst = atStart;
                        decodeFollowing();
                        return;
                    }
                }
            }
            if (atStart) {
                if (!positioned) {
                    throw new MediaException("cannot seek back to the start of " + info.file()
                            + " (av_seek_frame and avformat_seek_file failed)");
                }
                throw FfmpegSource.corrupt(info.file(), input, decoder);
            }
            long earlier = seekPts - Math.max(1, timing.pts(stepBack) - timing.startPts());
            long landed = input.firstTimestampSinceSeek();
            if (hasCurrent && landed != AV_NOPTS_VALUE && landed <= seekPts) {
                earlier = attempt == 0 ? landed - 1 : Math.min(landed - 1, earlier);
            }
            if (attempt > 0 || !hasCurrent) {
                stepBack *= 2;
            }
            seekPts = Math.max(timing.startPts(), earlier);
        }
    }

    private static String seconds(double t) {
        if (Double.isNaN(t) || Double.isInfinite(t)) {
            return t + " s";
        }
        BigDecimal d = BigDecimal.valueOf(t).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros();
        return (d.scale() < 1 ? d.setScale(1) : d).toPlainString() + " s";
    }

    /** Seeks done so far (for tests: reading forwards must not seek). */
    synchronized int seekCount() {
        return seeks;
    }

    /** Pictures decoded so far. */
    synchronized long decodedCount() {
        return decoded;
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            release();
        }
        source.forget(this);
    }

    private void release() {
        if (current != null) {
            av_frame_free(current);
            current = null;
        }
        if (following != null) {
            av_frame_free(following);
            following = null;
        }
        if (converter != null) {
            converter.close();
            converter = null;
        }
        if (decoder != null) {
            decoder.close();
            decoder = null;
        }
        if (input != null) {
            input.close();
            input = null;
        }
        hasCurrent = false;
        hasFollowing = false;
        forgetConversions();
        currentPixels = null;
    }
}
