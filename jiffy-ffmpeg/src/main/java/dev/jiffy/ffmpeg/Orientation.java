package dev.jiffy.ffmpeg;

import static org.bytedeco.ffmpeg.global.avutil.av_display_rotation_get;

/**
 * How decoded pictures are turned for display: one of the eight quarter-turn rotations and mirrorings, read from a
 * stream's display matrix the way the ffmpeg command line does (its autorotate). Angles that are not quarter turns
 * are rounded to the nearest quarter turn.
 */
enum Orientation {
    IDENTITY(0, false),
    ROTATE_90(90, true),
    ROTATE_180(180, false),
    ROTATE_270(270, true),
    MIRROR_HORIZONTAL(180, false),
    MIRROR_VERTICAL(0, false),
    /** Mirror along the main diagonal: rotate 90° clockwise, then mirror horizontally. */
    TRANSPOSE(90, true),
    /** Mirror along the other diagonal: rotate 90° clockwise, then mirror vertically. */
    ANTI_TRANSPOSE(270, true);

    private final int rotation;
    private final boolean swapsAxes;

    Orientation(int rotation, boolean swapsAxes) {
        this.rotation = rotation;
        this.swapsAxes = swapsAxes;
    }

    /** Clockwise rotation in degrees, as FFmpeg reports it (a mirroring counts as its rotation part). */
    int rotation() {
        return rotation;
    }

    boolean swapsAxes() {
        return swapsAxes;
    }

    /**
     * The orientation a 3x3 display matrix (9 ints, 16.16 and 2.30 fixed point, as in libavutil/display.h) asks for;
     * {@link #IDENTITY} if {@code matrix} is null.
     */
    static Orientation of(int[] matrix) {
        if (matrix == null) {
            return IDENTITY;
        }
        double ccw = av_display_rotation_get(matrix);
        if (Double.isNaN(ccw)) {
            return IDENTITY; // degenerate matrix
        }
        long theta = Math.round(-ccw);
        int quarter = (int) Math.floorMod(Math.round(theta / 90.0), 4L);
        // The same decisions as fftools/ffmpeg_filter.c (insert the transpose/hflip/vflip filters).
        switch (quarter) {
            case 1:
                return matrix[3] > 0 ? TRANSPOSE : ROTATE_90;
            case 2:
                if (matrix[0] < 0 && matrix[4] < 0) {
                    return ROTATE_180;
                }
                if (matrix[0] < 0) {
                    return MIRROR_HORIZONTAL;
                }
                return matrix[4] < 0 ? MIRROR_VERTICAL : IDENTITY;
            case 3:
                return matrix[3] < 0 ? ANTI_TRANSPOSE : ROTATE_270;
            default:
                return matrix[4] < 0 ? MIRROR_VERTICAL : IDENTITY;
        }
    }

    /**
     * The picture {@code src} ({@code width} x {@code height}, row by row) turned to this orientation; {@code src}
     * itself for {@link #IDENTITY}.
     */
    int[] apply(int[] src, int width, int height) {
        return this == IDENTITY ? src : apply(src, width, height, new int[width * height]);
    }

    /**
     * The picture {@code src} ({@code width} x {@code height}, row by row) turned to this orientation into {@code out}
     * (at least width·height long, not {@code src}), which is returned.
     */
    int[] apply(int[] src, int width, int height, int[] out) {
        if (this == IDENTITY) {
            System.arraycopy(src, 0, out, 0, width * height);
            return out;
        }
        int outWidth = swapsAxes ? height : width;
        int outHeight = swapsAxes ? width : height;
        // For each output pixel (x, y), the source pixel is at start + x * dx + y * dy.
        int start;
        int dx;
        int dy;
        switch (this) {
            case ROTATE_90: // out(x, y) = in(y, H-1-x)
                start = (height - 1) * width;
                dx = -width;
                dy = 1;
                break;
            case ROTATE_180: // out(x, y) = in(W-1-x, H-1-y)
                start = height * width - 1;
                dx = -1;
                dy = -width;
                break;
            case ROTATE_270: // out(x, y) = in(W-1-y, x)
                start = width - 1;
                dx = width;
                dy = -1;
                break;
            case MIRROR_HORIZONTAL: // out(x, y) = in(W-1-x, y)
                start = width - 1;
                dx = -1;
                dy = width;
                break;
            case MIRROR_VERTICAL: // out(x, y) = in(x, H-1-y)
                start = (height - 1) * width;
                dx = 1;
                dy = -width;
                break;
            case TRANSPOSE: // out(x, y) = in(y, x)
                start = 0;
                dx = width;
                dy = 1;
                break;
            case ANTI_TRANSPOSE: // out(x, y) = in(W-1-y, H-1-x)
                start = height * width - 1;
                dx = -width;
                dy = -1;
                break;
            default:
                throw new AssertionError(this);
        }
        int o = 0;
        for (int y = 0; y < outHeight; y++) {
            int s = start + y * dy;
            for (int x = 0; x < outWidth; x++, s += dx) {
                out[o++] = src[s];
            }
        }
        return out;
    }
}
