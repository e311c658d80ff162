package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.AVCOL_RANGE_JPEG;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_BT709;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_RESERVED;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_SMPTE170M;
import static org.bytedeco.ffmpeg.global.avutil.AVCOL_SPC_UNSPECIFIED;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_ALPHA;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_FLAG_RGB;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GBRAP;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_GBRP;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ411P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ420P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ422P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ440P;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUVJ444P;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_alloc;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_free;
import static org.bytedeco.ffmpeg.global.avutil.av_frame_get_buffer;
import static org.bytedeco.ffmpeg.global.avutil.av_get_pix_fmt_name;
import static org.bytedeco.ffmpeg.global.avutil.av_pix_fmt_desc_get;
import static org.bytedeco.ffmpeg.global.swscale.SWS_ACCURATE_RND;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BICUBIC;
import static org.bytedeco.ffmpeg.global.swscale.SWS_BITEXACT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_CS_DEFAULT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_FULL_CHR_H_INT;
import static org.bytedeco.ffmpeg.global.swscale.SWS_LANCZOS;
import static org.bytedeco.ffmpeg.global.swscale.sws_freeContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCachedContext;
import static org.bytedeco.ffmpeg.global.swscale.sws_getCoefficients;
import static org.bytedeco.ffmpeg.global.swscale.sws_scale;
import static org.bytedeco.ffmpeg.global.swscale.sws_setColorspaceDetails;

import dev.jiffy.MediaException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVPixFmtDescriptor;
import org.bytedeco.ffmpeg.swscale.SwsContext;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.DoublePointer;

/**
 * Turns decoded pictures into packed 0xAARRGGBB pixels of a fixed size (square pixels) and orientation.
 *
 * <p>libswscale converts to planar RGB (GBRP, or GBRAP for pictures with alpha) with bicubic chroma upsampling,
 * full horizontal chroma interpolation and accurate rounding, which round-trips 8-bit YUV to within the YUV
 * quantisation (at most 2 per channel); Java then packs the planes. The same accuracy straight to packed BGRA takes
 * swscale's slow C path, about seven times slower. Bit-exact mode keeps the output the same on every machine.
 *
 * <p>It honours the picture's colour matrix and range; untagged YUV is taken as BT.709 when it is HD and as BT.601
 * otherwise, as video players do. Owns its SwsContext and planar picture. Not thread-safe.
 */
final class RgbConverter implements AutoCloseable {
    static final int SCALE_FLAGS = SWS_BICUBIC | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT | SWS_BITEXACT;
    /** For a resize done while converting: 3-lobe Lanczos, as {@code dev.jiffy.image.Resampling#LANCZOS3}. */
    static final int RESIZE_FLAGS = SWS_LANCZOS | SWS_ACCURATE_RND | SWS_FULL_CHR_H_INT | SWS_BITEXACT;
    private static final int ONE = 1 << 16;

    private final Path file;
    private final int width;
    private final int height;
    private final Orientation orientation;
    private final int fallbackColorspace;
    private final int fallbackRange;
    private final int flags;
    private SwsContext sws;
    /** The planar RGB picture swscale writes, and Java copies of its planes (reused: pictures are converted one by one). */
    private AVFrame planar;
    private int planarFormat = -1;
    private byte[][] planes = new byte[4][];
    /** A turned picture as packed before it is turned (reused as the planes are; never handed out). */
    private int[] unturned;
    /** What the current context was set up for, so that colour details are set again only when they change. */
    private long configuredContext;
    private int configuredColorspace = -1;
    private int configuredRange = -1;

    /**
     * @param width              width after correcting the sample aspect ratio, before orientation
     * @param height             height before orientation
     * @param fallbackColorspace the stream's AVColorSpace, for pictures that carry none
     * @param fallbackRange      the stream's AVColorRange, for pictures that carry none
     */
    RgbConverter(Path file, int width, int height, Orientation orientation, int fallbackColorspace, int fallbackRange) {
        this(file, width, height, orientation, fallbackColorspace, fallbackRange, SCALE_FLAGS);
    }

    /** @param flags libswscale flags: {@link #SCALE_FLAGS}, or {@link #RESIZE_FLAGS} when resizing */
    RgbConverter(Path file, int width, int height, Orientation orientation, int fallbackColorspace, int fallbackRange,
            int flags) {
        this.flags = flags;
        this.file = file;
        this.width = width;
        this.height = height;
        this.orientation = orientation;
        this.fallbackColorspace = fallbackColorspace;
        this.fallbackRange = fallbackRange;
    }

    /** Display width: after orientation. */
    int outputWidth() {
        return orientation.swapsAxes() ? height : width;
    }

    int outputHeight() {
        return orientation.swapsAxes() ? width : height;
    }

    /** The picture in {@code frame} as packed ARGB, display size and orientation. A new array each call. */
    int[] convert(AVFrame frame) {
        return convert(frame, null);
    }

