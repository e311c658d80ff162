package dev.jiffy.gif.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** Table-based image data: the LZW minimum code size, then the LZW stream cut into sub-blocks of at most 255 bytes. */
public final class ImageData {
    private ImageData() {
    }

    /**
     * Writes an image's data: the minimum code size, the LZW stream in sub-blocks of at most 255 bytes, and the
     * zero-length terminator.
     *
     * @param out         where the data goes
     * @param minCodeSize the LZW minimum code size the stream was encoded with, 2..8
     * @param lzw         the LZW stream; only its first {@code length} bytes are written
     * @param length      how many bytes of {@code lzw} to write, 0..{@code lzw.length}
     * @throws IOException if {@code out} fails
     */
    public static void write(OutputStream out, int minCodeSize, byte[] lzw, int length) throws IOException {
        out.write(minCodeSize);
        int off = 0;
        while (off < length) {
            int n = Math.min(255, length - off);
            out.write(n);
            out.write(lzw, off, n);
            off += n;
        }
        out.write(0);
    }

    /**
     * Reads an image's data and joins its sub-blocks into one LZW stream.
     *
     * @param in          positioned at the minimum-code-size byte
     * @param minCodeSize an array of length at least 1 whose element 0 receives the LZW minimum code size, as read
     *                    (unchecked here: the LZW decoder reports a bad one)
     * @return the LZW stream, the sub-blocks' bytes joined without their length bytes
     * @throws GifFormatException if the data ends before the zero-length terminator
     */
    public static byte[] read(ByteReader in, int[] minCodeSize) throws GifFormatException {
        minCodeSize[0] = in.u8("the LZW minimum code size");
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        int len;
        while ((len = in.u8("image data sub-blocks")) != 0) {
            byte[] b = in.bytes(len, "an image data sub-block");
            data.write(b, 0, b.length);
        }
        return data.toByteArray();
    }
}
