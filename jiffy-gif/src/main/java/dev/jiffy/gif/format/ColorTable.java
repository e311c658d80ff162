package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/** A global or local colour table: {@code size} RGB triplets, size a power of two 2..256. */
public final class ColorTable {
    private ColorTable() {
    }

    /** The smallest legal table size (a power of two, at least 2) holding {@code entries} colours. */
    public static int sizeFor(int entries) {
        int size = 2;
        while (size < entries) {
            size <<= 1;
        }
        if (size > 256) {
            throw new IllegalArgumentException("a GIF colour table holds at most 256 entries, not " + entries);
        }
        return size;
    }

    /** The 3-bit field encoding a table size: size = 2^(field+1). */
    static int sizeField(int size) {
        return Integer.numberOfTrailingZeros(size) - 1;
    }

    /** Writes {@code count} colours (0xRRGGBB) padded with black to {@code size} entries. */
    public static void write(OutputStream out, int[] rgb, int count, int size) throws IOException {
        byte[] buf = new byte[size * 3];
        for (int i = 0; i < count; i++) {
            int c = rgb[i];
            buf[3 * i] = (byte) (c >>> 16);
            buf[3 * i + 1] = (byte) (c >>> 8);
            buf[3 * i + 2] = (byte) c;
        }
        out.write(buf);
    }

    /** Reads a table of {@code size} entries as opaque 0xFFRRGGBB values. */
    public static int[] read(ByteReader in, int size, String what) throws GifFormatException {
        byte[] b = in.bytes(size * 3, what);
        int[] argb = new int[size];
        for (int i = 0; i < size; i++) {
            argb[i] = 0xFF000000 | (b[3 * i] & 0xFF) << 16 | (b[3 * i + 1] & 0xFF) << 8 | (b[3 * i + 2] & 0xFF);
        }
        return argb;
    }
}