    /**
     * The picture in {@code frame} as packed ARGB, display size and orientation, written into {@code dest} (at least
     * width·height long) when given, else into a new array.
     *
     * @return {@code dest}, or the new array
     */
    int[] convert(AVFrame frame, int[] dest) {
        int format = frame.format();
        AVPixFmtDescriptor descriptor = av_pix_fmt_desc_get(format);
        boolean alpha = descriptor != null && (descriptor.flags() & AV_PIX_FMT_FLAG_ALPHA) != 0;
        preparePlanar(alpha ? AV_PIX_FMT_GBRAP : AV_PIX_FMT_GBRP);
        sws = sws_getCachedContext(sws, frame.width(), frame.height(), format, width, height, planarFormat,
                flags, null, null, (DoublePointer) null);
        if (sws == null) {
            configuredContext = 0;
            BytePointer name = av_get_pix_fmt_name(format);
            throw new MediaException("cannot convert " + frame.width() + "x" + frame.height() + " "
                    + (name == null ? "pixel format " + format : name.getString()) + " pictures of " + file
                    + " to RGB (sws_getCachedContext returned NULL)");
        }
        boolean rgbSource = descriptor != null && (descriptor.flags() & AV_PIX_FMT_FLAG_RGB) != 0;
        if (!rgbSource) {
            int colorspace = yuvMatrix(frame.colorspace() != AVCOL_SPC_UNSPECIFIED ? frame.colorspace() : fallbackColorspace,
                    frame.width(), frame.height());
            int range = fullRange(format, frame.color_range() != 0 ? frame.color_range() : fallbackRange) ? 1 : 0;
            if (configuredContext != sws.address() || colorspace != configuredColorspace || range != configuredRange) {
                int rc = sws_setColorspaceDetails(sws, sws_getCoefficients(colorspace), range,
                        sws_getCoefficients(SWS_CS_DEFAULT), 1, 0, ONE, ONE);
                if (rc < 0) {
                    throw AvError.failure("cannot convert the colours of", file, "sws_setColorspaceDetails", rc);
                }
                configuredContext = sws.address();
                configuredColorspace = colorspace;
                configuredRange = range;
            }
        }
        int rc = sws_scale(sws, frame.data(), frame.linesize(), 0, frame.height(), planar.data(), planar.linesize());
        if (rc < 0) {
            throw AvError.failure("cannot convert pictures of", file, "sws_scale", rc);
        }
        int[] out = dest != null ? dest : new int[width * height];
        if (orientation == Orientation.IDENTITY) {
            return pack(alpha, out);
        }
        // a turned picture is packed into an array kept for it, then turned straight into the output
        if (unturned == null) {
            unturned = new int[width * height];
        }
        return orientation.apply(pack(alpha, unturned), width, height, out);
    }

    private void preparePlanar(int format) {
        if (format == planarFormat) {
            return;
        }
        if (planar != null) {
            av_frame_free(planar);
            planar = null;
        }
        AVFrame p = av_frame_alloc();
        if (p == null) {
            throw new MediaException("out of memory converting pictures of " + file + " (av_frame_alloc returned NULL)");
        }
        p.format(format).width(width).height(height);
        int rc = av_frame_get_buffer(p, 0);
        if (rc < 0) {
            av_frame_free(p);
            throw AvError.failure("cannot allocate a " + width + "x" + height + " picture for", file,
                    "av_frame_get_buffer", rc);
        }
        planar = p;
        planarFormat = format;
        int count = format == AV_PIX_FMT_GBRAP ? 4 : 3;
        for (int i = 0; i < 4; i++) {
            planes[i] = i < count ? new byte[p.linesize(i) * height] : null;
        }
    }

    /** Packs the G, B, R (and A) planes into 0xAARRGGBB, into {@code argb}. */
    private int[] pack(boolean alpha, int[] argb) {
        for (int i = 0; i < (alpha ? 4 : 3); i++) {
            planar.data(i).get(planes[i]);
        }
        byte[] g = planes[0];
        byte[] b = planes[1];
        byte[] r = planes[2];
        byte[] a = planes[3];
        int stride = planar.linesize(0);
        int o = 0;
        for (int y = 0; y < height; y++) {
            int row = y * stride;
            for (int x = 0; x < width; x++) {
                int i = row + x;
                int opacity = alpha ? (a[i] & 0xFF) << 24 : 0xFF000000;
                argb[o++] = opacity | (r[i] & 0xFF) << 16 | (g[i] & 0xFF) << 8 | (b[i] & 0xFF);
            }
        }
        return argb;
    }

    /**
     * The AVColorSpace to convert with: the tagged one, or for untagged pictures BT.709 if HD (at least 1280 wide or
     * taller than 576, mpv's rule) and BT.601 (SMPTE 170M) otherwise.
     */
    static int yuvMatrix(int tagged, int width, int height) {
        if (tagged != AVCOL_SPC_UNSPECIFIED && tagged != AVCOL_SPC_RESERVED && tagged != AVCOL_SPC_RGB) {
            return tagged;
        }
        return width >= 1280 || height > 576 ? AVCOL_SPC_BT709 : AVCOL_SPC_SMPTE170M;
    }

    /** Full ("JPEG", 0-255) range if tagged so or a yuvj format; limited ("MPEG", 16-235) otherwise. */
    static boolean fullRange(int pixelFormat, int range) {
        return range == AVCOL_RANGE_JPEG || pixelFormat == AV_PIX_FMT_YUVJ420P || pixelFormat == AV_PIX_FMT_YUVJ422P
                || pixelFormat == AV_PIX_FMT_YUVJ444P || pixelFormat == AV_PIX_FMT_YUVJ440P
                || pixelFormat == AV_PIX_FMT_YUVJ411P;
    }

    @Override
    public void close() {
        if (sws != null) {
            sws_freeContext(sws);
            sws = null;
        }
        if (planar != null) {
            av_frame_free(planar);
            planar = null;
        }
        planes = new byte[4][];
    }
}
