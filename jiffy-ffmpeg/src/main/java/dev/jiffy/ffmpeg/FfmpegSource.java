package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_get;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_DURATION_FROM_BITRATE;
import static org.bytedeco.ffmpeg.global.avformat.av_guess_sample_aspect_ratio;
import static org.bytedeco.ffmpeg.global.avutil.AV_FRAME_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.AV_TIME_BASE;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_side_data;

import dev.jiffy.MediaException;
import dev.jiffy.image.Size;
import dev.jiffy.source.CodedPicture;
import dev.jiffy.source.FrameCursor;
import dev.jiffy.source.MediaInfo;
import dev.jiffy.source.MediaSource;
import dev.jiffy.time.FrameRate;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVFrameSideData;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.IntPointer;

/**
 * A probed video file. Probing opens the file, reads its headers and decodes the first picture, then lets go of every
 * native resource: each {@link FfmpegCursor} opens the file again with its own demuxer and decoder. Closing the
 * source closes the cursors still open.
 */
final class FfmpegSource implements MediaSource {
    /** Packets read to measure the frame rate, of which the first (in presentation order) are used. */
    private static final int RATE_PACKETS_READ = 64;
    private static final int RATE_PACKETS_USED = 48;

    private final MediaInfo info;
    private final StreamTiming timing;
    private final Orientation orientation;
    private final Size unrotatedSize;
    private final int colorspace;
    private final int colorRange;
    private final Set<FfmpegCursor> cursors = new LinkedHashSet<>();
    private boolean closed;

    private FfmpegSource(MediaInfo info, StreamTiming timing, Orientation orientation, Size unrotatedSize,
                         int colorspace, int colorRange) {
        this.info = info;
        this.timing = timing;
        this.orientation = orientation;
        this.unrotatedSize = unrotatedSize;
        this.colorspace = colorspace;
        this.colorRange = colorRange;
    }

    /** Probes {@code file}. @throws MediaException if it is not a video FFmpeg can decode */
    static FfmpegSource open(Path file) {
        try (MediaInput input = MediaInput.open(file); VideoDecoder decoder = new VideoDecoder(input)) {
            AVFrame first = av_frame_alloc();
            if (first == null) {
                throw new MediaException("out of memory probing " + file + " (av_frame_alloc returned NULL)");
            }
            try {
                if (!decoder.next(first)) {
                    throw corrupt(file, input, decoder);
                }
                return probe(file, input, first);
            } finally {
                av_frame_free(first);
            }
        }
    }

    static MediaException corrupt(Path file, MediaInput input, VideoDecoder decoder) {
        String why = decoder.lastError() != null ? decoder.lastError()
                : input.lastReadError() != 0 ? "av_read_frame returned " + input.lastReadError() + ": "
                        + AvError.describe(input.lastReadError())
                : "the file ends before the first picture";
        return new MediaException("corrupt video, no picture can be decoded: " + file + " (" + why + ")");
    }

    private static FfmpegSource probe(Path file, MediaInput input, AVFrame first) {
        AVFormatContext format = input.format();
        AVStream stream = input.stream();
        AVCodecParameters parameters = stream.codecpar();
        AVRational timeBase = stream.time_base();
        long firstPts = timestampOf(first);
        long startPts = stream.start_time() != AV_NOPTS_VALUE ? stream.start_time()
                : firstPts != AV_NOPTS_VALUE ? firstPts : 0;
        StreamTiming timing = new StreamTiming(startPts, timeBase.num(), timeBase.den());

        double duration = duration(file, input, timing);
        FrameRate rate = frameRate(file, stream, timing, duration);
        long frameCount = stream.nb_frames() > 0 ? stream.nb_frames() : -1;

        int codedWidth = parameters.width() > 0 ? parameters.width() : first.width();
        int codedHeight = parameters.height() > 0 ? parameters.height() : first.height();
        AVRational guessedSar = av_guess_sample_aspect_ratio(format, stream, first);
        long sarNum = guessedSar.num();
        long sarDen = guessedSar.den();
        if (sarNum <= 0 || sarDen <= 0) {
            sarNum = 1;
            sarDen = 1;
        }
        long g = gcd(sarNum, sarDen);
        sarNum /= g;
        sarDen /= g;
        int squareWidth = sarNum == sarDen ? codedWidth
                : (int) Math.max(1, Math.min(Integer.MAX_VALUE / 8, Math.round((double) codedWidth * sarNum / sarDen)));
        Orientation orientation = Orientation.of(displayMatrix(parameters, first));
        Size unrotated = new Size(squareWidth, codedHeight);
        Size display = orientation.swapsAxes() ? new Size(codedHeight, squareWidth) : unrotated;

        MediaInfo info = new MediaInfo(file, format.iformat().name().getString(),
                avcodec_get_name(parameters.codec_id()).getString(), duration, rate, frameCount,
                new Size(codedWidth, codedHeight), display, orientation.rotation(), sarNum + ":" + sarDen);
        return new FfmpegSource(info, timing, orientation, unrotated, parameters.color_space(),
                parameters.color_range());
    }

