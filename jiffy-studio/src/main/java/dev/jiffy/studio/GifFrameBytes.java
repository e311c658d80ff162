package dev.jiffy.studio;

import java.util.Arrays;

/**
 * How many bytes of a GIF each frame takes: where each frame's image data ends, read from the file's blocks (GIF89a:
 * header and screen descriptor, colour tables, extensions and images as length-prefixed sub-blocks). A frame's
 * bytes are those after the previous frame's image, so its Graphic Control Extension counts with it, and the first
 * frame's with the header and the loop extension.
 */
final class GifFrameBytes {
    /** The trailer byte after the last frame. */
    static final int TRAILER = 1;
    private static final int EXTENSION = 0x21;
    private static final int IMAGE = 0x2C;
    private static final int END = 0x3B;

    /** Where each frame's image data ends, in bytes from the start of the file. */
    private final int[] ends;

    private GifFrameBytes(int[] ends) {
        this.ends = ends;
    }

    /**
     * The frames' ends in {@code gif}.
     *
     * @throws IllegalArgumentException if the bytes are not a whole GIF (the encoder wrote it: a bug)
     */
    static GifFrameBytes of(byte[] gif) {
        try {
            int p = 13 + colourTable(gif[10]);
            int[] ends = new int[16];
            int frames = 0;
            while ((gif[p] & 0xFF) != END) {
                int kind = gif[p] & 0xFF;
                if (kind == EXTENSION) {
                    p = subBlocks(gif, p + 2);
                } else if (kind == IMAGE) {
                    p = subBlocks(gif, p + 10 + colourTable(gif[p + 9]) + 1);
                    if (frames == ends.length) {
                        ends = Arrays.copyOf(ends, 2 * frames);
                    }
                    ends[frames++] = p;
                } else {
                    throw new IllegalArgumentException("block 0x" + Integer.toHexString(kind) + " at byte " + p);
                }
            }
            return new GifFrameBytes(Arrays.copyOf(ends, frames));
        } catch (ArrayIndexOutOfBoundsException e) {
            throw new IllegalArgumentException("the GIF ends inside a block", e);
        }
    }

    /** Frames in the GIF. */
    int frames() {
        return ends.length;
    }

    /** Bytes of the GIF up to the end of its first {@code count} frames (header included, trailer not). */
    long upTo(int count) {
        return count == 0 ? 0 : ends[count - 1];
    }

    /** Bytes of the colour table that a descriptor's packed {@code flags} announce (0 if none). */
    private static int colourTable(byte flags) {
        return (flags & 0x80) == 0 ? 0 : 3 << ((flags & 7) + 1);
    }

    /** Where the sub-blocks starting at {@code p} end (after their zero-length terminator). */
    private static int subBlocks(byte[] gif, int p) {
        while (gif[p] != 0) {
            p += (gif[p] & 0xFF) + 1;
        }
        return p + 1;
    }
}
