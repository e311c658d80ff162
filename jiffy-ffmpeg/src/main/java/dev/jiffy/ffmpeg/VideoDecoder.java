package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avcodec.avcodec_alloc_context3;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_find_decoder;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_flush_buffers;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_free_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_get_name;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_open2;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_parameters_to_context;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_receive_frame;
import static org.bytedeco.ffmpeg.global.avcodec.avcodec_send_packet;
import static org.bytedeco.ffmpeg.global.avutil.AVERROR_EOF;

import dev.jiffy.MediaException;
import org.bytedeco.ffmpeg.avcodec.AVCodec;
import org.bytedeco.ffmpeg.avcodec.AVCodecContext;
import org.bytedeco.ffmpeg.avcodec.AVCodecParameters;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.avutil.AVDictionary;
import org.bytedeco.ffmpeg.avutil.AVFrame;

/**
 * A libavcodec decoder for the video stream of a {@link MediaInput}: hands out decoded pictures in presentation order.
 * Owns its AVCodecContext, not the input. Damaged packets are skipped, as FFmpeg's own tools do; the end of the input
 * (including a truncated file) drains the decoder; only a long run of failures is an error. Not thread-safe.
 */
final class VideoDecoder implements AutoCloseable {
    /** Decoding errors in a row after which the stream is taken for garbage rather than damaged. */
    private static final int MAX_ERRORS_IN_A_ROW = 200;

    private final MediaInput input;
    private AVCodecContext context;
    private boolean draining;
    private int errorsInARow;
    private String lastError;
    /** A packet the decoder refused for now (it had pictures to hand out first), to send again. */
    private AVPacket pending;

    VideoDecoder(MediaInput input) {
        this.input = input;
        AVCodecParameters parameters = input.stream().codecpar();
        AVCodec codec = avcodec_find_decoder(parameters.codec_id());
        if (codec == null) {
            throw new MediaException("unsupported video codec " + avcodec_get_name(parameters.codec_id()).getString()
                    + " in " + input.file() + " (this FFmpeg build has no decoder for it)");
        }
        AVCodecContext c = avcodec_alloc_context3(codec);
        if (c == null) {
            throw new MediaException("out of memory opening " + input.file() + " (avcodec_alloc_context3 returned NULL)");
        }
        try {
            AvError.check(avcodec_parameters_to_context(c, parameters), "cannot decode", input.file(),
                    "avcodec_parameters_to_context");
            c.pkt_timebase(input.stream().time_base());
            c.thread_count(0); // as many as there are cores
            c.thread_type(Natives.THREAD_FRAME_AND_SLICE);
            AvError.check(avcodec_open2(c, codec, (AVDictionary) null), "cannot decode the video in", input.file(),
                    "avcodec_open2");
        } catch (RuntimeException e) {
            avcodec_free_context(c);
            throw e;
        }
        this.context = c;
    }

    /**
     * Decodes the next picture into {@code frame} (which is unreferenced first).
     *
     * @return false at the end of the stream
     */
    boolean next(AVFrame frame) {
        while (true) {
            int rc = avcodec_receive_frame(context, frame);
            if (rc >= 0) {
                errorsInARow = 0;
                return true;
            }
            if (rc == AVERROR_EOF) {
                return false;
            }
            if (rc != Natives.AVERROR_EAGAIN) {
                skipDamaged(rc, "avcodec_receive_frame");
                continue;
            }
            if (draining) {
                return false; // cannot happen per the API, but must not loop
            }
            AVPacket packet = pending != null ? pending : input.nextPacket();
            pending = null;
            if (packet == null) {
                draining = true;
                rc = avcodec_send_packet(context, null);
                if (rc < 0 && rc != AVERROR_EOF) {
                    throw AvError.failure("error decoding the video in", input.file(), "avcodec_send_packet", rc);
                }
                continue;
            }
            rc = avcodec_send_packet(context, packet);
            if (rc == Natives.AVERROR_EAGAIN) {
                pending = packet; // valid until the input reads again, which only happens after it is sent
            } else if (rc < 0) {
                skipDamaged(rc, "avcodec_send_packet");
            }
        }
    }

    private void skipDamaged(int rc, String function) {
        lastError = function + " returned " + rc + ": " + AvError.describe(rc);
        if (++errorsInARow > MAX_ERRORS_IN_A_ROW) {
            throw AvError.failure("corrupt video, " + errorsInARow + " pictures in a row fail to decode", input.file(),
                    function, rc);
        }
    }

    /** The last decoding error skipped, e.g. "avcodec_send_packet returned -1094995529: Invalid data ...", or null. */
    String lastError() {
        return lastError;
    }

    /** Forgets everything buffered: call after seeking the input. */
    void flush() {
        avcodec_flush_buffers(context);
        draining = false;
        pending = null;
        errorsInARow = 0;
    }

    @Override
    public void close() {
        if (context != null) {
            avcodec_free_context(context);
            context = null;
        }
    }
}