    /** A decoded frame's timestamp: the decoder's best guess, else the packet's, else none. */
    static long timestampOf(AVFrame frame) {
        long ts = frame.best_effort_timestamp();
        return ts != AV_NOPTS_VALUE ? ts : frame.pts();
    }

    /**
     * End of the last frame, from the start of the stream: the stream's own duration, else the container's end, else
     * (no duration, or one guessed from the bit rate) the end of the last packet.
     */
    private static double duration(Path file, MediaInput input, StreamTiming timing) {
        AVStream stream = input.stream();
        AVFormatContext format = input.format();
        boolean guessed = format.duration_estimation_method() == AVFMT_DURATION_FROM_BITRATE;
        if (!guessed && stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
            return (double) stream.duration() * timing.timeBaseNum() / timing.timeBaseDen();
        }
        if (!guessed && format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
            double containerStart = format.start_time() != AV_NOPTS_VALUE ? (double) format.start_time() / AV_TIME_BASE : 0;
            double streamStart = (double) timing.startPts() * timing.timeBaseNum() / timing.timeBaseDen();
            double end = containerStart + (double) format.duration() / AV_TIME_BASE;
            if (end > streamStart) {
                return end - streamStart;
            }
        }
        return scannedDuration(file, input, timing);
    }

    /** Reads the rest of the stream's packets for the end of the last one. */
    private static double scannedDuration(Path file, MediaInput input, StreamTiming timing) {
        long end = Long.MIN_VALUE;
        long frameTicks = 0;
        for (AVPacket p = input.nextPacket(); p != null; p = input.nextPacket()) {
            if (p.pts() != AV_NOPTS_VALUE) {
                end = Math.max(end, p.pts() + Math.max(0, p.duration()));
                frameTicks = Math.max(frameTicks, p.duration());
            }
        }
        if (end == Long.MIN_VALUE || end <= timing.startPts()) {
            throw new MediaException("cannot tell the duration of the video in " + file
                    + " (neither the container nor its timestamps say)");
        }
        return timing.seconds(end);
    }

    private static FrameRate frameRate(Path file, AVStream stream, StreamTiming timing, double duration) {
        AVRational avg = stream.avg_frame_rate();
        if (FrameRates.plausible(avg.num(), avg.den())) {
            return new FrameRate(avg.num(), avg.den());
        }
        AVRational guess = stream.r_frame_rate();
        if (FrameRates.plausible(guess.num(), guess.den())) {
            return new FrameRate(guess.num(), guess.den());
        }
        FrameRate measured = measureFrameRate(file, timing);
        return measured != null ? measured : FrameRate.of(1 / duration); // a single picture lasting the whole video
    }

    /** The rate of the first packets' timestamps, read with a demuxer of its own. */
    private static FrameRate measureFrameRate(Path file, StreamTiming timing) {
        List<Long> pts = new ArrayList<>();
        try (MediaInput input = MediaInput.open(file)) {
            for (AVPacket p = input.nextPacket(); p != null && pts.size() < RATE_PACKETS_READ; p = input.nextPacket()) {
                if (p.pts() != AV_NOPTS_VALUE) {
                    pts.add(p.pts());
                }
            }
        }
        // Packets come in decoding order: the last few read may have skipped frames shown earlier.
        long[] sorted = pts.stream().mapToLong(Long::longValue).sorted().toArray();
        long[] used = sorted.length == RATE_PACKETS_READ ? java.util.Arrays.copyOf(sorted, RATE_PACKETS_USED) : sorted;
        return FrameRates.measure(used, timing.timeBaseNum(), timing.timeBaseDen());
    }

