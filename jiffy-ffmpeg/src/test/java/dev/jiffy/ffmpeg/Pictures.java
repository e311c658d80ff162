package dev.jiffy.ffmpeg;

import dev.jiffy.image.Frame;

/** Test pictures that carry their frame index in big black and white blocks, readable after lossy compression. */
final class Pictures {
    static final int BITS = 8;

    private Pictures() {
    }

    /**
     * Top half: {@link #BITS} cells, white for 1 and black for 0, most significant bit first. Bottom half: a gradient
     * that differs from frame to frame, so that lossless round trips are compared on more than the index.
     */
    static int[] indexed(int index, int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int p;
                if (y < height / 2) {
                    int bit = (index >> (BITS - 1 - x * BITS / width)) & 1;
                    p = bit == 1 ? 0xFFFFFF : 0x000000;
                } else {
                    p = ((index * 37) & 0xFF) << 16 | (x * 255 / width) << 8 | (y * 255 / height);
                }
                argb[y * width + x] = 0xFF000000 | p;
            }
        }
        return argb;
    }

    /** The index painted by {@link #indexed}, read from the middle of each cell. */
    static int readIndex(Frame frame) {
        int index = 0;
        for (int bit = 0; bit < BITS; bit++) {
            int x = (2 * bit + 1) * frame.width() / (2 * BITS);
            int p = frame.pixel(x, frame.height() / 4);
            int luma = (((p >> 16) & 0xFF) + ((p >> 8) & 0xFF) + (p & 0xFF)) / 3;
            index = index << 1 | (luma > 128 ? 1 : 0);
        }
        return index;
    }

    /** Quadrants: red top left, green top right, blue bottom left, white bottom right. */
    static int[] quadrants(int width, int height) {
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean right = x >= width / 2;
                boolean bottom = y >= height / 2;
                argb[y * width + x] = !bottom ? (right ? 0xFF00FF00 : 0xFFFF0000) : (right ? 0xFFFFFFFF : 0xFF0000FF);
            }
        }
        return argb;
    }
}
