package dev.jiffy.gif.format;

import java.io.IOException;
import java.io.OutputStream;

/** A global or local colour table: {@code size} RGB triplets, size a power of two 2..256. */
public final class ColorTable {
    private ColorTable() {
    }

    /**
     * The smallest legal table size holding {@code entries} colours.
     *
     * @param entries the number of colours to store, 0..256
     * @return a power of two, 2..256, at least {@code entries}
     * @throws IllegalArgumentException if {@code entries} is above 256, more than a GIF table can hold
     */
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

    /**
     * Writes a colour table: {@code count} colours, then black up to {@code size} entries, since the format only
     * allows power-of-two sizes.
     *
     * @param out   where the table's {@code 3 * size} bytes go
     * @param rgb   colours as 0xRRGGBB (any alpha byte is ignored); the first {@code count} are written
     * @param count how many colours of {@code rgb} to write, 0..{@code size}
     * @param size  the table's size, a power of two 2..256 (see {@link #sizeFor(int)})
     * @throws IOException if {@code out} fails
     */
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

    /**
     * Reads a colour table.
     *
     * @param in   positioned at the table's first byte
     * @param size the number of entries the preceding descriptor announced, 2..256
     * @param what which table this is ("the global colour table"), quoted if the data ends early
     * @return {@code size} opaque colours as 0xFFRRGGBB
     * @throws GifFormatException if fewer than {@code 3 * size} bytes remain
     */
    public static int[] read(ByteReader in, int size, String what) throws GifFormatException {
        byte[] b = in.bytes(size * 3, what);
        int[] argb = new int[size];
        for (int i = 0; i < size; i++) {
            argb[i] = 0xFF000000 | (b[3 * i] & 0xFF) << 16 | (b[3 * i + 1] & 0xFF) << 8 | (b[3 * i + 2] & 0xFF);
        }
        return argb;
    }
}
