package dev.jiffy.gif.format;

/** Reads a GIF held in memory, reporting truncation with the byte offset and what was being read. */
public final class ByteReader {
    private final byte[] data;
    private int pos;

    /**
     * Starts reading at byte 0 of {@code data}.
     *
     * @param data the whole GIF; read, never copied or changed, so the caller must not change it while reading
     */
    public ByteReader(byte[] data) {
        this.data = data;
    }

    /**
     * The offset of the next byte to read, counted from the start of the data; error messages quote it.
     *
     * @return the read position in bytes, 0 to the data's length
     */
    public int position() {
        return pos;
    }

    /**
     * Whether every byte has been read.
     *
     * @return true once the position has reached the data's length
     */
    public boolean atEnd() {
        return pos >= data.length;
    }

    /**
     * Checks that {@code n} more bytes exist before a block is read, so a truncated file is reported once with the
     * block's name instead of failing somewhere inside it.
     *
     * @param n    the number of bytes about to be read, at least 0
     * @param what what is being read, in the user's terms ("the logical screen descriptor"); quoted in the error
     * @throws GifFormatException if fewer than {@code n} bytes remain; the message names {@code what} and the offset
     */
    public void require(int n, String what) throws GifFormatException {
        if (n > data.length - pos) {
            throw new GifFormatException("truncated GIF at byte " + data.length + ": " + what + " needs " + n
                    + " byte(s) from byte " + pos + " but the input ends");
        }
    }

    /**
     * Reads one unsigned byte.
     *
     * @param what what is being read, quoted if the data ends here
     * @return the byte's value, 0..255
     * @throws GifFormatException if no byte remains
     */
    public int u8(String what) throws GifFormatException {
        require(1, what);
        return data[pos++] & 0xFF;
    }

    /**
     * Reads a little-endian unsigned 16-bit value, the byte order of every GIF field wider than a byte.
     *
     * @param what what is being read, quoted if the data ends here
     * @return the value, 0..65535
     * @throws GifFormatException if fewer than 2 bytes remain
     */
    public int u16(String what) throws GifFormatException {
        require(2, what);
        int v = (data[pos] & 0xFF) | (data[pos + 1] & 0xFF) << 8;
        pos += 2;
        return v;
    }

    /**
     * Reads {@code n} bytes into a new array.
     *
     * @param n    how many bytes to read, at least 0
     * @param what what is being read, quoted if the data ends early
     * @return a new array of length {@code n}, owned by the caller
     * @throws GifFormatException if fewer than {@code n} bytes remain
     */
    public byte[] bytes(int n, String what) throws GifFormatException {
        require(n, what);
        byte[] out = new byte[n];
        System.arraycopy(data, pos, out, 0, n);
        pos += n;
        return out;
    }

    /**
     * Moves past {@code n} bytes without reading them (fields a decoder may ignore, such as comments).
     *
     * @param n    how many bytes to skip, at least 0
     * @param what what is being skipped, quoted if the data ends early
     * @throws GifFormatException if fewer than {@code n} bytes remain
     */
    public void skip(int n, String what) throws GifFormatException {
        require(n, what);
        pos += n;
    }

    /**
     * Skips a chain of data sub-blocks (a length byte 1..255 and that many bytes, repeated) up to and including the
     * zero-length terminator: how GIF lets a reader pass over an extension it does not know.
     *
     * @param what what is being skipped, quoted if the data ends before the terminator
     * @throws GifFormatException if the data ends before the zero-length terminator
     */
    public void skipSubBlocks(String what) throws GifFormatException {
        int len;
        while ((len = u8(what)) != 0) {
            skip(len, what);
        }
    }
}
