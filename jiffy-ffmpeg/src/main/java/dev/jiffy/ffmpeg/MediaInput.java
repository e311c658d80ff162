package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avformat.AVSEEK_FLAG_BACKWARD;
import static org.bytedeco.ffmpeg.global.avformat.AVPROBE_PADDING_SIZE;
import static org.bytedeco.ffmpeg.global.avformat.AVPROBE_SCORE_EXTENSION;
import static org.bytedeco.ffmpeg.global.avformat.av_find_best_stream;
import static org.bytedeco.ffmpeg.global.avformat.av_probe_input_format3;
import static org.bytedeco.ffmpeg.global.avformat.av_read_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_seek_frame;
import static org.bytedeco.ffmpeg.global.avformat.avformat_close_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_find_stream_info;
import static org.bytedeco.ffmpeg.global.avformat.avformat_open_input;
import static org.bytedeco.ffmpeg.global.avformat.avformat_seek_file;
import static org.bytedeco.ffmpeg.global.avcodec.AVDISCARD_ALL;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_get_media_type_string;

import dev.jiffy.MediaException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVInputFormat;
import org.bytedeco.ffmpeg.avformat.AVProbeData;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * An opened media file (libavformat demuxer) and its video stream: reads the video stream's packets and seeks.
 * Owns the AVFormatContext and one AVPacket; other streams are discarded by the demuxer. Not thread-safe.
 */
final class MediaInput implements AutoCloseable {
    /**
     * How file names reach the C library: the bytes Java itself uses for paths on Unix, UTF-8 on Windows (FFmpeg
     * converts UTF-8 names to wide characters there).
     */
    private static final Charset FILE_NAME_CHARSET = fileNameCharset();
    /** Bytes read to recognise a container by content: FFmpeg's own first probe reads 2 KiB. */
    private static final int PROBE_BYTES = 2048;

    private final Path file;
    private AVFormatContext format;
    private AVPacket packet;
    private final AVStream stream;
    private final int streamIndex;
    private int lastReadError;
    private long firstTimestampSinceSeek = AV_NOPTS_VALUE;

    private MediaInput(Path file, AVFormatContext format, AVPacket packet, AVStream stream) {
        this.file = file;
        this.format = format;
        this.packet = packet;
        this.stream = stream;
        this.streamIndex = stream.index();
    }

    /**
     * Opens {@code file} and finds its video stream.
     *
     * @throws MediaException if the file is missing, unreadable, not media FFmpeg can read or has no video stream
     */
    static MediaInput open(Path file) {
        Natives.ensureLoaded();
        checkReadableFile(file);
        AVFormatContext format = new AVFormatContext(null);
        AVDictionary options = new AVDictionary(null);
        try {
            // Only local files: a playlist or a "concat:" name must not make FFmpeg fetch anything else (or hang).
            AvError.check(av_dict_set(options, "protocol_whitelist", "file", 0), "cannot open", file, "av_dict_set");
            // "file:" so that a name containing ':' is not taken for a protocol.
            String url = "file:" + file.toAbsolutePath();
            int rc;
            try (BytePointer urlPointer = new BytePointer(url, FILE_NAME_CHARSET)) {
                rc = avformat_open_input(format, urlPointer, null, options);
            }
            if (rc < 0) {
                throw openFailure(file, rc); // avformat_open_input frees the context on failure
            }
        } finally {
            av_dict_free(options);
        }
        AVPacket packet = null;
        try {
            AvError.check(avformat_find_stream_info(format, (PointerPointer<?>) null),
                    "not a video file FFmpeg can read", file, "avformat_find_stream_info");
            AVStream stream = videoStream(format, file);
            for (int i = 0; i < format.nb_streams(); i++) {
                if (i != stream.index()) {
                    format.streams(i).discard(AVDISCARD_ALL);
                }
            }
            packet = av_packet_alloc();
            if (packet == null) {
                throw new MediaException("out of memory opening " + file + " (av_packet_alloc returned NULL)");
            }
            return new MediaInput(file, format, packet, stream);
        } catch (RuntimeException e) {
            if (packet != null) {
                av_packet_free(packet);
            }
            avformat_close_input(format);
            throw e;
        }
    }

    private static Charset fileNameCharset() {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }

    private static void checkReadableFile(Path file) {
        if (Files.isDirectory(file)) {
            throw new MediaException("not a video file but a directory: " + file);
        }
        if (!Files.exists(file)) {
            throw new MediaException("no such file: " + file);
        }
        if (!Files.isRegularFile(file)) {
            // A FIFO or a device would block or never end.
            throw new MediaException("not a regular file: " + file);
        }
        if (!Files.isReadable(file)) {
            throw new MediaException("cannot read " + file + " (permission denied)");
        }
    }

