package dev.jiffy.gif.format;

/** Reads a GIF held in memory, reporting truncation with the byte offset and what was being read. */
public final class ByteReader {
    private final byte[] data;
    private int pos;

    public ByteReader(byte[] data) {
        this.data = data;
    }

    public int position() {
        return pos;
    }

    public boolean atEnd() {
        return pos >= data.length;
    }

    /** Ensures {@code n} more bytes exist. */
    public void require(int n, String what) throws GifFormatException {
        if (n > data.length - pos) {
            throw new GifFormatException("truncated GIF at byte " + data.length + ": " + what + " needs " + n
                    + " byte(s) from byte " + pos + " but the input ends");
        }
    }

    public int u8(String what) throws GifFormatException {
        require(1, what);
        return data[pos++] & 0xFF;
    }

    /** Little-endian unsigned 16-bit value. */
    public int u16(String what) throws GifFormatException {
        require(2, what);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    public byte[] bytes(int n, String what) throws GifFormatException {
        require(n, what);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    public void skip(int n, String what) throws GifFormatException {
        require(n, what);
        pos += n;
    }

    /** Skips a chain of data sub-blocks up to and including the zero-length terminator. */
    public void skipSubBlocks(String what) throws GifFormatException {
        int len;
        while ((len = u8(what)) != 0) {
            skip(len, what);
        }
    }
}
