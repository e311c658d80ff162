package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_GLOBAL_HEADER;
import static org.bytedeco.ffmpeg.global.avcodec.AV_CODEC_FLAG_QSCALE;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_DATA_DISPLAYMATRIX;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_alloc;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_free;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_rescale_ts;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_side_data_new;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_encoder_by_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_from_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_packet;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_frame;
import static org.bytedeco.ffmpeg.global.avformat.AVFMT_GLOBALHEADER;
import static org.bytedeco.ffmpeg.global.avformat.AVIO_FLAG_WRITE;
import static org.bytedeco.ffmpeg.global.avformat.av_interleaved_write_frame;
import static org.bytedeco.ffmpeg.global.avformat.av_write_trailer;
import static org.bytedeco.ffmpeg.global.avformat.avformat_alloc_output_context2;
import static org.bytedeco.ffmpeg.global.avformat.avformat_free_context;
import static org.bytedeco.ffmpeg.global.avformat.avformat_new_stream;
import static org.bytedeco.ffmpeg.global.avformat.avformat_write_header;
import static org.bytedeco.ffmpeg.global.avformat.avio_closep;
import static org.bytedeco.ffmpeg.global.avformat.avio_open;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_BGR0;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;
import static org.bytedeco.ffmpeg.global.avutil.FF_QP2LAMBDA;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_free;
import static org.bytedeco.ffmpeg.global.avutil.av_dict_set;
import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_set;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_make_writable;

import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avcodec.AVPacketSideData;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVIOContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.IntPointer;
import org.bytedeco.javacpp.PointerPointer;

/**
 * Test fixture: writes small videos with FFmpeg's encoders, so that tests need neither media files nor an ffmpeg
 * program. Pictures come from a painter (frame index to 0xAARRGGBB pixels); RGB is converted to YUV here, in Java,
 * with the textbook BT.601/BT.709 equations, so that the decoder's conversion is checked against an independent one.
 */
final class SyntheticVideo {
    /** How a YUV picture is made from RGB: matrix coefficients and range. */
    enum Yuv {
        BT601_LIMITED(0.299, 0.114, false),
        BT601_FULL(0.299, 0.114, true),
        BT709_LIMITED(0.2126, 0.0722, false),
        BT709_FULL(0.2126, 0.0722, true);

        final double kr;
        final double kb;
        final boolean full;

        Yuv(double kr, double kb, boolean full) {
            this.kr = kr;
            this.kb = kb;
            this.full = full;
        }
    }

    private String container = "matroska";
    private String codec = "ffv1";
    private int pixelFormat = AV_PIX_FMT_BGR0;
    private Yuv yuv = Yuv.BT601_LIMITED;
    private int colorspaceTag = AVCOL_SPC_UNSPECIFIED;
    private int rangeTag = AVCOL_RANGE_UNSPECIFIED;
    private int width = 128;
    private int height = 64;
    private int timeBaseNum = 1;
    private int timeBaseDen = 25;
    private long[] timestamps = range(50);
    private int gopSize = 10;
    private int maxBFrames;
    private int sarNum;
    private int sarDen;
    private Double rotation;
    private AVRational nominalRate;
    private final Map<String, String> muxerOptions = new LinkedHashMap<>();
    private IntFunction<int[]> painter;

    static SyntheticVideo ffv1() {
        return new SyntheticVideo();
    }

    /** MPEG-4 part 2 (lossy, with B-frames if asked), in yuv420p. */
    static SyntheticVideo mpeg4() {
        SyntheticVideo v = new SyntheticVideo();
        v.codec = "mpeg4";
        v.pixelFormat = AV_PIX_FMT_YUV420P;
        return v;
    }

    static long[] range(int n) {
        long[] ts = new long[n];
        for (int i = 0; i < n; i++) {
            ts[i] = i;
        }
        return ts;
    }

    SyntheticVideo container(String formatName) {
        this.container = formatName;
        return this;
    }

    SyntheticVideo size(int w, int h) {
        this.width = w;
        this.height = h;
        return this;
    }

    SyntheticVideo timeBase(int num, int den) {
        this.timeBaseNum = num;
        this.timeBaseDen = den;
        return this;
    }

    /** Presentation timestamps of the frames, in the time base; one frame each. */
    SyntheticVideo timestamps(long... pts) {
        this.timestamps = pts.clone();
        return this;
    }

    SyntheticVideo frames(int n) {
        return timestamps(range(n));
    }

    SyntheticVideo gop(int size) {
        this.gopSize = size;
        return this;
    }

    SyntheticVideo bFrames(int max) {
        this.maxBFrames = max;
        return this;
    }