    private static MediaException openFailure(Path file, int rc) {
        if (rc == Natives.AVERROR_ENOENT) {
            return AvError.failure("no such file", file, "avformat_open_input", rc);
        }
        if (rc == Natives.AVERROR_EACCES) {
            return AvError.failure("cannot read", file, "avformat_open_input", rc);
        }
        String container = recognisedContainer(file);
        if (container != null) {
            // FFmpeg's reason is often an unrelated errno (a bad YUV4MPEG header gives "Device or resource busy")
            return new MediaException("damaged or truncated " + container + " file, its header cannot be read: "
                    + file + " (avformat_open_input returned " + rc + ")");
        }
        return AvError.failure("not a video file FFmpeg can read", file, "avformat_open_input", rc);
    }

    /**
     * The long name of the container FFmpeg recognises from the file's first bytes, or null: a file that looks like an
     * MP4 but does not open is damaged (an MP4 cut before its index), not "not a video".
     */
    private static String recognisedContainer(Path file) {
        byte[] head;
        try (java.io.InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PROBE_BYTES);
        } catch (java.io.IOException e) {
            return null;
        }
        if (head.length == 0) {
            return null;
        }
        // FFmpeg's probes may read up to AVPROBE_PADDING_SIZE bytes past the end: they must be zeros.
        try (BytePointer buffer = new BytePointer(head.length + AVPROBE_PADDING_SIZE);
             AVProbeData probe = new AVProbeData();
             BytePointer name = new BytePointer("", FILE_NAME_CHARSET)) {
            buffer.fill(0);
            buffer.put(head, 0, head.length);
            probe.buf(buffer).buf_size(head.length).filename(name);
            int[] score = new int[1];
            AVInputFormat format = av_probe_input_format3(probe, 1, score);
            if (format == null || format.isNull() || score[0] <= AVPROBE_SCORE_EXTENSION) {
                return null;
            }
            BytePointer longName = format.long_name();
            return longName != null && !longName.isNull() ? longName.getString() : format.name().getString();
        }
    }

    private static AVStream videoStream(AVFormatContext format, Path file) {
        int best = av_find_best_stream(format, AVMEDIA_TYPE_VIDEO, -1, -1, (AVCodec) null, 0);
        if (best >= 0 && !isCoverArt(format.streams(best))) {
            return format.streams(best);
        }
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream s = format.streams(i);
            if (s.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO && !isCoverArt(s)) {
                return s;
            }
        }
        List<String> found = new ArrayList<>();
        for (int i = 0; i < format.nb_streams(); i++) {
            AVStream s = format.streams(i);
            BytePointer type = av_get_media_type_string(s.codecpar().codec_type());
            String kind = isCoverArt(s) ? "cover art" : type == null ? "unknown" : type.getString();
            found.add(kind + " " + avcodec_get_name(s.codecpar().codec_id()).getString());
        }
        throw new MediaException("no video stream in " + file
                + (found.isEmpty() ? " (it has no streams at all)" : " (it has: " + String.join(", ", found) + ")"));
    }

    private static boolean isCoverArt(AVStream s) {
        return (s.disposition() & AV_DISPOSITION_ATTACHED_PIC) != 0;
    }

    Path file() {
        return file;
    }

    AVFormatContext format() {
        return format;
    }

    AVStream stream() {
        return stream;
    }

    /**
     * The next packet of the video stream, or null at the end of the input. A read error (a truncated or damaged
     * file) also ends the input: what was read so far is still decoded. The packet is valid until the next call.
     */
    AVPacket nextPacket() {
        while (true) {
            av_packet_unref(packet);
            int rc = av_read_frame(format, packet);
            if (rc < 0) {
                lastReadError = rc == AVERROR_EOF ? 0 : rc;
                return null;
            }
            if (packet.stream_index() == streamIndex) {
                if (firstTimestampSinceSeek == AV_NOPTS_VALUE) {
                    firstTimestampSinceSeek = earliest(packet.pts(), packet.dts());
                }
                return packet;
            }
        }
    }

    private static long earliest(long pts, long dts) {
        if (pts == AV_NOPTS_VALUE) {
            return dts;
        }
        return dts == AV_NOPTS_VALUE ? pts : Math.min(pts, dts);
    }

    /** The error that ended the input (0 if it ended normally or has not ended). */
    int lastReadError() {
        return lastReadError;
    }

    /**
     * The earlier of the decoding and presentation timestamps of the first packet read since the last seek (the
     * keyframe the demuxer landed on), or AV_NOPTS_VALUE.
     */
    long firstTimestampSinceSeek() {
        return firstTimestampSinceSeek;
    }

    /**
     * Positions the demuxer at the last keyframe at or before {@code pts} (or the first keyframe if there is none).
     *
     * @return false if the demuxer cannot seek there
     */
    boolean seek(long pts) {
        lastReadError = 0;
        firstTimestampSinceSeek = AV_NOPTS_VALUE;
        av_packet_unref(packet);
        if (av_seek_frame(format, streamIndex, pts, AVSEEK_FLAG_BACKWARD) >= 0) {
            return true;
        }
        return avformat_seek_file(format, streamIndex, Long.MIN_VALUE, pts, pts, 0) >= 0;
    }

    @Override
    public void close() {
        if (packet != null) {
            av_packet_free(packet);
            packet = null;
        }
        if (format != null) {
            avformat_close_input(format);
            format = null;
        }
    }
}