    /** The display matrix of the stream, else of the first picture, else null. */
    private static int[] displayMatrix(AVCodecParameters parameters, AVFrame first) {
        AVPacketSideData data = av_packet_side_data_get(parameters.coded_side_data(), parameters.nb_coded_side_data(),
                AV_PKT_DATA_DISPLAYMATRIX);
        if (data != null && !data.isNull() && data.size() >= 36) {
            int[] matrix = new int[9];
            new IntPointer(data.data()).get(matrix);
            return matrix;
        }
        AVFrameSideData frameData = av_frame_get_side_data(first, AV_FRAME_DATA_DISPLAYMATRIX);
        if (frameData != null && !frameData.isNull() && frameData.size() >= 36) {
            int[] matrix = new int[9];
            new IntPointer(frameData.data()).get(matrix);
            return matrix;
        }
        return null;
    }

    private static long gcd(long a, long b) {
        while (b != 0) {
            long t = a % b;
            a = b;
            b = t;
        }
        return a;
    }

    @Override
    public MediaInfo info() {
        return info;
    }

    @Override
    public FrameCursor openCursor() {
        return open(unrotatedSize, false);
    }

    /**
     * A cursor whose frames libswscale scales to {@code size} (display orientation) with Lanczos while converting to
     * RGB: one pass in native code instead of a full-size conversion followed by a Java resize.
     */
    @Override
    public FrameCursor openCursor(Size size) {
        if (size.equals(info.size())) {
            return openCursor();
        }
        Size unrotated = orientation.swapsAxes() ? new Size(size.height(), size.width()) : size;
        return open(unrotated, true);
    }

    private FrameCursor open(Size unrotated, boolean lanczos) {
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the media source for " + info.file() + " is closed");
            }
        }
        FfmpegCursor cursor = new FfmpegCursor(this, info, timing,
                new RgbSpec(unrotated, orientation, colorspace, colorRange, lanczos));
        synchronized (this) {
            if (!closed) {
                cursors.add(cursor);
                return cursor;
            }
        }
        cursor.close();
        throw new IllegalStateException("the media source for " + info.file() + " was closed while opening a cursor");
    }

    /**
     * Reads the packets of the video stream from the keyframe before {@code from} on, with a demuxer of its own and no
     * decoder, until their decoding time passes {@code to} (a picture shows no earlier than it is decoded, so none
     * after that shows before {@code to}).
     */
    @Override
    public List<CodedPicture> codedPictures(double from, double to) {
        if (!(to >= from)) {
            throw new IllegalArgumentException("the end " + to + " s must not be before the start " + from + " s");
        }
        List<CodedPicture> pictures = new ArrayList<>();
        boolean seeked;
        try (MediaInput input = MediaInput.open(info.file())) {
            seeked = input.seek(timing.pts(from));
            if (seeked) {
                collect(input, from, to, pictures);
            }
        }
        if (!seeked) {
            // a demuxer that cannot seek here: the same pictures, read from the start
            try (MediaInput input = MediaInput.open(info.file())) {
                collect(input, from, to, pictures);
            }
        }
        pictures.sort(Comparator.comparingDouble(CodedPicture::time));
        return pictures;
    }

    private void collect(MediaInput input, double from, double to, List<CodedPicture> pictures) {
        double slack = timing.slack();
        for (AVPacket p = input.nextPacket(); p != null; p = input.nextPacket()) {
            long shows = p.pts() != AV_NOPTS_VALUE ? p.pts() : p.dts();
            long decodes = p.dts() != AV_NOPTS_VALUE ? p.dts() : shows;
            if (decodes != AV_NOPTS_VALUE && timing.seconds(decodes) > to + slack) {
                return;
            }
            if (shows == AV_NOPTS_VALUE) {
                continue;
            }
            double time = timing.seconds(shows);
            if (time >= from - slack && time <= to + slack) {
                pictures.add(new CodedPicture(time, p.size(), (p.flags() & AV_PKT_FLAG_KEY) != 0));
            }
        }
    }

    synchronized void forget(FfmpegCursor cursor) {
        cursors.remove(cursor);
    }

    /** Closes the cursors still open (waiting for any read in progress on another thread) and refuses new ones. */
    @Override
    public void close() {
        List<FfmpegCursor> open;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            open = new ArrayList<>(cursors);
            cursors.clear();
        }
        for (FfmpegCursor cursor : open) {
            cursor.close();
        }
    }

    /** What a cursor's {@link RgbConverter} needs to know about the stream. */
    record RgbSpec(Size unrotatedSize, Orientation orientation, int colorspace, int colorRange, boolean lanczos) {
    }
}