    /** Encode in yuv420p made with {@code yuv}; tag the stream with its matrix and range if {@code tagged}. */
    SyntheticVideo yuv420p(Yuv yuv, boolean tagged) {
        this.pixelFormat = AV_PIX_FMT_YUV420P;
        this.yuv = yuv;
        if (tagged) {
            this.colorspaceTag = yuv.kr == 0.299 ? 6 /* AVCOL_SPC_SMPTE170M */ : AVCOL_SPC_BT709;
            this.rangeTag = yuv.full ? AVCOL_RANGE_JPEG : 1 /* AVCOL_RANGE_MPEG */;
        } else {
            this.colorspaceTag = AVCOL_SPC_UNSPECIFIED;
            this.rangeTag = AVCOL_RANGE_UNSPECIFIED;
        }
        return this;
    }

    SyntheticVideo sampleAspectRatio(int num, int den) {
        this.sarNum = num;
        this.sarDen = den;
        return this;
    }

    /** Display matrix side data: rotate counterclockwise by {@code degrees} (av_display_rotation_set's convention). */
    SyntheticVideo displayRotation(double degrees) {
        this.rotation = degrees;
        return this;
    }

    /** What the stream claims its frame rate is (written by containers that store one, such as Matroska). */
    SyntheticVideo nominalRate(int num, int den) {
        this.nominalRate = new AVRational().num(num).den(den);
        return this;
    }

    SyntheticVideo muxerOption(String key, String value) {
        muxerOptions.put(key, value);
        return this;
    }

    SyntheticVideo painter(IntFunction<int[]> painter) {
        this.painter = painter;
        return this;
    }

    Path writeTo(Path file) {
        Natives.ensureLoaded();
        AVFormatContext format = new AVFormatContext(null);
        check(avformat_alloc_output_context2(format, null, container, file.toString()), "avformat_alloc_output_context2");
        AVCodecContext encoder = null;
        AVFrame frame = null;
        AVPacket packet = null;
        try {
            AVCodec codecFound = avcodec_find_encoder_by_name(codec);
            if (codecFound == null) {
                throw new IllegalStateException("no encoder " + codec);
            }
            encoder = avcodec_alloc_context3(codecFound);
            encoder.width(width).height(height).pix_fmt(pixelFormat);
            encoder.time_base().num(timeBaseNum).den(timeBaseDen);
            encoder.gop_size(gopSize).max_b_frames(maxBFrames);
            encoder.colorspace(colorspaceTag).color_range(rangeTag);
            if (colorspaceTag == AVCOL_SPC_BT709) {
                encoder.color_primaries(1).color_trc(1);
            }
            if (sarNum > 0) {
                encoder.sample_aspect_ratio().num(sarNum).den(sarDen);
            }
            if (codec.equals("mpeg4")) {
                encoder.flags(encoder.flags() | AV_CODEC_FLAG_QSCALE);
                encoder.global_quality(FF_QP2LAMBDA * 2);
            }
            if ((format.oformat().flags() & AVFMT_GLOBALHEADER) != 0) {
                encoder.flags(encoder.flags() | AV_CODEC_FLAG_GLOBAL_HEADER);
            }
            encoder.thread_count(1);
            check(avcodec_open2(encoder, codecFound, (AVDictionary) null), "avcodec_open2");

            AVStream stream = avformat_new_stream(format, null);
            check(avcodec_parameters_from_context(stream.codecpar(), encoder), "avcodec_parameters_from_context");
            stream.time_base().num(timeBaseNum).den(timeBaseDen);
            if (sarNum > 0) {
                stream.sample_aspect_ratio().num(sarNum).den(sarDen);
            }
            if (nominalRate != null) {
                stream.avg_frame_rate(nominalRate);
                stream.r_frame_rate(nominalRate);
            }
            if (rotation != null) {
                PointerPointer<AVPacketSideData> list = new PointerPointer<AVPacketSideData>(1)
                        .put(0, stream.codecpar().coded_side_data());
                IntPointer count = new IntPointer(1).put(stream.codecpar().nb_coded_side_data());
                AVPacketSideData added = av_packet_side_data_new(list, count, AV_PKT_DATA_DISPLAYMATRIX, 36, 0);
                if (added == null || added.isNull()) {
                    throw new IllegalStateException("av_packet_side_data_new failed");
                }
                av_display_rotation_set(new IntPointer(added.data()), rotation);
                stream.codecpar().coded_side_data(new AVPacketSideData(list.get(0)));
                stream.codecpar().nb_coded_side_data(count.get());
            }

            AVIOContext io = new AVIOContext(null);
            check(avio_open(io, file.toString(), AVIO_FLAG_WRITE), "avio_open");
            format.pb(io);
            AVDictionary options = new AVDictionary(null);
            for (Map.Entry<String, String> e : muxerOptions.entrySet()) {
                av_dict_set(options, e.getKey(), e.getValue(), 0);
            }
            check(avformat_write_header(format, options), "avformat_write_header");
            av_dict_free(options);

            frame = av_frame_alloc();
            frame.format(pixelFormat).width(width).height(height);
            frame.color_range(rangeTag).colorspace(colorspaceTag);
            check(av_frame_get_buffer(frame, 0), "av_frame_get_buffer");
            packet = av_packet_alloc();
            Map<Long, Long> durations = new HashMap<>();
            for (int i = 0; i < timestamps.length; i++) {
                check(av_frame_make_writable(frame), "av_frame_make_writable");
                fill(frame, painter.apply(i));
                long duration = i + 1 < timestamps.length ? timestamps[i + 1] - timestamps[i]
                        : i > 0 ? timestamps[i] - timestamps[i - 1] : 1;
                durations.put(timestamps[i], duration);
                frame.pts(timestamps[i]);
                frame.duration(duration);
                if (codec.equals("mpeg4")) {
                    frame.quality(FF_QP2LAMBDA * 2);
                }
                check(avcodec_send_frame(encoder, frame), "avcodec_send_frame");
                drain(format, encoder, stream, packet, durations);
            }
            check(avcodec_send_frame(encoder, null), "avcodec_send_frame");
            drain(format, encoder, stream, packet, durations);
            check(av_write_trailer(format), "av_write_trailer");
            return file;
        } finally {
            if (packet != null) {
                av_packet_free(packet);
            }
            if (frame != null) {
                av_frame_free(frame);
            }
            if (encoder != null) {
                avcodec_free_context(encoder);
            }
            if (format.pb() != null) {
                avio_closep(format.pb());
            }
            avformat_free_context(format);
        }
    }

    private void drain(AVFormatContext format, AVCodecContext encoder, AVStream stream, AVPacket packet,
                       Map<Long, Long> durations) {
        while (true) {
            int rc = avcodec_receive_packet(encoder, packet);
            if (rc == AVERROR_EOF || rc == Natives.AVERROR_EAGAIN) {
                return;
            }
            check(rc, "avcodec_receive_packet");
            if (packet.duration() <= 0 && durations.containsKey(packet.pts())) {
                packet.duration(durations.get(packet.pts()));
            }
            av_packet_rescale_ts(packet, encoder.time_base(), stream.time_base());
            packet.stream_index(stream.index());
            check(av_interleaved_write_frame(format, packet), "av_interleaved_write_frame");
        }
    }

    private void fill(AVFrame frame, int[] argb) {
        if (argb.length != width * height) {
            throw new IllegalArgumentException("painter gave " + argb.length + " pixels for " + width + "x" + height);
        }
        if (pixelFormat == AV_PIX_FMT_BGR0) {
            int stride = frame.linesize(0);
            IntBuffer plane = frame.data(0).capacity((long) stride * height).asByteBuffer()
                    .order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
            for (int y = 0; y < height; y++) {
                plane.position(y * stride / 4);
                plane.put(argb, y * width, width);
            }
            return;
        }
        // yuv420p: textbook equations, chroma averaged over 2x2 blocks
        double[] cb = new double[argb.length];
        double[] cr = new double[argb.length];
        BytePointer yPlane = frame.data(0);
        int yStride = frame.linesize(0);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p = argb[y * width + x];
                double r = ((p >> 16) & 0xFF) / 255.0;
                double g = ((p >> 8) & 0xFF) / 255.0;
                double b = (p & 0xFF) / 255.0;
                double luma = yuv.kr * r + (1 - yuv.kr - yuv.kb) * g + yuv.kb * b;
                cb[y * width + x] = (b - luma) / (2 * (1 - yuv.kb));
                cr[y * width + x] = (r - luma) / (2 * (1 - yuv.kr));
                double yValue = yuv.full ? 255 * luma : 16 + 219 * luma;
                yPlane.put((long) y * yStride + x, (byte) clamp(yValue));
            }
        }
        BytePointer uPlane = frame.data(1);
        BytePointer vPlane = frame.data(2);
        int uStride = frame.linesize(1);
        int vStride = frame.linesize(2);
        for (int y = 0; y < (height + 1) / 2; y++) {
            for (int x = 0; x < (width + 1) / 2; x++) {
                double u = 0;
                double v = 0;
                int n = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int sx = Math.min(width - 1, 2 * x + dx);
                        int sy = Math.min(height - 1, 2 * y + dy);
                        u += cb[sy * width + sx];
                        v += cr[sy * width + sx];
                        n++;
                    }
                }
                double scale = yuv.full ? 255 : 224;
                uPlane.put((long) y * uStride + x, (byte) clamp(128 + scale * u / n));
                vPlane.put((long) y * vStride + x, (byte) clamp(128 + scale * v / n));
            }
        }
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }

    private static void check(int rc, String function) {
        if (rc < 0) {
            throw new IllegalStateException(function + " returned " + rc + ": " + AvError.describe(rc));
        }
    }
}
